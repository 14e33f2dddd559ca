import { describe, expect, it } from 'vitest';
import { givesAway, readToken, withoutValues } from './hidden-values.ts';

describe('what gives a hidden value away', () => {
  it('reads a number in every notation the page writes, with the precision it is written to', () => {
    expect(readToken('0.4127')).toEqual({ value: 0.4127, halfUnit: 0.00005, figures: 4, decimals: 4 });
    expect(readToken('−2.5642 × 10⁻⁵')?.value).toBeCloseTo(2.5642e-5, 15);
    expect(readToken('−2.5642 × 10⁻⁵')?.decimals).toBe(9);
    expect(readToken('3.588e-10')?.value).toBeCloseTo(3.588e-10, 20);
  });
  it('counts a number equal at its own precision, whatever its sign, from three figures or four decimals', () => {
    const hidden = [-0.412713];
    expect(givesAway('0.4127', hidden)).toBe(true);
    expect(givesAway('−0.413', hidden)).toBe(true);
    expect(givesAway('0.412713', hidden)).toBe(true);
    expect(givesAway('4.1271 × 10⁻¹', hidden)).toBe(true);
    expect(givesAway('0.41', hidden)).toBe(false); // two figures tell little
    expect(givesAway('0.4128', hidden)).toBe(false);
    expect(givesAway('0.0083', [0.00829])).toBe(true); // four decimals count even with two figures
    expect(givesAway(String(-0.41271312345678), [-0.41271312345678])).toBe(true);
  });
  it('blanks those numbers in a text and leaves names, other numbers and CSS lengths alone', () => {
    const hidden = [0.5933, 0.132407];
    expect(withoutValues('h1 = 0.5933; w1 = 0.15', hidden, '?')).toBe('h1 = ?; w1 = 0.15');
    expect(withoutValues('error from 0.132407 to 0.0012', hidden, '?')).toBe('error from ? to 0.0012');
    expect(withoutValues('Predictions (0, 0) 0.5933, (0, 1) 0.4', hidden, '?')).toBe(
      'Predictions (0, 0) ?, (0, 1) 0.4',
    );
    expect(withoutValues('height:0.5933em; w0.5933', hidden, '?')).toBe('height:0.5933em; w0.5933');
    expect(withoutValues('net_o1 = 0.5933.', hidden, '?')).toBe('net_o1 = ?.');
  });
});
