// Training runs: the shuffled online order, and the fast path against the step-by-step path.
import { describe, expect, test } from 'vitest';
import { onlineOrder } from '../engine/index.ts';
import * as longRuns from './long-runs.ts';
import { xorExample } from '../examples/xor.ts';
import { runTo, viewOf } from './runs.ts';

const shuffledSetup = { ...xorExample.defaults, shuffleSeed: 5 };
const order = (setup: typeof shuffledSetup, from: number, count: number) => [
  ...onlineOrder(setup.examples.length, setup.shuffleSeed, from, count),
];

describe('a shuffled online order', () => {
  test('each epoch visits all four examples once, in an order fixed by the seed', () => {
    const all = order(shuffledSetup, 0, 40);
    for (let epoch = 0; epoch < 10; epoch++)
      expect([...all.slice(4 * epoch, 4 * epoch + 4)].sort()).toEqual([0, 1, 2, 3]);
    expect(order(shuffledSetup, 0, 40)).toEqual(all);
    expect(order(shuffledSetup, 12, 8)).toEqual(all.slice(12, 20));
    expect(all.join('')).not.toBe('0123'.repeat(10));
    expect(order(xorExample.defaults as typeof shuffledSetup, 2, 6)).toEqual([2, 3, 0, 1, 2, 3]);
  });

  test('the fast path and the step-by-step path give the same network after 103 shuffled steps, carried on or not', () => {
    // Without the engine's fast path, runs go step by step (forward, backward, applyGradients) in the same order.
    const slow = runTo(xorExample, shuffledSetup, 103);
    const fast = runTo(
      xorExample,
      shuffledSetup,
      103,
      runTo(xorExample, shuffledSetup, 41, undefined, longRuns),
      longRuns,
    );
    fast.network.layers.forEach((layer, l) => {
      layer.weights.flat().forEach((w, k) => expect(w).toBeCloseTo(slow.network.layers[l].weights.flat()[k], 12));
    });
    expect([...fast.losses.slice(0, 103)].map((x) => x.toFixed(12))).toEqual(
      [...slow.losses.slice(0, 103)].map((x) => x.toFixed(12)),
    );
    // The order matters: the same steps in the training set's order end elsewhere.
    expect(runTo(xorExample, xorExample.defaults, 103).network.layers[0].weights[0][0]).not.toBeCloseTo(
      slow.network.layers[0].weights[0][0],
      6,
    );
  });

  test('a shuffled run of zero steps, with or without the fast path, is the start', () => {
    for (const fast of [undefined, longRuns]) {
      const run = runTo(xorExample, shuffledSetup, 0, undefined, fast);
      expect(run.steps).toBe(0);
      expect(run.network).toEqual(shuffledSetup.network);
    }
  });

  test('in batch mode a shuffle seed changes nothing: the batch gradient sums every example, in any order', () => {
    const batch = { ...xorExample.defaults, mode: 'batch' as const };
    for (const fast of [undefined, longRuns]) {
      const plain = viewOf(xorExample, { setup: batch, steps: 9 }, undefined, fast);
      const shuffled = viewOf(xorExample, { setup: { ...batch, shuffleSeed: 3 }, steps: 9 }, undefined, fast);
      expect(shuffled.quantities).toEqual(plain.quantities);
    }
  });
});
