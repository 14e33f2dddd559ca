import { activationNames } from './activations.ts';
import { validateNetwork, type Example, type Network } from './network.ts';

/** One layer's place in the flat buffers: it reads units inputsAt…, writes outputsAt…, w_ji at weightsAt + j·inputs + i. */
export type FlatLayer = {
  inputs: number;
  neurons: number;
  inputsAt: number;
  outputsAt: number;
  weightsAt: number;
  biasesAt: number; // −1 when the layer has no biases
  activation: number; // index into activationNames
};

/** Where each layer lives in the fast path's flat buffers (internal to the engine). */
export type FlatLayout = {
  layers: FlatLayer[];
  parameterCount: number;
  unitCount: number; // the input's units, then every layer's
};

/** Lays the network's parameters and units out in flat arrays, once, before training. */
export function flatLayout(network: Network): FlatLayout {
  validateNetwork(network);
  let parameterCount = 0;
  let unitCount = network.layers[0].weights[0].length;
  const layers = network.layers.map((layer): FlatLayer => {
    const inputs = layer.weights[0].length;
    const neurons = layer.weights.length;
    const weightsAt = parameterCount;
    parameterCount += neurons * inputs;
    const biasesAt = layer.biases === null ? -1 : parameterCount;
    if (layer.biases !== null) parameterCount += neurons;
    const outputsAt = unitCount; // right after the units it reads, the last `inputs` ones so far
    unitCount += neurons;
    const activation = activationNames.indexOf(layer.activation);
    return { inputs, neurons, inputsAt: outputsAt - inputs, outputsAt, weightsAt, biasesAt, activation };
  });
  return { layers, parameterCount, unitCount };
}

/** Copies the network's weights and biases into one Float64Array laid out by `layout`. */
export function packParameters(network: Network, layout: FlatLayout): Float64Array {
  const parameters = new Float64Array(layout.parameterCount);
  network.layers.forEach((layer, l) => {
    parameters.set(layer.weights.flat(), layout.layers[l].weightsAt);
    if (layer.biases !== null) parameters.set(layer.biases, layout.layers[l].biasesAt);
  });
  return parameters;
}

/** Rebuilds a plain Network shaped like `template` from flat parameters. */
export function unpackParameters(template: Network, layout: FlatLayout, parameters: Float64Array): Network {
  return {
    layers: template.layers.map((layer, l) => {
      const { inputs, weightsAt: w, biasesAt: b } = layout.layers[l];
      return {
        weights: layer.weights.map((_row, j) => Array.from(parameters.subarray(w + j * inputs, w + (j + 1) * inputs))),
        biases: layer.biases === null ? null : Array.from(parameters.subarray(b, b + layer.biases.length)),
        activation: layer.activation,
      };
    }),
  };
}

/** Packs the examples' inputs and targets into two flat arrays, checking their lengths. */
export function packExamples(examples: Example[], layout: FlatLayout): { inputs: Float64Array; targets: Float64Array } {
  if (examples.length === 0) throw new Error('Training needs at least one example.');
  const inputSize = layout.layers[0].inputs;
  const outputSize = layout.layers[layout.layers.length - 1].neurons;
  const inputs = new Float64Array(examples.length * inputSize);
  const targets = new Float64Array(examples.length * outputSize);
  examples.forEach((example, e) => {
    if (example.input.length !== inputSize) {
      throw new Error(`Example ${e} has ${example.input.length} inputs but the network takes ${inputSize}.`);
    }
    if (example.target.length !== outputSize) {
      throw new Error(`Example ${e} has ${example.target.length} targets but the network has ${outputSize} outputs.`);
    }
    inputs.set(example.input, e * inputSize);
    targets.set(example.target, e * outputSize);
  });
  return { inputs, targets };
}
