// The check on backpropagation that needs no chain rule: every gradient again by central differences.
import { batchScale, numericGradients, type Gradients, type Network } from '../engine/index.ts';
import type { Setup } from '../examples/types.ts';

/**
 * The step's gradients by central differences (an oracle for backward): of the shown example, or summed over the set
 * in batch mode; with `layers`, of those layers only (from 0; the others come back empty).
 */
export function numericStepGradients(setup: Setup, network: Network, layers?: readonly number[]): Gradients {
  const examples = setup.mode === 'batch' ? setup.examples : [setup.examples[setup.example]];
  const scale = batchScale(setup.loss, examples.length);
  const all = examples.map((example) => numericGradients(network, example, setup.loss, undefined, layers));
  const sum = (pick: (g: Gradients) => number) => all.reduce((total, g) => total + pick(g), 0) / scale;
  return {
    layers: all[0].layers.map((layer, l) => ({
      deltas: layer.deltas,
      weights: layer.weights.map((row, j) => row.map((_g, i) => sum((g) => g.layers[l].weights[j][i]))),
      biases: layer.biases && layer.biases.map((_g, j) => sum((g) => (g.layers[l].biases ?? [])[j])),
    })),
  };
}

/** |a − b| / max(|a|, |b|): how far two estimates of one gradient are apart, relative to their size (0 when equal). */
export const relativeDifference = (a: number, b: number): number =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
