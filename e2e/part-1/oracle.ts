// The 2-2-1 example worked out by hand, independently of src/engine: the arithmetic the tests compare with.
export type Weights = [number, number, number, number, number, number];
export type Hidden = 'identity' | 'relu' | 'sigmoid' | 'tanh';

const f = (name: Hidden, z: number) =>
  name === 'relu' ? Math.max(0, z) : name === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : name === 'tanh' ? Math.tanh(z) : z;
const fPrime = (name: Hidden, z: number) =>
  name === 'relu'
    ? z > 0
      ? 1
      : 0
    : name === 'sigmoid'
      ? f(name, z) * (1 - f(name, z))
      : name === 'tanh'
        ? 1 - Math.tanh(z) ** 2
        : 1;

/** One forward and backward pass: h1 = f(i1·w1 + i2·w2), h2 = f(i1·w3 + i2·w4), o = h1·w5 + h2·w6, E = ½(o − t)². */
export function byHand(w: Weights, i1: number, i2: number, t: number, hidden: Hidden = 'identity') {
  const [w1, w2, w3, w4, w5, w6] = w;
  const netH1 = i1 * w1 + i2 * w2;
  const netH2 = i1 * w3 + i2 * w4;
  const h1 = f(hidden, netH1);
  const h2 = f(hidden, netH2);
  const o = h1 * w5 + h2 * w6;
  const delta = o - t;
  const g1 = delta * w5 * fPrime(hidden, netH1);
  const g2 = delta * w6 * fPrime(hidden, netH2);
  const grads: Weights = [g1 * i1, g1 * i2, g2 * i1, g2 * i2, delta * h1, delta * h2];
  return { netH1, netH2, h1, h2, o, delta, error: 0.5 * delta ** 2, grads };
}

/** w ← w − η·∂E/∂w, `steps` times. */
export function trainByHand(
  w: Weights,
  steps: number,
  rate: number,
  i1 = 2,
  i2 = 3,
  t = 1,
  hidden: Hidden = 'identity',
): Weights {
  let current = w;
  for (let k = 0; k < steps; k++) {
    const { grads } = byHand(current, i1, i2, t, hidden);
    current = current.map((value, j) => value - rate * grads[j]) as Weights;
  }
  return current;
}

export const ARTICLE_000: Weights = [0.12, 0.33, 0.15, 0.09, 0.11, 0.12];
export const ARTICLE_002: Weights = [0.11, 0.21, 0.12, 0.08, 0.14, 0.15];

/**
 * What the site's formatter shows: rounded, trailing zeros dropped, a true minus sign; a non-zero value below
 * the last shown decimal as m × 10⁻ⁿ (m to min(decimals, 4) decimals), never as 0.
 */
export const shown = (value: number, decimals = 4): string => {
  if (value !== 0 && Math.abs(value) < 10 ** -decimals) {
    const [m, e] = value.toExponential(Math.min(decimals, 4)).split('e');
    const superscript = [...String(-Number(e))].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('');
    return `${shown(Number(m), decimals)} × 10⁻${superscript}`;
  }
  const fixed = value.toFixed(decimals);
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return (text === '-0' ? '0' : text).replace('-', '−');
};
