import {
  activationNames,
  activations,
  isHead,
  layerOutputs,
  type ActivationName,
  type UnitActivationName,
} from './activations.ts';
import { exampleLoss, losses, outputDeltasInto, type LossName } from './losses.ts';

/** One layer: weights[neuron][input], one bias per neuron (null: the layer has no bias), and its activation. */
export type Layer = { weights: number[][]; biases: number[] | null; activation: ActivationName };
/** A network as plain JSON: its layers from the first hidden layer to the output layer. */
export type Network = { layers: Layer[] };
/** What one layer saw and made in a forward pass: its input, weighted sums z and outputs f(z). */
export type LayerTrace = { input: number[]; weightedSums: number[]; outputs: number[] };
/** Every layer's trace, and the network's output (the last layer's outputs). */
export type ForwardTrace = { layers: LayerTrace[]; output: number[] };
/** One layer's deltas ∂E/∂z, weight gradients ∂E/∂w and bias gradients ∂E/∂b (null when the layer has no bias). */
export type LayerGradients = { deltas: number[]; weights: number[][]; biases: number[] | null };
/** The gradients of every layer, in the same order as the network's layers. */
export type Gradients = { layers: LayerGradients[] };
/** One training example: an input and the target output. */
export type Example = { input: number[]; target: number[] };

/** Throws a clear Error when the layers' shapes do not chain (or do not fit an input of inputLength). */
export function validateNetwork(network: Network, inputLength?: number): void {
  if (network.layers.length === 0) throw new Error('Network has no layers.');
  let expected = inputLength ?? network.layers[0].weights[0]?.length ?? 0;
  network.layers.forEach((layer, l) => {
    if (!activationNames.includes(layer.activation))
      throw new Error(`Layer ${l} has unknown activation "${layer.activation}".`);
    if (isHead(layer.activation) && l !== network.layers.length - 1) {
      throw new Error(`Layer ${l} has activation "${layer.activation}", which only the output layer may have.`);
    }
    if (layer.weights.length === 0) throw new Error(`Layer ${l} has no neurons.`);
    layer.weights.forEach((row, j) => {
      if (row.length !== expected) {
        throw new Error(`Layer ${l}, neuron ${j} has ${row.length} weights but receives ${expected} inputs.`);
      }
    });
    if (layer.biases !== null && layer.biases.length !== layer.weights.length) {
      throw new Error(`Layer ${l} has ${layer.biases.length} biases for ${layer.weights.length} neurons.`);
    }
    expected = layer.weights.length;
  });
}

/** Forward pass: every layer's weighted sums and outputs, from the input to the prediction. */
export function forward(network: Network, input: number[]): ForwardTrace {
  validateNetwork(network, input.length);
  const layers: LayerTrace[] = [];
  let current = input;
  for (const layer of network.layers) {
    const weightedSums = layer.weights.map((row, j) => {
      let z = 0;
      for (let i = 0; i < row.length; i++) z += row[i] * current[i]; // z_j = Σ_i w_ji a_i (+ b_j)
      return layer.biases === null ? z : z + layer.biases[j];
    });
    const outputs = layerOutputs(layer.activation, weightedSums); // a_j = f(z_j), or a = softmax(z)
    layers.push({ input: current, weightedSums, outputs });
    current = outputs;
  }
  return { layers, output: current };
}

/** Backward pass: deltas and gradients of every layer, from the output back to the first layer. */
export function backward(network: Network, trace: ForwardTrace, target: number[], loss: LossName): Gradients {
  if (target.length !== trace.output.length) {
    throw new Error(`Target has ${target.length} values but the network has ${trace.output.length} outputs.`);
  }
  const result: LayerGradients[] = new Array(network.layers.length);
  const top = network.layers.length - 1;
  let errors: number[] = []; // ∂E/∂a of the layer below the one just done
  for (let l = top; l >= 0; l--) {
    const layer = network.layers[l];
    const { input, weightedSums, outputs } = trace.layers[l];
    const deltas = new Array<number>(weightedSums.length).fill(0);
    if (l === top)
      outputDeltasInto(
        losses[loss],
        layer.activation,
        weightedSums,
        0,
        outputs,
        0,
        target,
        0,
        deltas.length,
        deltas,
        0,
      );
    else {
      const fPrime = activations[layer.activation as UnitActivationName].derivative; // a hidden layer: validateNetwork
      for (let j = 0; j < deltas.length; j++) deltas[j] = errors[j] * fPrime(weightedSums[j]); // δ = ∂E/∂a ⊙ f′(z)
    }
    const weights = deltas.map((delta) => input.map((a) => delta * a)); // ∂E/∂w_ji = δ_j a_i
    result[l] = { deltas, weights, biases: layer.biases === null ? null : deltas.slice() }; // ∂E/∂b_j = δ_j
    if (l === 0) break;
    errors = input.map((_a, i) => {
      let sum = 0;
      for (let j = 0; j < deltas.length; j++) sum += layer.weights[j][i] * deltas[j]; // ∂E/∂a_prev = Wᵀ δ
      return sum;
    });
  }
  return { layers: result };
}

/** Gradient descent from the original weights, all at once: w ← w − η ∂E/∂w, b ← b − η ∂E/∂b. */
export function applyGradients(network: Network, gradients: Gradients, learningRate: number): Network {
  return {
    layers: network.layers.map((layer, l) => {
      const g = gradients.layers[l];
      if ((layer.biases === null) !== (g.biases === null))
        throw new Error(`Layer ${l}: biases and bias gradients differ.`);
      const biasGradients = g.biases ?? [];
      return {
        weights: layer.weights.map((row, j) => row.map((w, i) => w - learningRate * g.weights[j][i])),
        biases: layer.biases === null ? null : layer.biases.map((b, j) => b - learningRate * biasGradients[j]),
        activation: layer.activation,
      };
    }),
  };
}

/** One example's loss from its forward trace: from the output layer's weighted sums when the loss pairs with its head. */
export function traceLoss(network: Network, trace: ForwardTrace, target: number[], loss: LossName): number {
  const { weightedSums, outputs } = trace.layers[trace.layers.length - 1];
  return exampleLoss(
    losses[loss],
    network.layers[network.layers.length - 1].activation,
    weightedSums,
    0,
    outputs,
    0,
    target,
    0,
    outputs.length,
  );
}

/** The loss of the network's prediction for one example. */
export function lossOf(network: Network, example: Example, loss: LossName): number {
  return traceLoss(network, forward(network, example.input), example.target, loss);
}

/** One step of online learning: forward, backward and update for a single example. */
export function trainStep(network: Network, example: Example, learningRate: number, loss: LossName): Network {
  const trace = forward(network, example.input);
  return applyGradients(network, backward(network, trace, example.target, loss), learningRate);
}
