import type { FlatLayout } from './flat.ts';

// The fast path's inner loops. They write only into the Float64Arrays they are given and allocate nothing.
// Each one computes exactly the same expressions, in the same order, as forward/backward/applyGradients,
// so the two paths agree to the last bit (the tests check this).

/** Activation codes, in the order of activationNames. */
const IDENTITY = 0;
const RELU = 1;
const SIGMOID = 2;

function activate(code: number, z: number): number {
  if (code === IDENTITY) return z;
  if (code === RELU) return z > 0 ? z : 0;
  if (code === SIGMOID) return 1 / (1 + Math.exp(-z));
  return Math.tanh(z);
}

// f′ from z and a = f(z): σ′ = a(1 − a), tanh′ = 1 − a²
function slope(code: number, z: number, a: number): number {
  if (code === IDENTITY) return 1;
  if (code === RELU) return z > 0 ? 1 : 0;
  if (code === SIGMOID) return a * (1 - a);
  return 1 - a * a;
}

/** Copies example e's input into the input units. */
export function loadInput(layout: FlatLayout, inputs: Float64Array, e: number, outputs: Float64Array): void {
  const n = layout.sizes[0];
  const from = e * n;
  for (let i = 0; i < n; i++) outputs[i] = inputs[from + i];
}

// Layer l of the forward pass: z_j = Σ_i w_ji a_i + b_j, a_j = f(z_j)
function forwardLayer(layout: FlatLayout, l: number, p: Float64Array, outputs: Float64Array, sums: Float64Array): void {
  const nIn = layout.sizes[l];
  const nOut = layout.sizes[l + 1];
  const inAt = layout.unitOffsets[l];
  const outAt = layout.unitOffsets[l + 1];
  const bAt = layout.biasOffsets[l];
  const code = layout.activationCodes[l];
  let row = layout.weightOffsets[l];
  for (let j = 0; j < nOut; j++, row += nIn) {
    let z = 0;
    for (let i = 0; i < nIn; i++) z += p[row + i] * outputs[inAt + i];
    if (bAt >= 0) z += p[bAt + j];
    sums[outAt + j] = z;
    outputs[outAt + j] = activate(code, z);
  }
}

/** Forward pass over flat buffers, layer by layer, from the input units to the output units. */
export function forwardFlat(layout: FlatLayout, p: Float64Array, outputs: Float64Array, sums: Float64Array): void {
  for (let l = 0; l < layout.layerCount; l++) forwardLayer(layout, l, p, outputs, sums);
}

/** Output deltas δ = ∂E/∂y ⊙ f′(z) for the target at targets[from…]; returns the loss E. */
export function outputDeltas(
  layout: FlatLayout, meanSquared: boolean, targets: Float64Array, from: number,
  outputs: Float64Array, sums: Float64Array, deltas: Float64Array,
): number {
  const last = layout.layerCount - 1;
  const n = layout.sizes[last + 1];
  const at = layout.unitOffsets[last + 1];
  const code = layout.activationCodes[last];
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const y = outputs[at + k];
    const difference = y - targets[from + k];
    sum += difference * difference;
    const dEdy = meanSquared ? (2 * difference) / n : difference; // (2/n)(y − t) or (y − t)
    deltas[at + k] = dEdy * slope(code, sums[at + k], y);
  }
  return meanSquared ? sum / n : 0.5 * sum; // (1/n)Σ(y−t)² or ½Σ(y−t)²
}

/** Hidden deltas, from the last hidden layer back: δ = (Wᵀ δ_next) ⊙ f′(z). */
export function hiddenDeltas(layout: FlatLayout, p: Float64Array, outputs: Float64Array, sums: Float64Array, deltas: Float64Array): void {
  for (let l = layout.layerCount - 1; l > 0; l--) {
    const nIn = layout.sizes[l];
    const nOut = layout.sizes[l + 1];
    const inAt = layout.unitOffsets[l];
    const outAt = layout.unitOffsets[l + 1];
    const w = layout.weightOffsets[l];
    const code = layout.activationCodes[l - 1];
    for (let i = 0; i < nIn; i++) {
      let sum = 0;
      for (let j = 0; j < nOut; j++) sum += p[w + j * nIn + i] * deltas[outAt + j];
      deltas[inAt + i] = sum * slope(code, sums[inAt + i], outputs[inAt + i]);
    }
  }
}

