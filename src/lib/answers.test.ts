import { describe, expect, it } from 'vitest';
import { parseAnswer, toleranceOf, toleranceText, verdictOf } from './answers.ts';

describe('checking an answer', () => {
  it('accepts three significant figures either side of the value, and no more', () => {
    // 0.4127: half a unit of the third figure is 0.0005, so 0.4122 … 0.4132 count.
    expect(verdictOf('0.4127', 0.41271)).toBe('correct');
    expect(verdictOf('0.413', 0.41271)).toBe('correct');
    expect(verdictOf('0.4132', 0.41271)).toBe('correct');
    expect(verdictOf('0.4133', 0.41271)).toBe('not-quite');
    expect(verdictOf('−0.5', -0.50005)).toBe('correct');
  });
  it('holds a small value to the same relative standard as a large one (no cliff at 10⁻⁴)', () => {
    // The issue: 0.0004 was accepted for 0.00035, 14 % off.
    expect(verdictOf('0.0004', 0.00035)).toBe('not-quite');
    expect(verdictOf('0.00035', 0.00035)).toBe('correct');
    expect(verdictOf('0.0003502', 0.00035)).toBe('correct');
    // Seed 10's 3.588 × 10⁻¹⁰: ±5 × 10⁻¹³, not ±10⁻¹⁴.
    expect(toleranceOf(3.588e-10)).toBeCloseTo(5e-13, 25);
    expect(verdictOf('3.59e-10', 3.588e-10)).toBe('correct');
    expect(verdictOf('3.6e-10', 3.588e-10)).toBe('not-quite');
    expect(toleranceOf(1234.5)).toBe(5);
  });
  it('reads every notation the page prints', () => {
    expect(parseAnswer('−2.5642 × 10⁻⁵')).toBeCloseTo(-2.5642e-5, 15);
    expect(parseAnswer('-2.5642 x 10^-5')).toBeCloseTo(-2.5642e-5, 15);
    expect(parseAnswer('1.5 × 10⁶')).toBe(1.5e6);
    expect(parseAnswer('-2.5642e-5')).toBeCloseTo(-2.5642e-5, 15);
    expect(parseAnswer(' .25 ')).toBe(0.25);
    expect(verdictOf('−2.5642 × 10⁻⁵', -2.56423e-5)).toBe('correct');
  });
  it('refuses a decimal comma with its own verdict, and says when the field is empty or not a number', () => {
    expect(parseAnswer('0,0083')).toBe('comma');
    expect(verdictOf('0,0083', 0.0083)).toBe('comma');
    expect(verdictOf('  ', 1)).toBe('empty');
    expect(verdictOf('about 3', 3)).toBe('not-a-number');
    expect(verdictOf('1e999', 3)).toBe('not-a-number');
  });
  it('states the tolerance next to the field', () => {
    expect(toleranceText(0.4127)).toBe('to 3 significant figures (±0.0005)');
    expect(toleranceText(3e-7)).toBe('to 3 significant figures (±5 × 10⁻¹⁰)');
  });
});
