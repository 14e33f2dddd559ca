// What each loss says to readers, beside the engine's numbers (src/engine/losses.ts): its formula as TeX and as a derivation over named quantities, its slope ∂E/∂a for the general way, and its NumPy
// source for "Reproduce in Python". The engine keeps the value, slope, output delta, reduction and head;
// the loss select's label is in notation.ts (lossLabels), which every page loads.
import type { LossName } from '../engine/index.ts';

/** A piece of a formula: text, or a named quantity (as in derivations.ts). */
type Term = string | { factor: string };
/** A formula over named quantities and how its factors' values (in the order they appear) give its value. */
export type Formula = { terms: Term[]; combine: (values: number[]) => number };

export type LossText = {
  /** One example's E as TeX, over outputs a_k and targets t_k. */
  tex: string;
  /** One example's E in words. */
  words: string;
  /** One example's E over the named outputs a(k) and targets t(k) of its n outputs. */
  error(a: (k: number) => Term, t: (k: number) => Term, n: number): Formula;
  /** ∂E/∂a of one output over its named output a, target t and miss Δ = a − t (the general way to its delta). */
  slope(a: Term, t: Term, miss: Term, n: number): Formula;
  /** NumPy: loss_of_outputs(y, t) and loss_gradient(y, t), and loss_of_logits(z, t) for a loss with a head. */
  python: string;
};

const ln = Math.log;

/** Σ over the n outputs of a sum's terms, joined by " + ". */
const joined = (n: number, term: (k: number) => Term[]): Term[] =>
  Array.from({ length: n }, (_x, k) => [...(k > 0 ? [' + '] : []), ...term(k)]).flat();

/** Every loss's words, formulas and NumPy source, by name. */
export const lossTexts: Readonly<Record<LossName, LossText>> = {
  'half-squared-error': {
    tex: 'E = \\tfrac12 \\sum_k (a_k - t_k)^2',
    words: 'half the sum of the squared misses',
    error: (a, t, n) => ({
      terms:
        n === 1
          ? ['½ · (', a(0), ' − ', t(0), ')²']
          : ['½ · (', ...joined(n, (k) => ['(', a(k), ' − ', t(k), ')²']), ')'],
      combine: (v) => {
        let total = 0;
        for (let k = 0; k < v.length; k += 2) total += (v[k] - v[k + 1]) * (v[k] - v[k + 1]);
        return 0.5 * total;
      },
    }),
    slope: (_a, _t, miss) => ({ terms: [miss], combine: ([d]) => d }),
    python: `def loss_of_outputs(y, t):
    return 0.5 * np.sum((y - t) ** 2)        # E = ½Σ(y − t)²

def loss_gradient(y, t):
    return y - t                             # ∂E/∂y = y − t`,
  },
  'mean-squared-error': {
    tex: 'E = \\tfrac1n \\sum_k (a_k - t_k)^2',
    words: 'the mean of the squared misses',
    error: (a, t, n) => ({
      terms:
        n === 1
          ? ['(', a(0), ' − ', t(0), ')²']
          : ['(', ...joined(n, (k) => ['(', a(k), ' − ', t(k), ')²']), `) / ${n}`],
      combine: (v) => {
        let total = 0;
        for (let k = 0; k < v.length; k += 2) total += (v[k] - v[k + 1]) * (v[k] - v[k + 1]);
        return total / n;
      },
    }),
    slope: (_a, _t, miss, n) => ({ terms: [`(2/${n}) · `, miss], combine: ([d]) => (2 * d) / n }),
    python: `def loss_of_outputs(y, t):
    return np.sum((y - t) ** 2) / len(y)     # E = (1/n)Σ(y − t)²

def loss_gradient(y, t):
    return 2 * (y - t) / len(y)              # ∂E/∂y = (2/n)(y − t)`,
  },
  'cross-entropy': {
    tex: 'E = -\\sum_k t_k \\ln a_k',
    words: 'minus the log of the probability given to the target class',
    error: (a, t, n) => ({
      terms: ['−(', ...joined(n, (k) => [t(k), ' · ln ', a(k)]), ')'],
      combine: (v) => {
        let total = 0;
        for (let k = 0; k < v.length; k += 2) if (v[k] !== 0) total -= v[k] * ln(v[k + 1]);
        return total;
      },
    }),
    slope: (a, t) => ({ terms: ['−', t, ' / ', a], combine: ([target, y]) => (target === 0 ? 0 : -target / y) }),
    python: `def loss_of_outputs(y, t):
    safe = np.where(t != 0, y, 1.0)          # a term with t = 0 is 0 (0 · ln 0 = 0)
    return -np.sum(t * np.log(safe))         # E = −Σ t ln y

def loss_gradient(y, t):
    return np.where(t != 0, -t / np.where(t != 0, y, 1.0), 0.0)  # ∂E/∂y = −t / y

def loss_of_logits(z, t):
    m = np.max(z)
    lse = m + np.log(np.sum(np.exp(z - m)))  # ln Σ e^z, without overflow
    return np.sum(np.where(t != 0, t * (lse - z), 0.0))  # ln y_k = z_k − lse, so E = Σ t (lse − z)`,
  },
  'binary-cross-entropy': {
    tex: 'E = -\\sum_k \\left[t_k \\ln a_k + (1 - t_k) \\ln(1 - a_k)\\right]',
    words: 'minus the log of the probability each output gives its target',
    error: (a, t, n) => ({
      terms: ['−(', ...joined(n, (k) => [t(k), ' · ln ', a(k), ' + (1 − ', t(k), ') · ln(1 − ', a(k), ')']), ')'],
      combine: (v) => {
        let total = 0;
        for (let k = 0; k < v.length; k += 4) {
          if (v[k] !== 0) total -= v[k] * ln(v[k + 1]);
          if (v[k + 2] !== 1) total -= (1 - v[k + 2]) * ln(1 - v[k + 3]);
        }
        return total;
      },
    }),
    slope: (a, t) => ({
      terms: ['(', a, ' − ', t, ') / (', a, ' · (1 − ', a, '))'],
      combine: ([y, target, y2, y3]) => (y - target) / (y2 * (1 - y3)),
    }),
    python: `def loss_of_outputs(y, t):
    on, off = np.where(t != 0, y, 1.0), np.where(t != 1, y, 0.0)  # a term with a factor 0 is 0
    return -np.sum(t * np.log(on) + (1 - t) * np.log(1 - off))    # E = −Σ[t ln y + (1 − t) ln(1 − y)]

def loss_gradient(y, t):
    return np.where(t != 0, -t / np.where(t != 0, y, 1.0), 0.0) + np.where(t != 1, (1 - t) / (1 - np.where(t != 1, y, 0.0)), 0.0)

def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))  # ln(1 + e^x), without overflow

def loss_of_logits(z, t):
    # ln σ(z) = −softplus(−z) and ln(1 − σ(z)) = −softplus(z): the same E, finite for any z
    return np.sum(np.where(t != 0, t * softplus(-z), 0.0) + np.where(t != 1, (1 - t) * softplus(z), 0.0))`,
  },
};
