import { losses, type LossName } from './losses.ts';
import {
  applyGradients,
  backward,
  forward,
  lossOf,
  type Example,
  type ForwardTrace,
  type Gradients,
  type Network,
} from './network.ts';

// Batch objective: a loss whose reduction is 'sum' sums the examples' losses, E = Σ_examples E_x (half-squared-error,
// both cross-entropies); 'mean' averages them, E = (1/m) Σ_examples E_x (mean-squared-error). Gradients follow the same rule.
/** What the batch divides its summed losses and gradients by: 1 (a sum) or the number of examples (a mean). */
export function batchScale(loss: LossName, exampleCount: number): number {
  return losses[loss].reduction === 'mean' ? exampleCount : 1;
}

function addInto(sum: number[], term: number[]): void {
  for (let k = 0; k < sum.length; k++) sum[k] += term[k];
}

function zeroGradients(network: Network): Gradients {
  return {
    layers: network.layers.map((layer) => ({
      deltas: layer.weights.map(() => 0),
      weights: layer.weights.map((row) => row.map(() => 0)),
      biases: layer.biases === null ? null : layer.biases.map(() => 0),
    })),
  };
}

/** The loss over all examples: the sum of their losses, or their mean (the loss's reduction). */
export function batchLoss(network: Network, examples: Example[], loss: LossName): number {
  let sum = 0;
  for (const example of examples) sum += lossOf(network, example, loss);
  return sum / batchScale(loss, examples.length);
}

/**
 * The batch gradient: per-example gradients (and deltas) summed, or averaged (the loss's reduction). `traces`, when
 * given, are the examples' forward passes through this network, already made.
 */
export function batchGradients(
  network: Network,
  examples: Example[],
  loss: LossName,
  traces?: ForwardTrace[],
): Gradients {
  const total = zeroGradients(network);
  for (const [e, example] of examples.entries()) {
    const gradients = backward(network, traces?.[e] ?? forward(network, example.input), example.target, loss);
    total.layers.forEach((layer, l) => {
      const g = gradients.layers[l];
      addInto(layer.deltas, g.deltas);
      layer.weights.forEach((row, j) => addInto(row, g.weights[j]));
      if (layer.biases !== null && g.biases !== null) addInto(layer.biases, g.biases);
    });
  }
  const scale = batchScale(loss, examples.length);
  if (scale === 1) return total;
  const divide = (values: number[]) => values.map((v) => v / scale); // ∂E/∂w = (1/m) Σ_examples ∂E_x/∂w
  return {
    layers: total.layers.map((layer) => ({
      deltas: divide(layer.deltas),
      weights: layer.weights.map(divide),
      biases: layer.biases === null ? null : divide(layer.biases),
    })),
  };
}

/** One step of batch learning: one update from the gradient over all examples. */
export function batchStep(network: Network, examples: Example[], learningRate: number, loss: LossName): Network {
  return applyGradients(network, batchGradients(network, examples, loss), learningRate);
}
