import { softmaxInto, type ActivationName } from './activations.ts';
import type { FlatLayer, FlatLayout } from './flat.ts';
import { exampleLoss, outputDeltasInto, type Loss } from './losses.ts';

// The fast path's inner loop. It writes only into the Float64Arrays it is given and allocates nothing. It computes
// exactly the same expressions, in the same order, as forward/backward/applyGradients, so the two paths agree
// to the last bit (the tests check this). The per-step loop lives here, not in train.ts, and each layer function
// is called from one place only: small enough together for V8 to inline them all into the loop.

/** Activation codes, in the order of activationNames (0, identity, needs no work: a = z, f′ = 1). */
const RELU = 1;
const SIGMOID = 2;
const TANH = 3;
const SOFTMAX = 4;

// a = f(z) over units from…to − 1 of `units`, in place: z, max(0, z), 1 / (1 + e^(−z)), tanh z, or the softmax of
// them all. One loop per activation, so the choice is made once per layer, not once per unit.
function activate(code: number, units: Float64Array, from: number, to: number): void {
  if (code === RELU) for (let u = from; u < to; u++) units[u] = units[u] > 0 ? units[u] : 0;
  else if (code === SIGMOID) for (let u = from; u < to; u++) units[u] = 1 / (1 + Math.exp(-units[u]));
  else if (code === TANH) for (let u = from; u < to; u++) units[u] = Math.tanh(units[u]);
  else if (code === SOFTMAX) softmaxInto(units, from, to - from, units, from);
}

// δ ← δ ⊙ f′ over units from…to − 1, f′ from a = f(z) alone: 1, [a > 0] (a > 0 exactly when z > 0), a(1 − a), 1 − a²
function multiplySlopes(code: number, outputs: Float64Array, deltas: Float64Array, from: number, to: number): void {
  if (code === RELU) for (let u = from; u < to; u++) deltas[u] = deltas[u] * (outputs[u] > 0 ? 1 : 0);
  else if (code === SIGMOID) for (let u = from; u < to; u++) deltas[u] = deltas[u] * (outputs[u] * (1 - outputs[u]));
  else if (code === TANH) for (let u = from; u < to; u++) deltas[u] = deltas[u] * (1 - outputs[u] * outputs[u]);
}

/** The fast path's buffers: examples packed by a FlatLayout, and every unit's output a and delta δ = ∂E/∂z. */
export type Buffers = {
  layout: FlatLayout;
  loss: Loss;
  head: ActivationName; // the output layer's activation
  logits: Float64Array; // the output layer's weighted sums z, kept beside its outputs a
  inputs: Float64Array;
  targets: Float64Array;
  outputs: Float64Array; // every layer's units, after the input's slots (unused: layer 0 reads `inputs`)
  deltas: Float64Array; // same indexing
};

/**
 * For k = from…to − 1, example order[k − from] (the online order, src/engine/order.ts; a batch passes 0 … m − 1):
 * forward pass, loss E into losses[k], backward pass adding c·∂E/∂θ into `into` (into = p and c = −η: online
 * steps). Stops before the backward pass at a non-finite E; returns the k reached.
 */
export function learn(
  b: Buffers,
  p: Float64Array,
  from: number,
  to: number,
  into: Float64Array,
  c: number,
  losses: Float64Array,
  order: Int32Array,
): number {
  const { outputs, deltas, inputs, targets, logits, loss: rules, head } = b;
  const layers = b.layout.layers;
  const count = layers.length;
  const first = layers[0];
  const top = layers[count - 1];
  const n = top.neurons;
  const at = top.outputsAt;
  const record = losses.length > 0;
  for (let k = from; k < to; k++) {
    const e = order[k - from];
    const x = e * first.inputs; // layer 0 reads the example's input x where it is packed
    for (let l = 0; l < count; l++) {
      forwardLayer(
        layers[l],
        p,
        l === 0 ? inputs : outputs,
        l === 0 ? x : layers[l].inputsAt,
        outputs,
        l === count - 1 ? logits : null,
      );
    }
    const loss = exampleLoss(rules, head, logits, 0, outputs, at, targets, e * n, n); // E, as lossOf
    outputDeltasInto(rules, head, logits, 0, outputs, at, targets, e * n, n, deltas, at); // δ of the output layer, as backward
    if (record) losses[k] = loss;
    if (!Number.isFinite(loss)) return k;
    if (c === 0) continue;
    for (let l = count - 1; l >= 0; l--) {
      const layer = layers[l];
      if (l > 0) backwardLayer(layer, layers[l - 1].activation, p, outputs, deltas); // reads w before it moves (into may be p)
      updateLayer(layer, l === 0 ? inputs : outputs, l === 0 ? x : layer.inputsAt, deltas, into, c);
    }
  }
  return to;
}

// One layer forward, its inputs a_i read from `source` at inAt: z_j = Σ_i w_ji a_i + b_j (copied into `logits` when
// given), then a_j = f(z_j).
function forwardLayer(
  layer: FlatLayer,
  p: Float64Array,
  source: Float64Array,
  inAt: number,
  outputs: Float64Array,
  logits: Float64Array | null,
): void {
  const { inputs: nIn, neurons: nOut, outputsAt: outAt, biasesAt: bAt } = layer;
  for (let j = 0, row = layer.weightsAt; j < nOut; j++, row += nIn) {
    let z = 0;
    for (let i = 0; i < nIn; i++) z += p[row + i] * source[inAt + i];
    outputs[outAt + j] = bAt < 0 ? z : z + p[bAt + j];
  }
  if (logits !== null) for (let j = 0; j < nOut; j++) logits[j] = outputs[outAt + j];
  activate(layer.activation, outputs, outAt, outAt + nOut);
}

// The deltas of the layer below: δ_i = (Σ_j w_ji δ_j) f′(z_i), with f the activation of the layer below.
function backwardLayer(
  layer: FlatLayer,
  below: number,
  p: Float64Array,
  outputs: Float64Array,
  deltas: Float64Array,
): void {
  const { inputs: nIn, neurons: nOut, inputsAt: inAt, outputsAt: outAt, weightsAt: w } = layer;
  for (let i = 0; i < nIn; i++) {
    let sum = 0;
    for (let j = outAt, q = w + i; j < outAt + nOut; j++, q += nIn) sum += p[q] * deltas[j]; // q: w_ji
    deltas[inAt + i] = sum;
  }
  multiplySlopes(below, outputs, deltas, inAt, inAt + nIn);
}

// into += c·∂E/∂θ for one layer: ∂E/∂w_ji = δ_j a_i, ∂E/∂b_j = δ_j. into may be p: runs after backwardLayer has read w.
function updateLayer(
  layer: FlatLayer,
  source: Float64Array,
  inAt: number,
  deltas: Float64Array,
  into: Float64Array,
  c: number,
): void {
  const { inputs: nIn, neurons: nOut, outputsAt: outAt, biasesAt: bAt } = layer;
  for (let j = 0, row = layer.weightsAt; j < nOut; j++, row += nIn) {
    const delta = deltas[outAt + j];
    for (let i = 0; i < nIn; i++) into[row + i] += c * (delta * source[inAt + i]);
    if (bAt >= 0) into[bAt + j] += c * delta;
  }
}
