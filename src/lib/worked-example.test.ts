import { describe, expect, test } from 'vitest';
import { DEFAULT_STATE, PRESETS, quantitiesAt, runTo, viewOf } from './worked-example.ts';

const at = (patch: Partial<typeof DEFAULT_STATE.setup>) => {
  const setup = { ...DEFAULT_STATE.setup, ...patch };
  return quantitiesAt(setup, setup);
};

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
  const setup = PRESETS['article 002'];
  const q = quantitiesAt(setup, setup);
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
  const view = viewOf({ setup: DEFAULT_STATE.setup, steps: 50 });
  expect(view.errors).toHaveLength(51);
  expect(view.errors[0]).toBeCloseTo(0.317047, 6);
  expect(view.errors[50]).toBeLessThan(view.errors[0]);
  expect(view.diverged).toBe(false);
});

test('a huge learning rate makes the view say the run diverged', () => {
  const view = viewOf({ setup: { ...DEFAULT_STATE.setup, lr: 50 }, steps: 200 });
  expect(view.diverged).toBe(true);
});

test('a run carried on from step 20 to step 50 equals a run of 50 steps from the start', () => {
  const setup = DEFAULT_STATE.setup;
  const fresh = runTo(setup, 50);
  const carried = runTo(setup, 50, runTo(setup, 20));
  expect(carried.steps).toBe(50);
  expect(carried.errors).toEqual(fresh.errors);
  expect(carried.network).toEqual(fresh.network);
});

test('a run of another setup, or one past the wanted step, is not carried on', () => {
  const setup = DEFAULT_STATE.setup;
  const other = { ...setup, lr: 0.1 };
  expect(runTo(other, 10, runTo(setup, 5)).errors).toEqual(runTo(other, 10).errors);
  expect(runTo(setup, 10, runTo(setup, 30)).errors).toEqual(runTo(setup, 10).errors);
});
