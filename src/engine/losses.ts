import { activations, isHead, logSumExp, type ActivationName, type MutableSpan, type Span } from './activations.ts';

/** The name of a loss function. */
export type LossName = 'half-squared-error' | 'mean-squared-error' | 'cross-entropy' | 'binary-cross-entropy';

/** How a batch combines its examples' losses and gradients: their sum, or their mean. */
export type Reduction = 'sum' | 'mean';

/**
 * A loss E over one example's outputs a and targets t, with the rules that go with it. Its own words, TeX and
 * NumPy source are the lib's (src/lib/loss-text.ts); the engine keeps only the numbers.
 */
export type Loss = {
  readonly name: LossName;
  /** Over a batch of examples: E = Σ_x E_x ('sum') or (1/m) Σ_x E_x ('mean'), and the gradients the same way. */
  readonly reduction: Reduction;
  /** The output activations it is defined for (null: any); other pairings are refused by setupProblem. */
  readonly outputs: readonly ActivationName[] | null;
  /**
   * The output activation it pairs with, if any: with it the output deltas are δ = a − t exactly (never through
   * ∂E/∂a times the activation's slope, which is 0/0 once saturated), and E is computed from the weighted sums z.
   */
  readonly head: {
    readonly activation: ActivationName;
    logitsValue(z: Span, zAt: number, t: Span, tAt: number, n: number): number;
  } | null;
  /** E from the outputs a[aAt…aAt+n) and targets t[tAt…tAt+n). */
  valueAt(a: Span, aAt: number, t: Span, tAt: number, n: number): number;
  /** ∂E/∂a_k for output k. */
  slopeAt(a: Span, aAt: number, t: Span, tAt: number, n: number, k: number): number;
  /** The targets it takes: any numbers, each in [0, 1] ('each-probability'), or a distribution ('distribution': ≥ 0, adding up to 1, such as a class's one-hot). */
  readonly targets: 'any' | 'each-probability' | 'distribution';
  /** E from outputs and targets (number arrays). */
  value(outputs: number[], targets: number[]): number;
  /** ∂E/∂a, one slope per output. */
  derivative(outputs: number[], targets: number[]): number[];
};

type Rules = Omit<Loss, 'value' | 'derivative'>;

// ln(1 + e^x) without overflow: max(x, 0) + ln(1 + e^(−|x|)).
const softplus = (x: number) => (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x)));

function sumOfSquares(a: Span, aAt: number, t: Span, tAt: number, n: number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const difference = a[aAt + k] - t[tAt + k];
    sum += difference * difference;
  }
  return sum;
}

function loss(rules: Rules): Loss {
  return Object.freeze({
    ...rules,
    value: (outputs: number[], targets: number[]) => rules.valueAt(outputs, 0, targets, 0, outputs.length),
    derivative: (outputs: number[], targets: number[]) =>
      outputs.map((_a, k) => rules.slopeAt(outputs, 0, targets, 0, outputs.length, k)),
  });
}

