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
  layerCount: number;
  sizes: Int32Array; // sizes[0] = inputs, sizes[l + 1] = neurons of layer l
  unitOffsets: Int32Array; // layer l reads units from unitOffsets[l] and writes them at unitOffsets[l + 1]
  weightOffsets: Int32Array; // layer l's weights, row-major: w_ji at weightOffsets[l] + j·sizes[l] + i
  biasOffsets: Int32Array; // layer l's biases, or −1 when it has none
  activationCodes: Int32Array; // index into activationNames
  parameterCount: number;
  unitCount: number;
};

/** Lays the network's parameters and units out in flat arrays, once, before training. */
export function flatLayout(network: Network): FlatLayout {
  validateNetwork(network);
  const layerCount = network.layers.length;
  const sizes = new Int32Array(layerCount + 1);
  const unitOffsets = new Int32Array(layerCount + 1);
  const weightOffsets = new Int32Array(layerCount);
  const biasOffsets = new Int32Array(layerCount);
  const activationCodes = new Int32Array(layerCount);
  sizes[0] = network.layers[0].weights[0].length;
  let parameterCount = 0;
  network.layers.forEach((layer, l) => {
    sizes[l + 1] = layer.weights.length;
    unitOffsets[l + 1] = unitOffsets[l] + sizes[l];
    weightOffsets[l] = parameterCount;
    parameterCount += sizes[l + 1] * sizes[l];
    biasOffsets[l] = layer.biases === null ? -1 : parameterCount;
    if (layer.biases !== null) parameterCount += sizes[l + 1];
    activationCodes[l] = activationNames.indexOf(layer.activation);
  });
  const unitCount = unitOffsets[layerCount] + sizes[layerCount];
  const layers = network.layers.map((_layer, l): FlatLayer => ({
    inputs: sizes[l], neurons: sizes[l + 1], inputsAt: unitOffsets[l], outputsAt: unitOffsets[l + 1],
    weightsAt: weightOffsets[l], biasesAt: biasOffsets[l], activation: activationCodes[l],
  }));
  return { layers, layerCount, sizes, unitOffsets, weightOffsets, biasOffsets, activationCodes, parameterCount, unitCount };
}

/** Copies the network's weights and biases into one Float64Array laid out by `layout`. */
export function packParameters(network: Network, layout: FlatLayout): Float64Array {
  const parameters = new Float64Array(layout.parameterCount);
  network.layers.forEach((layer, l) => {
    parameters.set(layer.weights.flat(), layout.weightOffsets[l]);
    if (layer.biases !== null) parameters.set(layer.biases, layout.biasOffsets[l]);
  });
  return parameters;
}

/** Rebuilds a plain Network shaped like `template` from flat parameters. */
export function unpackParameters(template: Network, layout: FlatLayout, parameters: Float64Array): Network {
  return {
    layers: template.layers.map((layer, l) => {
      const inputs = layout.sizes[l];
      const w = layout.weightOffsets[l];
      const b = layout.biasOffsets[l];
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
  const inputSize = layout.sizes[0];
  const outputSize = layout.sizes[layout.layerCount];
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
