import { describe, expect, test } from 'vitest';
import { costCounts, layerSizes } from './cost-counts.ts';

describe('cost counts', () => {
  test('the 2-2-2 network takes 8 multiply-adds forward, 20 for backprop and 192 by finite differences', () => {
    // forward 2·2 + 2·2 = 8; backward 4 (Wᵀδ for the output layer) + 8 (δ·aᵀ); P = 8 weights + 4 biases = 12
    expect(costCounts([2, 2, 2])).toEqual({ parameters: 12, forward: 8, backprop: 20, finiteDifferences: 2 * 12 * 8 });
  });

  test('two hidden layers of 100 units between 2 inputs and 2 outputs', () => {
    const sizes = layerSizes(2, 2, 100, 2);
    expect(sizes).toEqual([2, 100, 100, 2]);
    const forward = 200 + 10_000 + 200;
    const counts = costCounts(sizes);
    expect(counts.forward).toBe(forward);
    expect(counts.backprop).toBe(forward + (forward - 200) + forward);
    expect(counts.parameters).toBe(forward + 202);
    expect(counts.finiteDifferences).toBe(2 * (forward + 202) * forward);
  });

  test('backprop stays within three forward passes while finite differences grow with the parameters', () => {
    for (const width of [2, 10, 100, 1000]) {
      const counts = costCounts(layerSizes(2, 3, width, 2));
      expect(counts.backprop / counts.forward).toBeLessThanOrEqual(3);
      expect(counts.finiteDifferences / counts.forward).toBe(2 * counts.parameters);
    }
  });
});
