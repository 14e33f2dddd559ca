import type { FlatLayout } from './flat.ts';

// The fast path's inner loop. It writes only into the Float64Arrays it is given and allocates nothing. It computes
// exactly the same expressions, in the same order, as forward/backward/applyGradients, so the two paths agree
// to the last bit (the tests check this). The per-step loop lives here, not in train.ts, so that V8 optimises it
// with its three parts inlined and the layout's numbers held across steps.

/** Activation codes, in the order of activationNames. */
const IDENTITY = 0;
const RELU = 1;
const SIGMOID = 2;

// a = f(z): z, max(0, z), 1 / (1 + e^(−z)), tanh z
function activate(code: number, z: number): number {
  return code === IDENTITY ? z : code === RELU ? (z > 0 ? z : 0) : code === SIGMOID ? 1 / (1 + Math.exp(-z)) : Math.tanh(z);
}

// f′ from a = f(z) alone: 1, [a > 0] (a > 0 exactly when z > 0), a(1 − a), 1 − a²
function slope(code: number, a: number): number {
  return code === IDENTITY ? 1 : code === RELU ? (a > 0 ? 1 : 0) : code === SIGMOID ? a * (1 - a) : 1 - a * a;
}

/** The fast path's buffers: examples packed by a FlatLayout, and every unit's output a and delta δ = ∂E/∂z. */
export type Buffers = {
  layout: FlatLayout;
  meanSquared: boolean;
  inputs: Float64Array;
  targets: Float64Array;
  outputs: Float64Array; // every layer's units, the input first
  deltas: Float64Array; // same indexing
};

/**
 * For k = from…to − 1, example k mod m: forward pass, loss E into losses[k], backward pass adding c·∂E/∂θ into `into`
 * (into = p and c = −η: online steps). Stops before the backward pass at a non-finite E; returns the k reached.
 */
export function learn(b: Buffers, p: Float64Array, from: number, to: number, into: Float64Array, c: number, losses: Float64Array): number {
  const { layout, outputs, deltas, targets, meanSquared } = b;
  const { sizes, layerCount } = layout;
  const n = sizes[layerCount];
  const at = layout.unitOffsets[layerCount];
  const code = layout.activationCodes[layerCount - 1];
  const m = (targets.length / n) | 0;
  for (let k = from, e = from % m; k < to; k++, e = e + 1 === m ? 0 : e + 1) {
    forwardFlat(layout, p, b.inputs, e, outputs);
    let sum = 0;
    for (let q = 0; q < n; q++) {
      const y = outputs[at + q];
      const difference = y - targets[e * n + q];
      sum += difference * difference;
      const dEdy = meanSquared ? (2 * difference) / n : difference; // (2/n)(y − t) or (y − t)
      deltas[at + q] = dEdy * slope(code, y); // δ = ∂E/∂y ⊙ f′(z)
    }
    const loss = meanSquared ? sum / n : 0.5 * sum; // (1/n)Σ(y−t)² or ½Σ(y−t)²
    if (k < losses.length) losses[k] = loss;
    if (!Number.isFinite(loss)) return k;
    if (c !== 0) backpropagate(layout, p, outputs, deltas, into, c);
  }
  return to;
}

// Forward pass of example e: its input into the input units, then layer by layer to the output units.
function forwardFlat(layout: FlatLayout, p: Float64Array, inputs: Float64Array, e: number, outputs: Float64Array): void {
  const { sizes, unitOffsets, weightOffsets, biasOffsets, activationCodes } = layout;
  for (let i = 0, n = sizes[0]; i < n; i++) outputs[i] = inputs[e * n + i];
  for (let l = 0; l < layout.layerCount; l++) {
    const nIn = sizes[l];
    const inAt = unitOffsets[l];
    const outAt = unitOffsets[l + 1];
    const bAt = biasOffsets[l];
    const code = activationCodes[l];
    for (let j = 0, row = weightOffsets[l]; j < sizes[l + 1]; j++, row += nIn) {
      let z = 0;
      for (let i = 0; i < nIn; i++) z += p[row + i] * outputs[inAt + i]; // z_j = Σ_i w_ji a_i + b_j
      outputs[outAt + j] = activate(code, bAt < 0 ? z : z + p[bAt + j]); // a_j = f(z_j)
    }
  }
}

// Backward pass, from the output layer back: δ = (Wᵀ δ_next) ⊙ f′(z), then into += c·∂E/∂θ (∂E/∂w_ji = δ_j a_i, ∂E/∂b_j = δ_j).
function backpropagate(layout: FlatLayout, p: Float64Array, outputs: Float64Array, deltas: Float64Array, into: Float64Array, c: number): void {
  const { sizes, unitOffsets, weightOffsets, biasOffsets, activationCodes } = layout;
  for (let l = layout.layerCount - 1; l >= 0; l--) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    const inAt = unitOffsets[l];
    const outAt = unitOffsets[l + 1];
    const w = weightOffsets[l];
    const bAt = biasOffsets[l];
    const code = activationCodes[l > 0 ? l - 1 : 0];
    for (let i = 0; l > 0 && i < nIn; i++) {
      let sum = 0;
      for (let j = 0; j < nOut; j++) sum += p[w + j * nIn + i] * deltas[outAt + j];
      deltas[inAt + i] = sum * slope(code, outputs[inAt + i]);
    }
    // into may be p itself (online): the deltas above have read this layer's weights before they move
    for (let j = 0, row = w; j < nOut; j++, row += nIn) {
      const delta = deltas[outAt + j];
      for (let i = 0; i < nIn; i++) into[row + i] += c * (delta * outputs[inAt + i]);
      if (bAt >= 0) into[bAt + j] += c * delta;
    }
  }
}
