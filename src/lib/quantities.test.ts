import { describe, expect, test } from 'vitest';
import type { ActivationName } from '../engine/index.ts';
import { workedExample } from '../examples/worked-example.ts';
import type { Setup } from '../examples/types.ts';
import { quantitiesOf } from './quantities.ts';
import { runTo, viewOf } from './runs.ts';

const DEFAULTS = workedExample.defaults;
type Patch = Partial<Record<'w1' | 'w2' | 'w3' | 'w4' | 'w5' | 'w6', number>> & {
  activation?: ActivationName;
  lr?: number;
};

/** The Part I setup with some weights, the hidden activation or the learning rate changed. */
function setupWith({ activation, lr, ...weights }: Patch): Setup {
  const [hidden, output] = DEFAULTS.network.layers;
  const w = {
    w1: hidden.weights[0][0],
    w2: hidden.weights[0][1],
    w3: hidden.weights[1][0],
    w4: hidden.weights[1][1],
    w5: output.weights[0][0],
    w6: output.weights[0][1],
    ...weights,
  };
  return {
    ...DEFAULTS,
    learningRate: lr ?? DEFAULTS.learningRate,
    network: {
      layers: [
        {
          weights: [
            [w.w1, w.w2],
            [w.w3, w.w4],
          ],
          biases: null,
          activation: activation ?? hidden.activation,
        },
        { weights: [[w.w5, w.w6]], biases: null, activation: 'identity' },
      ],
    },
  };
}
const at = (patch: Patch) => quantitiesOf(workedExample, setupWith(patch));

describe('the worked example at article 000', () => {
  const q = at({});
  test('the forward pass gives h1 = 1.23, h2 = 0.57 and the prediction 0.2037', () => {
    expect(q.net_h1).toBeCloseTo(2 * 0.12 + 3 * 0.33, 12);
    expect(q.h2).toBeCloseTo(2 * 0.15 + 3 * 0.09, 12);
    expect(q.o1).toBeCloseTo(1.23 * 0.11 + 0.57 * 0.12, 12);
  });
  test('the error is ½(0.2037 − 1)² and Δ is 0.2037 − 1', () => {
    expect(q.Delta).toBeCloseTo(-0.7963, 12);
    expect(q.E).toBeCloseTo(0.5 * 0.7963 ** 2, 12);
  });
  test('the update subtracts η·Δ·i1·w5 = −0.0087593 from w1 and η·Δ·i1·w6 = −0.0095556 from w3', () => {
    expect(q.change_w1).toBeCloseTo(0.05 * -0.7963 * 2 * 0.11, 12);
    expect(q.change_w3).toBeCloseTo(0.05 * -0.7963 * 2 * 0.12, 12);
    expect(q.change_w5).toBeCloseTo(0.05 * -0.7963 * 1.23, 12);
  });
  test('after one step the prediction is 0.294786', () => {
    expect(q.next_o1).toBeCloseTo(0.294786, 6);
    expect(q.next_w5).toBeCloseTo(0.158972, 6);
  });
});

test('article 002 predicts 0.191, then 0.255746 after one step', () => {
  const preset = workedExample.presets.find((p) => p.id === 'article-002');
  const q = quantitiesOf(workedExample, preset?.setup ?? DEFAULTS);
  expect(q.o1).toBeCloseTo(2 * 0.11 * 0.14 + 3 * 0.21 * 0.14 + 2 * 0.12 * 0.15 + 3 * 0.08 * 0.15, 12);
  expect(q.next_o1).toBeCloseTo(0.255746, 6);
});

test('under ReLU a negative weighted sum gives h1 = 0 and passes no gradient to w1 and w2', () => {
  const q = at({ w1: -1, activation: 'relu' });
  expect(q.net_h1).toBeCloseTo(-2 + 0.99, 12);
  expect(q.h1).toBe(0);
  expect(Math.abs(q.fprime_h1)).toBe(0);
  expect(Math.abs(q.grad_w1)).toBe(0);
  expect(Math.abs(q.grad_w2)).toBe(0);
  expect(Math.abs(q.grad_w5)).toBe(0); // ∂E/∂w5 = Δ·h1 and h1 = 0
});

test('with a sigmoid hidden layer h1 = 1/(1 + e^−1.23) and ∂E/∂w1 gains the factor σ′(1.23)', () => {
  const q = at({ activation: 'sigmoid' });
  const h1 = 1 / (1 + Math.exp(-1.23));
  const h2 = 1 / (1 + Math.exp(-0.57));
  const prediction = h1 * 0.11 + h2 * 0.12;
  expect(q.h1).toBeCloseTo(h1, 12);
  expect(q.o1).toBeCloseTo(prediction, 12);
  expect(q.grad_w1).toBeCloseTo((prediction - 1) * 0.11 * h1 * (1 - h1) * 2, 12);
});

test('a view after 50 steps holds 51 errors, falling, the first one 0.317047', () => {
  const view = viewOf(workedExample, { setup: DEFAULTS, steps: 50 });
  expect(view.errors).toHaveLength(51);
  expect(view.errors[0]).toBeCloseTo(0.317047, 6);
  expect(view.errors[50]).toBeLessThan(view.errors[0]);
  expect(view.diverged).toBe(false);
});

test('a huge learning rate makes the view say the run diverged', () => {
  const view = viewOf(workedExample, { setup: setupWith({ lr: 50 }), steps: 200 });
  expect(view.diverged).toBe(true);
});

test('a run carried on from step 20 to step 50 equals a run of 50 steps from the start', () => {
  const setup = DEFAULTS;
  const fresh = runTo(workedExample, setup, 50);
  const carried = runTo(workedExample, setup, 50, runTo(workedExample, setup, 20));
  expect(carried.steps).toBe(50);
  expect(carried.losses.slice(0, 50)).toEqual(fresh.losses.slice(0, 50));
  expect(carried.network).toEqual(fresh.network);
});

test('a run of another setup, or one past the wanted step, is not carried on', () => {
  const setup = DEFAULTS;
  const other = setupWith({ lr: 0.1 });
  const losses = (run: { losses: Float64Array }) => [...run.losses.slice(0, 10)];
  expect(losses(runTo(workedExample, other, 10, runTo(workedExample, setup, 5)))).toEqual(
    losses(runTo(workedExample, other, 10)),
  );
  expect(losses(runTo(workedExample, setup, 10, runTo(workedExample, setup, 30)))).toEqual(
    losses(runTo(workedExample, setup, 10)),
  );
});
