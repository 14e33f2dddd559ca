import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  unitActivationNames,
  backward,
  batchGradients,
  batchLoss,
  forward,
  losses,
  numericGradients,
  type Example,
  type Gradients,
  type Layer,
  type LossName,
  type Network,
} from './index.ts';
import { EXAMPLE_2_3, twoTwoOne } from './test-fixtures.ts';

const activationArb = fc.constantFrom(...unitActivationNames);
const lossArb = fc.constantFrom<LossName>('half-squared-error', 'mean-squared-error');
const value = fc.double({ min: -2, max: 2, noNaN: true });

// A random network of 1–3 layers of 1–4 neurons, with an input and a target that fit it.
const caseArb = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
    bias: fc.boolean(),
    loss: lossArb,
  })
  .chain(({ sizes, bias, loss }) =>
    fc.record({
      layers: fc.tuple(
        ...sizes.slice(1).map((n, l) =>
          fc.record({
            weights: fc.array(fc.array(value, { minLength: sizes[l], maxLength: sizes[l] }), {
              minLength: n,
              maxLength: n,
            }),
            biases: bias ? fc.array(value, { minLength: n, maxLength: n }) : fc.constant(null),
            activation: activationArb,
          }),
        ),
      ),
      input: fc.array(value, { minLength: sizes[0], maxLength: sizes[0] }),
      target: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
        minLength: sizes.at(-1),
        maxLength: sizes.at(-1),
      }),
      loss: fc.constant(loss),
    }),
  );

function flat(gradients: Gradients): number[] {
  return gradients.layers.flatMap((layer) => [...layer.deltas, ...layer.weights.flat(), ...(layer.biases ?? [])]);
}

// |a − n| ≤ 1e-6 · max(|a|, |n|) + floor: the floor covers gradients near zero, where the central difference's
// rounding error, about 1e-16 · E / ε = 1e-10 · E, dominates; so it grows with the loss E.
function expectClose(analytic: number[], numeric: number[], loss: number): void {
  expect(analytic.length).toBe(numeric.length);
  const floor = 1e-8 * Math.max(1, loss);
  analytic.forEach((a, k) =>
    expect(Math.abs(a - numeric[k])).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(a), Math.abs(numeric[k])) + floor),
  );
}

const nearReluKink = (network: Network, input: number[]) =>
  forward(network, input).layers.some(
    (trace, l) => network.layers[l].activation === 'relu' && trace.weightedSums.some((z) => Math.abs(z) < 1e-3),
  );

describe('backward agrees with finite differences', () => {
  test('on random shapes, all four activations, with and without biases, and both losses', () => {
    fc.assert(
      fc.property(caseArb, ({ layers, input, target, loss }) => {
        const network: Network = { layers: layers as Layer[] };
        fc.pre(!nearReluKink(network, input));
        const trace = forward(network, input);
        const analytic = backward(network, trace, target, loss);
        expectClose(
          flat(analytic),
          flat(numericGradients(network, { input, target }, loss)),
          losses[loss].value(trace.output, target),
        );
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });

  test('the batch gradient is the finite-difference slope of the batch loss, for both losses', () => {
    const network: Network = {
      layers: [
        {
          weights: [
            [0.5, -0.3],
            [0.8, 0.2],
            [-0.6, 0.4],
          ],
          biases: [0.1, -0.2, 0.05],
          activation: 'tanh',
        },
        {
          weights: [
            [0.7, -0.5, 0.3],
            [0.2, 0.9, -0.4],
          ],
          biases: [0, 0.3],
          activation: 'sigmoid',
        },
      ],
    };
    const examples: Example[] = [
      { input: [1, 0], target: [1, 0] },
      { input: [0.5, -1], target: [0, 1] },
      { input: [-1, 2], target: [1, 1] },
    ];
    for (const loss of ['half-squared-error', 'mean-squared-error'] as const) {
      const analytic = batchGradients(network, examples, loss).layers[1].weights[1][2];
      const moved = (shift: number) => {
        const copy: Network = structuredClone(network);
        copy.layers[1].weights[1][2] += shift;
        return batchLoss(copy, examples, loss);
      };
      const numeric = (moved(1e-6) - moved(-1e-6)) / 2e-6; // ∂E/∂w ≈ (E(w+ε) − E(w−ε)) / 2ε
      expect(Math.abs(analytic - numeric)).toBeLessThan(1e-8);
    }
  });
});

describe('finite differences of some layers only', () => {
  test('the layers asked for agree with backward; the others come back empty', () => {
    const network = twoTwoOne('tanh', 0.4);
    const example = EXAMPLE_2_3;
    const analytic = backward(network, forward(network, example.input), example.target, 'half-squared-error');
    const only = numericGradients(network, example, 'half-squared-error', 1e-6, [1]);
    expect(only.layers[0]).toEqual({ deltas: [], weights: [], biases: null });
    const close = (a: number[], n: number[]) => a.forEach((v, k) => expect(Math.abs(v - n[k])).toBeLessThan(1e-9));
    close(analytic.layers[1].deltas, only.layers[1].deltas);
    close(analytic.layers[1].weights.flat(), only.layers[1].weights.flat());
  });
});

describe('ReLU', () => {
  test('a hidden unit with a negative weighted sum outputs 0 and its incoming weight gradients are 0', () => {
    const network = twoTwoOne('relu', -0.5); // z_h2 = 2·(−0.5) + 3·0.09 = −0.73
    const trace = forward(network, EXAMPLE_2_3.input);
    expect(trace.layers[0].weightedSums[1]).toBeCloseTo(-0.73, 12);
    expect(trace.layers[0].outputs[1]).toBe(0);
    const g = backward(network, trace, EXAMPLE_2_3.target, 'half-squared-error');
    const [[w1], [w3, w4]] = g.layers[0].weights;
    const [[, w6]] = g.layers[1].weights;
    expect(Math.abs(w3)).toBe(0); // δ_h2 = (w6 Δ)·0 may be −0
    expect(Math.abs(w4)).toBe(0);
    expect(Math.abs(w6)).toBe(0); // ∂E/∂w6 = Δ·h2 and h2 = 0
    expect(w1).not.toBe(0);
  });
});
