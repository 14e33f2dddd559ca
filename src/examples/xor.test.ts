// Part III's example: the article's forward pass, the erratum's hidden error and xorStart, against arithmetic written out here.
import { describe, expect, test } from 'vitest';
import { quantitiesOf } from '../lib/quantities.ts';
import { xorExample, xorStart } from './xor.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('article 003 on XOR, row (0, 0)', () => {
  const q = quantitiesOf(xorExample, xorExample.defaults);
  // z1 = W1·(0, 0) + b1 = (−1, 2); a1 = (σ(−1), σ(2)); z2 = −3·a1_1 − 2·a1_2 + 3; ŷ = σ(z2).
  const a11 = sigmoid(-1);
  const a12 = sigmoid(2);
  const z2 = -3 * a11 - 2 * a12 + 3;
  const y = sigmoid(z2);

  test('the hidden outputs are 0.2689 and 0.8808 and the prediction 0.6063', () => {
    expect(q.a1_1).toBeCloseTo(0.2689414, 6);
    expect(q.a1_2).toBeCloseTo(0.8807971, 6);
    expect(q.z2_1).toBeCloseTo(z2, 12);
    expect(q.a2_1).toBeCloseTo(y, 12);
    expect(q.a2_1).toBeCloseTo(0.6062513, 6);
  });

  test("the erratum's hidden error for h2 is σ′(z2)·W2[1,2]·(y − ŷ) = 0.238711·(−2)·(−0.606251) ≈ 0.2894, not 0.28", () => {
    const slopeAtSum = y * (1 - y); // σ′(z2) = ŷ(1 − ŷ) = 0.238711
    expect(slopeAtSum).toBeCloseTo(0.238711, 6);
    const articleSign = slopeAtSum * -2 * (0 - y); // the article's convention: error = target − prediction
    expect(articleSign).toBeCloseTo(0.2894373, 6);
    expect(q.dE_da1_2).toBeCloseTo(-articleSign, 12); // ours: ∂E/∂a1_2 = W2[1,2]·δ2, opposite sign
    const articleWay = sigmoid(0.6) * (1 - sigmoid(0.6)) * -2 * -0.6; // σ′ applied to the output 0.6
    expect(articleWay).toBeCloseTo(0.2745, 4);
  });
});

describe('xorStart', () => {
  test('draws nine integers from −4 … 4 without 0, the same for the same seed', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const network = xorStart(seed);
      const values = network.layers.flatMap((layer) => [...layer.weights.flat(), ...(layer.biases ?? [])]);
      expect(values).toHaveLength(9);
      for (const v of values) expect(Number.isInteger(v) && v !== 0 && Math.abs(v) <= 4).toBe(true);
      expect(xorStart(seed)).toEqual(network);
    }
    expect(xorStart(1)).not.toEqual(xorStart(2));
  });
});
