import { describe, expect, test } from 'vitest';
import { extentOf, gridOutputs } from './plane-grid.ts';

describe('the input plane as a grid', () => {
  test('the square holds every point with a margin, its ends rounded out to halves', () => {
    expect(
      extentOf([
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual({ low: -0.5, high: 1.5 });
    expect(
      extentOf([
        [-1.1, 0.2],
        [0.9, 1.05],
      ]),
    ).toEqual({ low: -1.5, high: 1.5 });
  });

  test("each cell holds every unit's output at its centre, layer by layer; a softmax layer sums to 1", () => {
    const network = {
      layers: [
        {
          weights: [
            [1, 2],
            [-1, 0.5],
          ],
          biases: [0.5, 0],
          activation: 'identity' as const,
        },
        {
          weights: [
            [1, 0],
            [0, 1],
            [1, 1],
          ],
          biases: [0, 0, 0],
          activation: 'softmax' as const,
        },
      ],
    };
    const values = gridOutputs(network, { low: 0, high: 1 }, 4);
    // Cell 1 (row 0, column 1): x = (0.375, 0.875); z1 = (0.375 + 1.75 + 0.5, −0.375 + 0.4375).
    const cells = 16;
    const [h1, h2] = [0.375 + 1.75 + 0.5, -0.375 + 0.4375];
    expect(values[0 * cells + 1]).toBeCloseTo(h1, 12);
    expect(values[1 * cells + 1]).toBeCloseTo(h2, 12);
    const e = [Math.exp(h1), Math.exp(h2), Math.exp(h1 + h2)];
    const sum = e[0] + e[1] + e[2];
    for (let k = 0; k < 3; k++) expect(values[(2 + k) * cells + 1]).toBeCloseTo(e[k] / sum, 12);
  });
});
