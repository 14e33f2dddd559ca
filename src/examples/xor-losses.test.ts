import { describe, expect, test } from 'vitest';
import { derivationsOf } from '../lib/derivations/index.ts';
import { quantitiesOf } from '../lib/quantities.ts';
import { xorLossesExample } from './xor-losses.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe("Part IV's XOR: the output delta under both losses, whatever the page's loss", () => {
  // Seed 5's start on the row (1, 1), target 0, the chapter's confidently wrong output.
  const preset = xorLossesExample.presets.find((p) => p.id === 'confidently-wrong')!;
  const [[w11, w12], [w21, w22]] = preset.setup.network.layers[0].weights;
  const [c1, c2] = preset.setup.network.layers[0].biases!;
  const [[v1, v2]] = preset.setup.network.layers[1].weights;
  const [c] = preset.setup.network.layers[1].biases!;
  const z = v1 * sigmoid(w11 + w12 + c1) + v2 * sigmoid(w21 + w22 + c2) + c;
  const a = sigmoid(z);
  const slope = a * (1 - a);

  test.each(['half-squared-error', 'binary-cross-entropy'] as const)(
    'with the page on %s, the compared numbers are those of arithmetic',
    (loss) => {
      const q = quantitiesOf(xorLossesExample, { ...preset.setup, loss });
      expect(a).toBeGreaterThan(0.99);
      expect(q.fprime2_1).toBeCloseTo(slope, 15);
      expect(q.delta2_1_se).toBeCloseTo(a * slope, 15); // (a − t)·σ′(z), t = 0
      expect(q.delta2_1_bce).toBeCloseTo(a, 15); // a − t
      expect(q.dE_da2_1_bce / (a / slope)).toBeCloseTo(1, 12); // (a − t) / (a(1 − a))
      expect(q.E_se).toBeCloseTo(0.5 * a * a, 15);
      expect(q.E_bce).toBeCloseTo(-Math.log(1 - a), 12);
      expect(q.delta2_1).toBeCloseTo(loss === 'half-squared-error' ? a * slope : a, 15);
    },
  );

  test('the popover writes the cross-entropy delta as a − t and the squared-error delta through σ′', () => {
    const all = derivationsOf(xorLossesExample, xorLossesExample.defaults);
    expect(all.get('delta2_1_bce')?.factors).toEqual(['a2_1', 't1']);
    expect(all.get('delta2_1_se')?.factors).toEqual(['Delta', 'fprime2_1']);
    expect(all.get('delta2_1_bce')?.section).toBe('/part-4/why-squared-error-learns-slowly/#where-the-slope-cancels');
  });
});
