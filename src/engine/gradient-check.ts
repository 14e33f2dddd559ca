import type { LossName } from './losses.ts';
import { lossOf, type Example, type Gradients, type Layer, type Network } from './network.ts';

// The network with one parameter moved by `shift`: a weight (i ≥ 0) or the bias of neuron j (i = −1).
// A layer without biases gets zero biases first, so moving "its bias" moves the weighted sum z_j alone.
function nudged(network: Network, l: number, j: number, i: number, shift: number): Network {
  const layers = network.layers.map((layer, k): Layer => {
    if (k !== l) return layer;
    const weights = layer.weights.map((row) => row.slice());
    const biases = layer.biases === null ? layer.weights.map(() => 0) : layer.biases.slice();
    if (i >= 0) weights[j][i] += shift;
    else biases[j] += shift;
    return { weights, biases: i >= 0 ? layer.biases : biases, activation: layer.activation };
  });
  return { layers };
}

// ∂E/∂θ ≈ (E(θ + ε) − E(θ − ε)) / 2ε, for the parameter picked as in `nudged`
function centralDifference(network: Network, example: Example, loss: LossName, epsilon: number) {
  const error = (l: number, j: number, i: number, shift: number) =>
    lossOf(nudged(network, l, j, i, shift), example, loss);
  return (l: number, j: number, i: number) => (error(l, j, i, epsilon) - error(l, j, i, -epsilon)) / (2 * epsilon);
}

/**
 * Gradients by central differences, an oracle for backward: ∂E/∂w, ∂E/∂b, and the deltas ∂E/∂z (z_j nudged directly).
 * With `layers`, only those layers' (from 0) are worked out; the others come back empty (two forward passes per
 * parameter add up: a 6×8 network has some 300).
 */
export function numericGradients(
  network: Network,
  example: Example,
  loss: LossName,
  epsilon = 1e-6,
  layers?: readonly number[],
): Gradients {
  const derivative = centralDifference(network, example, loss, epsilon);
  return {
    layers: network.layers.map((layer, l) => {
      if (layers && !layers.includes(l)) return { deltas: [], weights: [], biases: null };
      const deltas = layer.weights.map((_row, j) => derivative(l, j, -1)); // ∂E/∂z_j = ∂E/∂b_j
      return {
        deltas,
        weights: layer.weights.map((row, j) => row.map((_w, i) => derivative(l, j, i))),
        biases: layer.biases === null ? null : deltas.slice(),
      };
    }),
  };
}