// Layer l's online update into `next`, w ← w − η(δ_j a_i), b ← b − η δ_j, fused with the step back to layer l − 1:
// δ_prev = (Wᵀ δ) ⊙ f′(z_prev), taken from the original weights p. Returns 0, or NaN if a new value is not finite.
function updateLayer(
  layout: FlatLayout, l: number, p: Float64Array, next: Float64Array, outputs: Float64Array, sums: Float64Array,
  deltas: Float64Array, rate: number,
): number {
  const nIn = layout.sizes[l];
  const nOut = layout.sizes[l + 1];
  const inAt = layout.unitOffsets[l];
  const outAt = layout.unitOffsets[l + 1];
  const bAt = layout.biasOffsets[l];
  const backward = l > 0;
  if (backward) for (let i = 0; i < nIn; i++) deltas[inAt + i] = 0;
  let check = 0; // x·0 is 0 for finite x and NaN for ±∞ or NaN
  let row = layout.weightOffsets[l];
  for (let j = 0; j < nOut; j++, row += nIn) {
    const delta = deltas[outAt + j];
    for (let i = 0; i < nIn; i++) {
      const w = p[row + i];
      if (backward) deltas[inAt + i] += w * delta; // Σ_j w_ji δ_j, in the order of j
      const value = w - rate * (delta * outputs[inAt + i]);
      next[row + i] = value;
      check += value * 0;
    }
    if (bAt >= 0) {
      const value = p[bAt + j] - rate * delta;
      next[bAt + j] = value;
      check += value * 0;
    }
  }
  if (backward) {
    const code = layout.activationCodes[l - 1];
    for (let i = 0; i < nIn; i++) deltas[inAt + i] *= slope(code, sums[inAt + i], outputs[inAt + i]);
  }
  return check;
}

/** Online backward pass and update, from the output layer back, into `next`. Returns 0, or NaN if not finite. */
export function backwardUpdate(
  layout: FlatLayout, p: Float64Array, next: Float64Array, outputs: Float64Array, sums: Float64Array, deltas: Float64Array, rate: number,
): number {
  let check = 0;
  for (let l = layout.layerCount - 1; l >= 0; l--) check += updateLayer(layout, l, p, next, outputs, sums, deltas, rate);
  return check;
}

/** Adds this example's gradients to the batch gradient: G_ji += δ_j a_i, G_j += δ_j. */
export function accumulateGradient(layout: FlatLayout, gradient: Float64Array, outputs: Float64Array, deltas: Float64Array): void {
  for (let l = 0; l < layout.layerCount; l++) {
    const nIn = layout.sizes[l];
    const nOut = layout.sizes[l + 1];
    const inAt = layout.unitOffsets[l];
    const outAt = layout.unitOffsets[l + 1];
    const bAt = layout.biasOffsets[l];
    let row = layout.weightOffsets[l];
    for (let j = 0; j < nOut; j++, row += nIn) {
      const delta = deltas[outAt + j];
      for (let i = 0; i < nIn; i++) gradient[row + i] += delta * outputs[inAt + i];
      if (bAt >= 0) gradient[bAt + j] += delta;
    }
  }
}

/** Batch update into `next`: w ← w − η(G / m) (m = 1 for half-squared-error). Returns 0, or NaN if not finite. */
export function updateBatch(p: Float64Array, next: Float64Array, gradient: Float64Array, rate: number, scale: number): number {
  let check = 0;
  for (let k = 0; k < p.length; k++) {
    const value = p[k] - rate * (gradient[k] / scale);
    next[k] = value;
    check += value * 0;
  }
  return check;
}
