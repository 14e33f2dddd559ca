/** A per-unit activation: a_j = f(z_j) from its own weighted sum alone. */
export type UnitActivationName = 'identity' | 'relu' | 'sigmoid' | 'tanh';
/**
 * The name of a layer's activation, so a network serialises as plain JSON: a per-unit one, or 'softmax', an output
 * head (valid on the output layer only) whose every output depends on every weighted sum of its layer.
 */
export type ActivationName = UnitActivationName | 'softmax';

/** Numbers read by index from `at` on: a number[] of the display path or a Float64Array of the fast path. */
export type Span = { readonly [k: number]: number };
/** Numbers written by index. */
export type MutableSpan = { [k: number]: number };

/** An activation f and its derivative f′, both taken at the weighted sum z. */
export type Activation = { apply(z: number): number; derivative(z: number): number };

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z)); // σ(z) = 1 / (1 + e^(−z))
}

/** Every activation by name, each with its derivative beside its rule. */
export const activations: Readonly<Record<UnitActivationName, Activation>> = Object.freeze({
  identity: Object.freeze({
    apply: (z: number) => z, // f(z) = z
    derivative: (_z: number) => 1, // f′(z) = 1
  }),
  relu: Object.freeze({
    apply: (z: number) => (z > 0 ? z : 0), // f(z) = max(0, z)
    derivative: (z: number) => (z > 0 ? 1 : 0), // f′(z) = 1 if z > 0, else 0 (0 at the kink)
  }),
  sigmoid: Object.freeze({
    apply: sigmoid,
    derivative: (z: number) => {
      const s = sigmoid(z);
      return s * (1 - s); // σ′(z) = σ(z)(1 − σ(z))
    },
  }),
  tanh: Object.freeze({
    apply: (z: number) => Math.tanh(z), // f(z) = tanh z
    derivative: (z: number) => {
      const t = Math.tanh(z);
      return 1 - t * t; // tanh′(z) = 1 − tanh²(z)
    },
  }),
});

/** The per-unit activation names, in a fixed order (the fast path numbers them by this order). */
export const unitActivationNames: readonly UnitActivationName[] = Object.freeze([
  'identity',
  'relu',
  'sigmoid',
  'tanh',
]);
/** Every activation name, the output head last (the fast path numbers them by this order). */
export const activationNames: readonly ActivationName[] = Object.freeze([...unitActivationNames, 'softmax']);

/** Whether the activation is an output head (softmax), not a per-unit f: its layer must be the output layer. */
export const isHead = (name: ActivationName): name is 'softmax' => name === 'softmax';

/** log Σ_k e^(z_k) over z[at…at+n), stably: m + log Σ_k e^(z_k − m) with m the largest z_k, so no e^z overflows. */
export function logSumExp(z: Span, at: number, n: number): number {
  let m = -Infinity;
  for (let k = at; k < at + n; k++) if (z[k] > m) m = z[k];
  if (!Number.isFinite(m)) return m; // all −∞ (or a +∞ / NaN sum): nothing to shift by
  let sum = 0;
  for (let k = at; k < at + n; k++) sum += Math.exp(z[k] - m);
  return m + Math.log(sum);
}

/**
 * Softmax of z[zAt…zAt+n) into out[outAt…): a_k = e^(z_k − m) / Σ_j e^(z_j − m), m the largest z_k (the same
 * probabilities as e^(z_k) / Σ_j e^(z_j), without overflow). out may be z itself at the same place.
 */
export function softmaxInto(z: Span, zAt: number, n: number, out: MutableSpan, outAt: number): void {
  let m = -Infinity;
  for (let k = 0; k < n; k++) if (z[zAt + k] > m) m = z[zAt + k];
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp(z[zAt + k] - m);
    out[outAt + k] = e;
    sum += e;
  }
  for (let k = 0; k < n; k++) out[outAt + k] = out[outAt + k] / sum;
}

/** A layer's outputs from its weighted sums: f(z_j) unit by unit, or the softmax of all of them. */
export function layerOutputs(name: ActivationName, weightedSums: number[]): number[] {
  if (!isHead(name)) return weightedSums.map(activations[name].apply);
  const out = new Array<number>(weightedSums.length);
  softmaxInto(weightedSums, 0, weightedSums.length, out, 0);
  return out;
}

/**
 * Each unit's slope ∂a_j/∂z_j: f′(z_j) for a per-unit activation; for softmax the diagonal of its Jacobian,
 * a_j(1 − a_j) (softmax's a_j also moves with the other z_k: backward uses the whole Jacobian).
 */
export function unitSlopes(name: ActivationName, weightedSums: number[], outputs: number[]): number[] {
  if (!isHead(name)) return weightedSums.map(activations[name].derivative);
  return outputs.map((a) => a * (1 - a));
}
