// A long jump trained in slices gives the numbers of the same steps done at once.
import { describe, expect, test } from 'vitest';
import { xorExample } from '../examples/xor.ts';
import * as longRuns from '../lib/long-runs.ts';
import * as stepping from '../lib/runs.ts';
import { viewOf } from '../lib/runs.ts';
import { trainInSlices } from './long-jump.ts';
import { createStore, viewFor } from '../page/store.ts';

describe('a long jump in slices', () => {
  test('30,000 shuffled online steps in slices, with a second run beside them, equal 30,000 done at once', async () => {
    const store = createStore(xorExample, { fastTrain: longRuns, stepping });
    const setup = { ...xorExample.defaults, shuffleSeed: 2 };
    const batch = { ...setup, mode: 'batch' as const };
    const fractions: number[] = [];
    const reached = await trainInSlices(
      store,
      [
        { setup, steps: 30_000 },
        { setup: batch, steps: 7_500 },
      ],
      (f) => fractions.push(f),
      () => false,
    );
    expect(reached).toBe(30_000);
    expect(fractions.length).toBeGreaterThan(1); // it did yield between slices
    expect(fractions.at(-1)).toBe(1);
    expect(viewFor(store, { setup, steps: 30_000 }).quantities).toEqual(
      viewOf(xorExample, { setup, steps: 30_000 }, undefined, longRuns).quantities,
    );
    expect(viewFor(store, { setup: batch, steps: 7_500 }).quantities).toEqual(
      viewOf(xorExample, { setup: batch, steps: 7_500 }, undefined, longRuns).quantities,
    );
  });

  test('stopped after the first slice, it reports the steps reached, short of the goal', async () => {
    const store = createStore(xorExample, { fastTrain: longRuns, stepping });
    let slices = 0;
    const reached = await trainInSlices(
      store,
      [{ setup: xorExample.defaults, steps: 1_000_000 }],
      () => slices++,
      () => slices > 0,
    );
    expect(reached).toBeGreaterThan(0);
    expect(reached).toBeLessThan(1_000_000);
  });

  test('a widget rendering step 0 between slices does not lose the steps reached', async () => {
    const store = createStore(xorExample, { fastTrain: longRuns, stepping });
    const setup = xorExample.defaults;
    let slices = 0;
    const reached = await trainInSlices(
      store,
      [{ setup, steps: 1_000_000 }],
      () => {
        slices++;
        viewFor(store, { setup, steps: 0 }); // what the page's widgets do while it trains: the setup's run at step 0
      },
      () => slices > 0,
    );
    // The first slice is 2,000 steps of the 1,000,000 (long-jump.ts starts with 2,000 steps for the longest run).
    expect(reached).toBe(2_000);
  });
});
