// The names of everything in a network, in the notation of its example: the symbols of fields and URL keys, the
// data-quantity names of displayed numbers and the names chapters typeset with \live{…}.
import type { Example, Network } from '../engine/index.ts';
import type { Notation } from '../examples/types.ts';

/** Where a parameter lives in the network: weights[layer][unit][input], or the unit's bias when input is −1. */
export type Slot = { layer: number; unit: number; input: number };

/** One weight or bias a reader can set: its name (URL key, data-quantity), its field label, and where it lives. */
export type Parameter = { name: string; label: string; layer: number; bias: boolean; slots: Slot[] };

/** The names of one unit's quantities: weighted sum, output, slope of the activation there, delta. */
export type UnitNames = { sum: string; output: string; fprime: string; delta: string };

/** The name of input i (0-based): i1 in the articles' notation, x1 in matrix notation. */
export const inputName = (notation: Notation, i: number): string =>
  notation.kind === 'named' ? notation.inputs[i] : `x${i + 1}`;

/** The name of target k (0-based): t1, t2, … */
export const targetName = (notation: Notation, k: number): string =>
  notation.kind === 'named' ? notation.targets[k] : `t${k + 1}`;

/** The names of unit j of layer l (0-based, layer 0 = first weight layer): net_h1, h1, fprime_h1, delta_h1 or z1_1, a1_1, …. */
export function unitNames(notation: Notation, l: number, j: number): UnitNames {
  if (notation.kind === 'named') {
    const unit = notation.units[l][j];
    return { sum: `net_${unit}`, output: unit, fprime: `fprime_${unit}`, delta: `delta_${unit}` };
  }
  const at = `${l + 1}_${j + 1}`;
  return { sum: `z${at}`, output: `a${at}`, fprime: `fprime${at}`, delta: `delta${at}` };
}

/** The name of ∂a_j/∂z_k, entry (j, k) of an output head's Jacobian (softmax) in layer l: jac2_1_3, or jac_o1_o3. */
export function jacobianName(notation: Notation, l: number, j: number, k: number): string {
  return notation.kind === 'named'
    ? `jac_${notation.units[l][j]}_${notation.units[l][k]}`
    : `jac${l + 1}_${j + 1}_${k + 1}`;
}

/** Every weight and bias of the network, layer by layer (weights, then biases); a shared bias is listed once. */
export function parametersOf(notation: Notation, network: Network): Parameter[] {
  const parameters: Parameter[] = [];
  network.layers.forEach((layer, l) => {
    layer.weights.forEach((row, j) =>
      row.forEach((_w, i) => {
        const slot = { layer: l, unit: j, input: i };
        if (notation.kind === 'named') {
          const name = notation.weights[l][j][i];
          parameters.push({ name, label: name, layer: l, bias: false, slots: [slot] });
        } else {
          parameters.push({
            name: `W${l + 1}_${j + 1}_${i + 1}`,
            label: `W${l + 1}[${j + 1},${i + 1}]`,
            layer: l,
            bias: false,
            slots: [slot],
          });
        }
      }),
    );
    if (layer.biases === null) return;
    const shared = new Map<string, Parameter>();
    layer.biases.forEach((_b, j) => {
      const slot = { layer: l, unit: j, input: -1 };
      const names = notation.kind === 'named' ? notation.biases[l] : null;
      const name = names ? names[j] : `b${l + 1}_${j + 1}`;
      const label = names ? names[j] : `b${l + 1}[${j + 1}]`;
      const known = shared.get(name);
      if (known) known.slots.push(slot);
      else {
        const parameter = { name, label, layer: l, bias: true, slots: [slot] };
        shared.set(name, parameter);
        parameters.push(parameter);
      }
    });
  });
  return parameters;
}

/** The value of a parameter: the value in its first slot (shared slots hold the same value). */
export function valueAt(network: Network, { layer, unit, input }: Slot): number {
  const l = network.layers[layer];
  return input < 0 ? (l.biases ?? [])[unit] : l.weights[unit][input];
}

/** The network with a parameter set to `value` in every slot it fills. */
export function withParameter(network: Network, parameter: Parameter, value: number): Network {
  const layers = network.layers.map((layer) => ({
    ...layer,
    weights: layer.weights.map((row) => row.slice()),
    biases: layer.biases?.slice() ?? null,
  }));
  for (const { layer, unit, input } of parameter.slots) {
    if (input < 0) (layers[layer].biases as number[])[unit] = value;
    else layers[layer].weights[unit][input] = value;
  }
  return { layers };
}

/**
 * The key of example e in names like pred_0_1 and E_0_1: its inputs joined by "_" when every input of the training
 * set is a whole number (XOR's truth table), otherwise its position, 1-based.
 */
export function exampleKey(examples: Example[], e: number): string {
  const whole = examples.every((example) => example.input.every((x) => Number.isInteger(x) && x >= 0));
  return whole ? examples[e].input.join('_') : String(e + 1);
}

/** How each activation is named to readers. */
export const activationLabels: Readonly<Record<string, string>> = {
  identity: 'linear (identity)',
  relu: 'ReLU',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  softmax: 'softmax (output layer only)',
};

/** How each loss is named to readers. */
export const lossLabels: Readonly<Record<string, string>> = {
  'half-squared-error': 'half squared error, ½Σ(t − o)²',
  'mean-squared-error': 'mean squared error, (1/n)Σ(t − o)²',
  'cross-entropy': 'cross-entropy, −Σ t ln o (softmax)',
  'binary-cross-entropy': 'binary cross-entropy (sigmoid)',
};

/** A loss named in words, without its formula: "binary cross-entropy". */
export const lossName = (loss: string): string => (lossLabels[loss] ?? loss).split(/,| \(/)[0];

/** A short tag for each loss, for quantities named under a loss other than the page's (delta2_1_bce, E_se). */
export const lossTags: Readonly<Record<string, string>> = {
  'half-squared-error': 'se',
  'mean-squared-error': 'mse',
  'binary-cross-entropy': 'bce',
  'cross-entropy': 'ce',
};
