// A definition of a 2-3-3-1 network (tanh, tanh, sigmoid, with biases) in matrix notation: every named quantity
// against the forward and backward pass written out here, unit by unit, without the engine.
import { describe, expect, test } from 'vitest';
import { builderExerciseDraw, builderSections } from '../examples/builder-chapter.ts';
import type { ExampleDefinition } from '../examples/types.ts';
import { quantitiesOf } from './quantities.ts';

const W1 = [
  [0.5, -0.3],
  [0.2, 0.8],
  [-0.6, 0.1],
];
const b1 = [0.1, -0.2, 0.05];
const W2 = [
  [0.3, -0.5, 0.7],
  [0.9, 0.2, -0.4],
  [-0.1, 0.6, 0.25],
];
const b2 = [0, 0.15, -0.3];
const W3 = [[1.2, -0.7, 0.4]];
const b3 = [0.2];
const x = [0.6, -1.1];
const t = [1];
const lr = 0.3;

const definition: ExampleDefinition = {
  id: 'test-2331',
  title: 'a 2-3-3-1 test network',
  notation: { kind: 'matrix' },
  defaults: {
    network: {
      layers: [
        { weights: W1, biases: b1, activation: 'tanh' },
        { weights: W2, biases: b2, activation: 'tanh' },
        { weights: W3, biases: b3, activation: 'sigmoid' },
      ],
    },
    examples: [{ input: x, target: t }],
    example: 0,
    learningRate: lr,
    loss: 'half-squared-error',
    mode: 'online',
    trainBiases: true,
  },
  presets: [],
  controls: {},
  maxSteps: 100,
  // Not read by quantitiesOf: the builder's chapter, as any matrix network's.
  sections: builderSections,
  exerciseDraw: builderExerciseDraw,
};

// The same pass by hand: z = W a + b, a = f(z); δ3 = (a3 − t) σ′(z3); δ2 = (W3ᵀ δ3) ⊙ tanh′(z2); δ1 = (W2ᵀ δ2) ⊙ tanh′(z1).
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const z1 = W1.map((row, j) => row[0] * x[0] + row[1] * x[1] + b1[j]);
const a1 = z1.map(Math.tanh);
const z2 = W2.map((row, j) => row[0] * a1[0] + row[1] * a1[1] + row[2] * a1[2] + b2[j]);
const a2 = z2.map(Math.tanh);
const z3 = [W3[0][0] * a2[0] + W3[0][1] * a2[1] + W3[0][2] * a2[2] + b3[0]];
const a3 = z3.map(sigmoid);
const E = 0.5 * (a3[0] - t[0]) ** 2;
const delta3 = [(a3[0] - t[0]) * a3[0] * (1 - a3[0])];
const delta2 = a2.map((a, k) => W3[0][k] * delta3[0] * (1 - a * a));
const delta1 = a1.map((a, k) => (W2[0][k] * delta2[0] + W2[1][k] * delta2[1] + W2[2][k] * delta2[2]) * (1 - a * a));

describe('a 2-3-3-1 tanh/tanh/sigmoid network with biases, named in matrix notation', () => {
  const q = quantitiesOf(definition, definition.defaults);

  test('inputs x1, x2 and target t1 carry their values', () => {
    expect([q.x1, q.x2, q.t1, q.lr]).toEqual([0.6, -1.1, 1, 0.3]);
  });

  test('every weighted sum z and output a matches the pass written out', () => {
    z1.forEach((z, j) => expect(q[`z1_${j + 1}`]).toBeCloseTo(z, 12));
    a1.forEach((a, j) => expect(q[`a1_${j + 1}`]).toBeCloseTo(a, 12));
    z2.forEach((z, j) => expect(q[`z2_${j + 1}`]).toBeCloseTo(z, 12));
    a2.forEach((a, j) => expect(q[`a2_${j + 1}`]).toBeCloseTo(a, 12));
    expect(q.z3_1).toBeCloseTo(z3[0], 12);
    expect(q.a3_1).toBeCloseTo(a3[0], 12);
    expect(q.E).toBeCloseTo(E, 12);
  });

  test('every delta, δ2_k = W3[1,k]·δ3_1·(1 − a2_k²) and so on, matches', () => {
    expect(q.delta3_1).toBeCloseTo(delta3[0], 12);
    delta2.forEach((d, j) => expect(q[`delta2_${j + 1}`]).toBeCloseTo(d, 12));
    delta1.forEach((d, j) => expect(q[`delta1_${j + 1}`]).toBeCloseTo(d, 12));
  });

  test("each hidden unit's error ∂E/∂a is the sum over the units it feeds, Σ_k W[k,j]·δ_k", () => {
    expect(q.dE_da2_1).toBeCloseTo(W3[0][0] * delta3[0], 12);
    expect(q.dE_da1_3).toBeCloseTo(W2[0][2] * delta2[0] + W2[1][2] * delta2[1] + W2[2][2] * delta2[2], 12);
    expect(q.dE_da3_1).toBeUndefined();
  });

  test('∂E/∂W[j,i] = δ_j·a_i and ∂E/∂b[j] = δ_j, and each new value is θ − η·∂E/∂θ', () => {
    expect(q.grad_W1_3_2).toBeCloseTo(delta1[2] * x[1], 12);
    expect(q.grad_W2_2_3).toBeCloseTo(delta2[1] * a1[2], 12);
    expect(q.grad_W3_1_1).toBeCloseTo(delta3[0] * a2[0], 12);
    expect(q.grad_b2_3).toBeCloseTo(delta2[2], 12);
    expect(q.change_W2_2_3).toBeCloseTo(lr * delta2[1] * a1[2], 12);
    expect(q.next_W2_2_3).toBeCloseTo(W2[1][2] - lr * delta2[1] * a1[2], 12);
    expect(q.next_b1_1).toBeCloseTo(b1[0] - lr * delta1[0], 12);
    expect(q.W1_2_1).toBe(0.2);
    expect(q.b3_1).toBe(0.2);
  });

  test('the second forward pass uses the updated weights, all moved at once', () => {
    const next = (M: number[][], D: number[], A: number[]) =>
      M.map((row, j) => row.map((w, i) => w - lr * D[j] * A[i]));
    const W1n = next(W1, delta1, x);
    const b1n = b1.map((b, j) => b - lr * delta1[j]);
    const a1n = W1n.map((row, j) => Math.tanh(row[0] * x[0] + row[1] * x[1] + b1n[j]));
    expect(q.next_a1_1).toBeCloseTo(a1n[0], 12);
    expect(q.next_a3_1).toBeLessThan(1);
    expect(q.next_E).toBeLessThan(E);
  });
});
