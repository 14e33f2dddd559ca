// How a chapter writes each quantity, in symbols and in words: shared by the popover, the notation page and the
// formulas of the exercises.
import type { Notation } from '../../examples/types.ts';

/** How a chapter writes each quantity: the symbols shared by the popover and the notation page. */
export const symbols = {
  /** A unit's output in matrix notation: a1[2]; named units keep their names. */
  unit: (notation: Notation, l: number, j: number): string =>
    notation.kind === 'named' ? notation.units[l][j] : `a${l + 1}[${j + 1}]`,
  sum: (notation: Notation, l: number, j: number): string =>
    notation.kind === 'named' ? `net_${notation.units[l][j]}` : `z${l + 1}[${j + 1}]`,
  fprime: (sum: string): string => `f′(${sum})`,
  delta: (notation: Notation, l: number, j: number): string =>
    notation.kind === 'named' ? `δ_${notation.units[l][j]}` : `δ${l + 1}[${j + 1}]`,
  grad: (parameter: string): string => `∂E/∂${parameter}`,
  change: (parameter: string): string => `η·∂E/∂${parameter}`,
  next: (symbol: string): string => `new ${symbol}`,
};

/** The words for each kind of quantity, given the symbols it names. */
export const words = {
  input: (x: string) => `input ${x}, set by you`,
  target: (t: string) => `target ${t}, the output the example asks for, set by you`,
  weight: (w: string) => `weight ${w}, set by you (or moved by training)`,
  bias: (b: string) => `bias ${b}, set by you (or moved by training)`,
  lr: () => 'the learning rate η, set by you',
  sum: (unit: string) => `the weighted sum into ${unit}`,
  output: (unit: string) => `the output (activation) of ${unit}`,
  fprime: (unit: string) => `the slope of ${unit}'s activation at its weighted sum`,
  error: () => 'the error E of the example shown',
  miss: (unit: string) => `how far ${unit} misses its target`,
  delta: (unit: string) => `the delta of ${unit}: how the error changes with its weighted sum`,
  hiddenError: (unit: string) => `how the error changes with ${unit}'s output: a sum over the units it feeds`,
  grad: (p: string) => `the gradient of the error with respect to ${p}`,
  change: (p: string) => `how far one step moves ${p}: learning rate times gradient`,
  next: (p: string) => `${p} after one step of gradient descent`,
  nextPass: (what: string) => `${what}, in the forward pass after one step`,
  prediction: (x: string, k?: number) =>
    k === undefined ? `the network's output for input (${x})` : `the network's output ${k} for input (${x})`,
  jacobian: (j: string, k: string) => `how ${j} changes with ${k}: softmax couples every output to every weighted sum`,
  exampleError: (x: string) => `the error for input (${x})`,
  totalError: () => 'the error over the whole training set',
};

/** A unit in words: its name, or "unit 2 of layer 1" in matrix notation. */
export const unitWords = (notation: Notation, l: number, j: number): string =>
  notation.kind === 'named' ? notation.units[l][j] : `unit ${j + 1} of layer ${l + 1}`;
