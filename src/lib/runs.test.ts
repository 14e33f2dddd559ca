// Training runs: the shuffled online order, and the fast path against the step-by-step path.
import { describe, expect, test } from 'vitest';
import * as longRuns from './long-runs.ts';
import { xorExample } from '../examples/xor.ts';
import { runTo } from './runs.ts';

const { exampleOrder } = longRuns;

const shuffledSetup = { ...xorExample.defaults, shuffleSeed: 5 };

describe('a shuffled online order', () => {
  test('each epoch visits all four examples once, in an order fixed by the seed', () => {
    const order = exampleOrder(shuffledSetup, 0, 40);
    for (let epoch = 0; epoch < 10; epoch++) expect([...order.slice(4 * epoch, 4 * epoch + 4)].sort()).toEqual([0, 1, 2, 3]);
    expect(exampleOrder(shuffledSetup, 0, 40)).toEqual(order);
    expect(exampleOrder(shuffledSetup, 12, 8)).toEqual(order.slice(12, 20));
    expect(order.join('')).not.toBe('0123'.repeat(10));
    expect(exampleOrder(xorExample.defaults, 2, 6)).toEqual([2, 3, 0, 1, 2, 3]);
  });

  test('the fast path and the step-by-step path give the same network after 103 shuffled steps, carried on or not', () => {
    // Without the engine's fast path, runs go step by step (forward, backward, applyGradients) in the same order.
    const slow = runTo(xorExample, shuffledSetup, 103, undefined, { exampleOrder });
    const fast = runTo(xorExample, shuffledSetup, 103, runTo(xorExample, shuffledSetup, 41, undefined, longRuns), longRuns);
    fast.network.layers.forEach((layer, l) => {
      layer.weights.flat().forEach((w, k) => expect(w).toBeCloseTo(slow.network.layers[l].weights.flat()[k], 12));
    });
    expect([...fast.losses.slice(0, 103)].map((x) => x.toFixed(12))).toEqual([...slow.losses.slice(0, 103)].map((x) => x.toFixed(12)));
  });
});
