import { describe, expect, test } from 'vitest';
import { xorExample } from '../examples/xor.ts';
import { epochsToLearn, outcomeOf } from './learn-xor.ts';
import { EXPERIMENT, histogram } from './random-starts.ts';

describe('the random-starts experiment', () => {
  test("the article's start does not learn XOR within 10 000 epochs, online or batch", () => {
    expect(epochsToLearn(xorExample.defaults.network, 'online', EXPERIMENT)).toBeNull();
    expect(epochsToLearn(xorExample.defaults.network, 'batch', EXPERIMENT)).toBeNull();
  });

  test("with binary cross-entropy the article's start stalls at rate 1 and escapes at rate 3 (90 epochs online, 230 in batch: NumPy)", () => {
    const crossEntropy = { ...EXPERIMENT, loss: 'binary-cross-entropy' as const };
    expect(epochsToLearn(xorExample.defaults.network, 'online', crossEntropy)).toBeNull();
    expect(epochsToLearn(xorExample.defaults.network, 'online', { ...crossEntropy, learningRate: 3 })).toBe(90);
    expect(epochsToLearn(xorExample.defaults.network, 'batch', { ...crossEntropy, learningRate: 3 })).toBe(230);
  });

  test("seed 2's start learns XOR online, and the same seed gives the same result", () => {
    const outcome = outcomeOf(2);
    expect(outcome.online).not.toBeNull();
    expect(outcomeOf(2)).toEqual(outcome);
  });

  test('the histogram counts epochs into bins and leaves out starts that did not learn', () => {
    expect(histogram([0, 249, 250, 999, null, 10_000], [0, 250, 1000, 10_000])).toEqual([2, 2, 1]);
  });
});
