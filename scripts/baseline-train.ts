// The benchmark's baseline: a plain, generic Float64Array training loop written by hand, with no engine code.
// One function does a layer's forward pass, one its backward pass; no closures, no per-step loss record. Its
// arithmetic is the engine's (same expressions, same order, online updates in example order), so the final
// losses of the two can be compared to the last bit.

/** Activation codes: a = z, max(0, z), 1 / (1 + e^(−z)), tanh z. */
const IDENTITY = 0;
const RELU = 1;
const SIGMOID = 2;
const TANH = 3;

/** A dense layer with its own buffers: W[j·nIn + i] = w_ji, b[j] (when hasBias), outputs a_j and deltas δ_j. */
export type DenseLayer = {
  nIn: number;
  nOut: number;
  W: Float64Array;
  b: Float64Array;
  hasBias: boolean;
  activation: number;
  outputs: Float64Array;
  deltas: Float64Array;
};

/** a_j = f(Σ_i w_ji x_i + b_j) for one layer, reading its input x from `input` at `inAt`. */
function forwardLayer(layer: DenseLayer, input: Float64Array, inAt: number): void {
  const { nIn, nOut, W, b, hasBias, outputs } = layer;
  for (let j = 0, row = 0; j < nOut; j++, row += nIn) {
    let z = 0;
    for (let i = 0; i < nIn; i++) z += W[row + i] * input[inAt + i];
    outputs[j] = hasBias ? z + b[j] : z;
  }
  switch (layer.activation) {
    case RELU:
      for (let j = 0; j < nOut; j++) outputs[j] = outputs[j] > 0 ? outputs[j] : 0;
      break;
    case SIGMOID:
      for (let j = 0; j < nOut; j++) outputs[j] = 1 / (1 + Math.exp(-outputs[j]));
      break;
    case TANH:
      for (let j = 0; j < nOut; j++) outputs[j] = Math.tanh(outputs[j]);
      break;
  }
}

/**
 * One layer's backward pass, given its deltas δ: the previous layer's deltas (Σ_j w_ji δ_j)·f′ from its outputs
 * (when `below` is given), then w_ji ← w_ji − η(δ_j x_i) and b_j ← b_j − η δ_j.
 */
function backwardLayer(
  layer: DenseLayer,
  input: Float64Array,
  inAt: number,
  below: DenseLayer | null,
  rate: number,
): void {
  const { nIn, nOut, W, b, hasBias, deltas } = layer;
  if (below !== null) {
    const a = below.outputs;
    const d = below.deltas;
    for (let i = 0; i < nIn; i++) {
      let sum = 0;
      for (let j = 0; j < nOut; j++) sum += W[j * nIn + i] * deltas[j];
      d[i] = sum;
    }
    switch (
      below.activation // identity: f′ = 1
    ) {
      case RELU:
        for (let i = 0; i < nIn; i++) d[i] = d[i] * (a[i] > 0 ? 1 : 0);
        break;
      case SIGMOID:
        for (let i = 0; i < nIn; i++) d[i] = d[i] * (a[i] * (1 - a[i]));
        break;
      case TANH:
        for (let i = 0; i < nIn; i++) d[i] = d[i] * (1 - a[i] * a[i]);
        break;
    }
  }
  for (let j = 0, row = 0; j < nOut; j++, row += nIn) {
    const delta = deltas[j];
    for (let i = 0; i < nIn; i++) W[row + i] -= rate * (delta * input[inAt + i]);
    if (hasBias) b[j] -= rate * delta;
  }
}

/** Output deltas for example e: δ = (y − t) f′(z), f′ from y: 1, [y > 0], y(1 − y), 1 − y². */
function outputDeltas(top: DenseLayer, targets: Float64Array, e: number): void {
  const { nOut, outputs, deltas, activation } = top;
  for (let q = 0; q < nOut; q++) {
    const y = outputs[q];
    const slope =
      activation === IDENTITY
        ? 1
        : activation === RELU
          ? y > 0
            ? 1
            : 0
          : activation === SIGMOID
            ? y * (1 - y)
            : 1 - y * y;
    deltas[q] = (y - targets[e * nOut + q]) * slope;
  }
}

/**
 * Trains online for `steps` steps (step k uses example k mod m) with half-squared-error, in place; returns the
 * batch objective Σ_examples ½Σ(y − t)² afterwards. `inputs` and `targets` hold the examples one after another.
 */
export function baselineTrain(
  layers: DenseLayer[],
  inputs: Float64Array,
  targets: Float64Array,
  rate: number,
  steps: number,
): number {
  const top = layers[layers.length - 1];
  const m = targets.length / top.nOut;
  const nIn = layers[0].nIn;
  for (let k = 0, e = 0; k < steps; k++) {
    for (let l = 0; l < layers.length; l++)
      forwardLayer(layers[l], l === 0 ? inputs : layers[l - 1].outputs, l === 0 ? e * nIn : 0);
    outputDeltas(top, targets, e);
    for (let l = layers.length - 1; l >= 0; l--) {
      backwardLayer(
        layers[l],
        l === 0 ? inputs : layers[l - 1].outputs,
        l === 0 ? e * nIn : 0,
        l === 0 ? null : layers[l - 1],
        rate,
      );
    }
    if (++e === m) e = 0;
  }
  return batchObjective(layers, inputs, targets);
}

/** Σ_examples ½Σ(y − t)² of the network as it is. */
function batchObjective(layers: DenseLayer[], inputs: Float64Array, targets: Float64Array): number {
  const top = layers[layers.length - 1];
  let total = 0;
  for (let e = 0; e < targets.length / top.nOut; e++) {
    for (let l = 0; l < layers.length; l++)
      forwardLayer(layers[l], l === 0 ? inputs : layers[l - 1].outputs, l === 0 ? e * layers[0].nIn : 0);
    let sum = 0;
    for (let q = 0; q < top.nOut; q++) {
      const difference = top.outputs[q] - targets[e * top.nOut + q];
      sum += difference * difference;
    }
    total += 0.5 * sum;
  }
  return total;
}
