import { describe, expect, it } from 'vitest';
import { toleranceOf, toleranceText, verdictOf } from './answers.ts';

describe('checking an answer', () => {
  it('accepts one unit of the fourth decimal either side, and no more', () => {
    expect(verdictOf('0.0083', 0.008289)).toBe('correct');
    expect(verdictOf('0.0082', 0.008289)).toBe('correct'); // 0.000089 away
    expect(verdictOf('0.0072', 0.008289)).toBe('not-quite');
    expect(verdictOf('−0.5', -0.50005)).toBe('correct');
    expect(verdictOf('0,0083', 0.008289)).toBe('correct');
  });
  it('says when the field is empty or not a number', () => {
    expect(verdictOf('  ', 1)).toBe('empty');
    expect(verdictOf('about 3', 3)).toBe('not-a-number');
  });
  it('scales the tolerance for values written as a power of ten', () => {
    // 3.2146 × 10⁻⁷ is shown with four decimals of its mantissa: one unit is 10⁻¹¹.
    expect(toleranceOf(3.2146e-7)).toBeCloseTo(1e-11, 20);
    expect(verdictOf('3.2146e-7', 3.21465e-7)).toBe('correct');
    expect(verdictOf('3.2e-7', 3.21465e-7)).toBe('not-quite');
    expect(toleranceOf(0)).toBe(1e-4);
  });
  it('states the tolerance in the site’s number format', () => {
    expect(toleranceText(0.5)).toBe('±0.0001');
    expect(toleranceText(0.5, 2)).toBe('±0.01');
    expect(toleranceText(3e-7)).toBe('±1 × 10⁻¹¹');
  });
});
