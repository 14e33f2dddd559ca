// The checkpoints of a kept run: bounded, and every step they give is the step trained directly from the start.
import { describe, expect, test } from 'vitest';
import { initNetwork, train, type Network } from '../engine/index.ts';
import { XOR_EXAMPLES } from '../examples/articles.ts';
import { checkpointBelow, networkAt, startCheckpoints, type Advance } from './checkpoints.ts';

const start = initNetwork([2, 3, 3, 1], ['tanh', 'tanh', 'sigmoid'], { seed: 4, bias: true });
const options = { learningRate: 0.5, loss: 'half-squared-error' as const, mode: 'online' as const, shuffleSeed: 3 };

/** The network after `steps` steps, trained in one go from the start. */
const direct = (steps: number): Network => train(start, XOR_EXAMPLES, { ...options, steps }).network;

/** Counts the steps it trains, so that a test can bound the work of a request. */
function counting() {
  const counter = {
    steps: 0,
    advance: ((network, from, count) => {
      counter.steps += count;
      return train(network, XOR_EXAMPLES, { ...options, steps: count, firstStep: from }).network;
    }) as Advance,
  };
  return counter;
}

describe('checkpoints of a training run', () => {
  test('any step, asked in any order, is exactly the network trained that many steps from the start', () => {
    const checkpoints = startCheckpoints(start, 8);
    const { advance } = counting();
    for (const step of [0, 37, 5, 200, 199, 64, 1, 130, 0, 201])
      expect(networkAt(checkpoints, step, advance)).toEqual(direct(step));
  });

  test('a run of 5000 steps keeps at most the cap of networks, spaced at most 2 · 5000 / cap apart', () => {
    const checkpoints = startCheckpoints(start, 16);
    const { advance } = counting();
    networkAt(checkpoints, 5000, advance);
    expect(checkpoints.networks.length).toBeLessThanOrEqual(16);
    expect(checkpoints.every).toBeLessThanOrEqual((2 * 5000) / 16);
    // 5000 / 16 = 312.5, so the spacing is the first power of two that fits 16 networks: 512, checkpoints 0 … 4608.
    expect(checkpoints.every).toBe(512);
    expect(checkpoints.networks.length).toBe(10);
    expect(checkpoints.networks[3]).toEqual(direct(3 * 512));
  });

  test('after the run is kept, a step anywhere in it costs at most one spacing of training', () => {
    const checkpoints = startCheckpoints(start, 16);
    const counter = counting();
    networkAt(checkpoints, 5000, counter.advance);
    for (const step of [4999, 2500, 17, 4096, 3000]) {
      counter.steps = 0;
      expect(networkAt(checkpoints, step, counter.advance)).toEqual(direct(step));
      expect(counter.steps).toBeLessThan(512);
      expect(checkpointBelow(checkpoints, step).step).toBe(Math.floor(step / 512) * 512);
    }
  });
});
