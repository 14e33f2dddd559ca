// Part IV's example against numbers worked out independently: NumPy (softmax of z2 by hand, E = −ln a of the right
// class, the Jacobian diag(a) − a aᵀ, δ2 = a − t, outer products) and central differences on the error.
import { describe, expect, test } from 'vitest';
import { quantitiesOf } from '../lib/quantities.ts';
import { derivationsOf } from '../lib/derivations/index.ts';
import { threeClasses } from './three-classes.ts';

const q = quantitiesOf(threeClasses, threeClasses.defaults);

describe('the three-class example at its start, point (0.9, 0.2) of class 2', () => {
  test('the forward pass: z1 = (0.7, 0.15, −0.6) by hand, then tanh, the logits and softmax as NumPy gives them', () => {
    expect([q.z1_1, q.z1_2, q.z1_3].map((z) => Number(z.toFixed(12)))).toEqual([0.7, 0.15, -0.6]);
    expect(q.a1_1).toBeCloseTo(Math.tanh(0.7), 14);
    // NumPy: z2 = W2 tanh(z1) + b2 = [0.1666265, −0.259826, 0.43331708]; a2 = e^z2 / Σ e^z2.
    expect(q.z2_1).toBeCloseTo(0.1666265, 6);
    expect(q.z2_2).toBeCloseTo(-0.259826, 6);
    expect(q.z2_3).toBeCloseTo(0.43331708, 7);
    expect(q.a2_1).toBeCloseTo(0.33801401, 8);
    expect(q.a2_2).toBeCloseTo(0.2206626, 7);
    expect(q.a2_3).toBeCloseTo(0.44132339, 8);
    expect(q.E).toBeCloseTo(1.5111204428594123, 12); // −ln a2[2]
  });

  test('the Jacobian diag(a) − a aᵀ, its columns adding up to 0, and δ2 = a2 − t', () => {
    expect(q.jac2_1_1).toBeCloseTo(0.22376054, 8);
    expect(q.jac2_1_2).toBeCloseTo(-0.07458705, 8);
    expect(q.jac2_3_2).toBeCloseTo(-0.09738357, 8);
    for (const k of [1, 2, 3]) expect(q[`jac2_1_${k}`] + q[`jac2_2_${k}`] + q[`jac2_3_${k}`]).toBeCloseTo(0, 15);
    expect(q.delta2_1).toBeCloseTo(0.33801401, 8);
    expect(q.delta2_2).toBeCloseTo(-0.7793374, 7);
    expect(q.delta2_3).toBeCloseTo(0.44132339, 8);
    // NumPy: ∂E/∂W2 = δ2 a1ᵀ and δ1 = (W2ᵀ δ2) ⊙ (1 − a1²).
    expect(q.grad_W2_2_3).toBeCloseTo(0.41854281, 8);
    expect(q.delta1_1).toBeCloseTo(0.38918359, 8);
    expect(q.grad_W1_2_1).toBeCloseTo(-0.48257077, 8);
  });

  test('each Jacobian entry and per-class prediction has a formula whose factors give its value', () => {
    const all = derivationsOf(threeClasses, threeClasses.defaults);
    for (const name of ['jac2_1_1', 'jac2_2_3', 'pred_3_2', 'E_3']) {
      const d = all.get(name)!;
      expect(d, name).toBeDefined();
      expect(d.combine(d.factors.map((f) => q[f])), name).toBeCloseTo(q[name], 12);
    }
  });

  test('huge logits: probabilities 1 and 0, E finite from log-sum-exp, δ2 = (1, −1, 0)', () => {
    const [hidden, output] = threeClasses.defaults.network.layers;
    const setup = { ...threeClasses.defaults, network: { layers: [hidden, { ...output, biases: [1000, 0, 0] }] } };
    const huge = quantitiesOf(threeClasses, setup);
    expect([huge.a2_1, huge.a2_2, huge.a2_3]).toEqual([1, 0, 0]);
    // E = ln Σ e^z − z2[2] = z2[1] − z2[2] + ln(1 + e^(z2[2]−z2[1]) + e^(z2[3]−z2[1])), here z2[1] − z2[2] ≈ 1000.4.
    expect(huge.E).toBeCloseTo(huge.z2_1 - huge.z2_2, 9);
    expect(Number.isFinite(huge.E_total)).toBe(true);
    expect([huge.delta2_1, huge.delta2_2, huge.delta2_3]).toEqual([1, -1, 0]);
    expect(Object.entries(huge).filter(([, v]) => !Number.isFinite(v))).toEqual([]);
  });
});
