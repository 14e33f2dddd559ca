import { describe, expect, it } from 'vitest';
import { decadeTicks } from './parts/ErrorPlot.tsx';
import { fieldText } from './parts/NumberField.tsx';
import { placeLabels } from './SigmoidCurve.tsx';

describe('the error plot labels a readable set of powers of ten', () => {
  it('labels every decade of a short range', () => {
    expect(decadeTicks(-3, 0)).toEqual([-3, -2, -1, 0]);
  });

  it('labels at most six of a diverged run’s 320 decades, a round step apart', () => {
    // From 10⁻¹² up to 10³⁰⁸, as a run that overflows draws: 320 decades.
    const ticks = decadeTicks(-12, 308);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks).toEqual([0, 100, 200, 300]);
  });
});

describe('a field shows a long value in four significant digits', () => {
  it('keeps short values as they are and rounds long ones', () => {
    expect(fieldText(0.5)).toBe('0.5');
    expect(fieldText(-3.99)).toBe('-3.99');
    expect(fieldText(0.27840505492482903)).toBe('0.2784');
    expect(fieldText(-0.022423365153372288)).toBe('-0.02242');
  });
});

describe('the sigmoid figure places a label where it fits', () => {
  it('puts a label at the right edge to the left of its marker, inside the drawing', () => {
    // A marker at x = 410 of a 420-wide drawing: "h1" (two characters, 15 units) cannot go to its right.
    const [label] = placeLabels([{ names: ['h1'], x: 410, y: 100 }], [], 420, 230);
    expect(label.anchor).toBe('end');
    expect(label.x).toBeLessThanOrEqual(410);
  });

  it('moves a label below its marker at the top edge', () => {
    const [label] = placeLabels([{ names: ['h1'], x: 100, y: 14 }], [], 420, 230);
    expect(label.y).toBeGreaterThan(14);
  });
});