/** Every loss by name, each with its gradient, reduction and head beside its rule. Terms with a target factor of 0 are left out (0 · ln 0 = 0). */
export const losses: Readonly<Record<LossName, Loss>> = Object.freeze({
  'half-squared-error': loss({
    name: 'half-squared-error',
    reduction: 'sum',
    outputs: null,
    head: null,
    targets: 'any',
    valueAt: (a, aAt, t, tAt, n) => 0.5 * sumOfSquares(a, aAt, t, tAt, n), // E = ½Σ(a−t)²
    slopeAt: (a, aAt, t, tAt, _n, k) => a[aAt + k] - t[tAt + k], // ∂E/∂a = a − t
  }),
  'mean-squared-error': loss({
    name: 'mean-squared-error',
    reduction: 'mean',
    outputs: null,
    head: null,
    targets: 'any',
    valueAt: (a, aAt, t, tAt, n) => sumOfSquares(a, aAt, t, tAt, n) / n, // E = (1/n)Σ(a−t)²
    slopeAt: (a, aAt, t, tAt, n, k) => (2 * (a[aAt + k] - t[tAt + k])) / n, // ∂E/∂a = (2/n)(a − t)
  }),
  'cross-entropy': loss({
    name: 'cross-entropy',
    reduction: 'sum',
    outputs: ['softmax'],
    targets: 'distribution',
    head: {
      activation: 'softmax',
      // ln a_k = z_k − lse(z), so E = Σ_k t_k (lse(z) − z_k): finite for any finite logits
      logitsValue(z, zAt, t, tAt, n) {
        const lse = logSumExp(z, zAt, n);
        let sum = 0;
        for (let k = 0; k < n; k++) if (t[tAt + k] !== 0) sum += t[tAt + k] * (lse - z[zAt + k]);
        return sum;
      },
    },
    valueAt(a, aAt, t, tAt, n) {
      // E = −Σ_k t_k ln a_k
      let sum = 0;
      for (let k = 0; k < n; k++) if (t[tAt + k] !== 0) sum -= t[tAt + k] * Math.log(a[aAt + k]);
      return sum;
    },
    slopeAt: (a, aAt, t, tAt, _n, k) => (t[tAt + k] === 0 ? 0 : -t[tAt + k] / a[aAt + k]), // ∂E/∂a_k = −t_k / a_k
  }),
  'binary-cross-entropy': loss({
    name: 'binary-cross-entropy',
    reduction: 'sum',
    outputs: ['sigmoid'],
    targets: 'each-probability',
    head: {
      activation: 'sigmoid',
      // ln σ(z) = −softplus(−z), ln(1 − σ(z)) = −softplus(z): E = Σ_k t_k softplus(−z_k) + (1 − t_k) softplus(z_k)
      logitsValue(z, zAt, t, tAt, n) {
        let sum = 0;
        for (let k = 0; k < n; k++) {
          const target = t[tAt + k];
          if (target !== 0) sum += target * softplus(-z[zAt + k]);
          if (target !== 1) sum += (1 - target) * softplus(z[zAt + k]);
        }
        return sum;
      },
    },
    valueAt(a, aAt, t, tAt, n) {
      // E = −Σ_k [t_k ln a_k + (1 − t_k) ln(1 − a_k)]
      let sum = 0;
      for (let k = 0; k < n; k++) {
        const target = t[tAt + k];
        if (target !== 0) sum -= target * Math.log(a[aAt + k]);
        if (target !== 1) sum -= (1 - target) * Math.log(1 - a[aAt + k]);
      }
      return sum;
    },
    slopeAt(a, aAt, t, tAt, _n, k) {
      // ∂E/∂a_k = −t_k / a_k + (1 − t_k) / (1 − a_k)
      const target = t[tAt + k];
      return (target === 0 ? 0 : -target / a[aAt + k]) + (target === 1 ? 0 : (1 - target) / (1 - a[aAt + k]));
    },
  }),
});

/** Whether the loss pairs with this output activation, so that δ = a − t and E comes from the weighted sums. */
export const pairs = (loss: Loss, activation: ActivationName): boolean =>
  loss.head !== null && loss.head.activation === activation;

/**
 * One example's E from the output layer's weighted sums z[zAt…zAt+n) and outputs a[aAt…): from z when the loss
 * pairs with the output activation (finite for any finite z), from a otherwise.
 */
export function exampleLoss(
  loss: Loss,
  activation: ActivationName,
  z: Span,
  zAt: number,
  a: Span,
  aAt: number,
  t: Span,
  tAt: number,
  n: number,
): number {
  return loss.head !== null && loss.head.activation === activation
    ? loss.head.logitsValue(z, zAt, t, tAt, n)
    : loss.valueAt(a, aAt, t, tAt, n);
}

/**
 * The output layer's deltas δ = ∂E/∂z into deltas[dAt…dAt+n): a − t when the loss pairs with the output activation;
 * otherwise from g = ∂E/∂a, through softmax's Jacobian (δ_j = a_j (g_j − Σ_k a_k g_k)) or unit by unit (δ = g ⊙ f′(z)).
 */
export function outputDeltasInto(
  loss: Loss,
  activation: ActivationName,
  z: Span,
  zAt: number,
  a: Span,
  aAt: number,
  t: Span,
  tAt: number,
  n: number,
  deltas: MutableSpan,
  dAt: number,
): void {
  if (pairs(loss, activation)) {
    for (let k = 0; k < n; k++) deltas[dAt + k] = a[aAt + k] - t[tAt + k];
    return;
  }
  for (let k = 0; k < n; k++) deltas[dAt + k] = loss.slopeAt(a, aAt, t, tAt, n, k); // g = ∂E/∂a
  if (isHead(activation)) {
    let weighted = 0;
    for (let k = 0; k < n; k++) weighted += a[aAt + k] * deltas[dAt + k]; // Σ_k a_k g_k
    for (let k = 0; k < n; k++) deltas[dAt + k] = a[aAt + k] * (deltas[dAt + k] - weighted);
    return;
  }
  const slope = activations[activation].derivative;
  for (let k = 0; k < n; k++) deltas[dAt + k] = deltas[dAt + k] * slope(z[zAt + k]);
}
