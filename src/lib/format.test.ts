import { describe, expect, test } from 'vitest';
import { FACTOR_FIGURES, formatNumber, parseNumber, parseWholeNumber } from './format.ts';

describe('formatNumber', () => {
  test('rounds to four decimals and drops trailing zeros', () => {
    expect(formatNumber(0.20370000000000002)).toBe('0.2037');
    expect(formatNumber(1.23)).toBe('1.23');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(0.31704684)).toBe('0.317');
  });
  test('writes negatives with a true minus sign', () => {
    expect(formatNumber(-0.7963)).toBe('−0.7963');
  });
  test('shows exact zero, and negative zero, as plain 0', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(0, 8)).toBe('0');
  });
  test('writes a non-zero value below the last shown decimal as a power of ten, never as 0', () => {
    // E after 20 training steps: 1.3 · 10⁻⁷ is below 10⁻⁴.
    expect(formatNumber(1.3e-7)).toBe('1.3 × 10⁻⁷');
    // 0.000012345678 = 1.2345678 · 10⁻⁵; the mantissa keeps four decimals: 1.2346.
    expect(formatNumber(0.000012345678)).toBe('1.2346 × 10⁻⁵');
    expect(formatNumber(-0.00001)).toBe('−1 × 10⁻⁵');
    // 0.00009999999 rounds up to 1.0000 · 10⁻⁴, trailing zeros dropped.
    expect(formatNumber(0.00009999999)).toBe('1 × 10⁻⁴');
    // With 6 decimals the threshold is 10⁻⁶: 4 · 10⁻⁷ is below it, 4 · 10⁻⁶ is not.
    expect(formatNumber(4e-7, 6)).toBe('4 × 10⁻⁷');
    expect(formatNumber(0.000004, 6)).toBe('0.000004');
    // The mantissa keeps as many decimals as the number would (four at most), as in the large form:
    // with 0 decimals, 0.3 = 3 · 10⁻¹ and 0.34 = 3.4 · 10⁻¹ → 3 · 10⁻¹.
    expect(formatNumber(0.3, 0)).toBe('3 × 10⁻¹');
    expect(formatNumber(0.34, 0)).toBe('3 × 10⁻¹');
    // With 2 decimals: 0.001234 = 1.234 · 10⁻³ → 1.23 · 10⁻³.
    expect(formatNumber(0.001234, 2)).toBe('1.23 × 10⁻³');
    // The smallest positive double, 4.9406564584124654 · 10⁻³²⁴.
    expect(formatNumber(Number.MIN_VALUE)).toBe('4.9407 × 10⁻³²⁴');
  });
  test('keeps the fixed form from the last shown decimal up', () => {
    // 0.0001 is exactly 10⁻⁴; 0.00012 rounds to 0.0001 at four decimals.
    expect(formatNumber(0.0001)).toBe('0.0001');
    expect(formatNumber(0.00012)).toBe('0.0001');
    expect(formatNumber(-0.00026)).toBe('−0.0003');
  });
  test('takes more decimals when a chapter asks for them', () => {
    expect(formatNumber(0.1287594, 6)).toBe('0.128759');
  });
  test('writes a million and more as a power of ten', () => {
    expect(formatNumber(1234567.89)).toBe('1.2346 × 10⁶');
    expect(formatNumber(-2.5e21)).toBe('−2.5 × 10²¹');
    expect(formatNumber(1e6, 0)).toBe('1 × 10⁶');
  });
  test('a factor with significant figures keeps four of them, so that shown factors multiply to the shown result', () => {
    // A saturated sigmoid: σ′ = 0.000123456 shown with fixed decimals reads 0.0001, and −0.405254 · 0.0001 is −0.0000405,
    // not the −0.00005 the page shows for the product (−0.405254 · 0.000123456 = −0.0000500308…).
    const slope = 0.000123456;
    const error = -0.405254;
    expect(formatNumber(slope)).toBe('0.0001');
    expect(formatNumber(slope, 4, FACTOR_FIGURES)).toBe('0.0001235');
    const shownProduct = formatNumber(error * slope, 6);
    expect(shownProduct).toBe('−0.00005');
    expect(formatNumber(-0.405254 * 0.0001235, 6)).toBe(shownProduct);
    expect(formatNumber(-0.405254 * 0.0001, 6)).not.toBe(shownProduct);
    // From 0.1 up four decimals already show four figures: nothing changes; more decimals asked for are kept.
    expect(formatNumber(0.19661193, 4, FACTOR_FIGURES)).toBe('0.1966');
    expect(formatNumber(2, 4, FACTOR_FIGURES)).toBe('2');
    expect(formatNumber(0.0123456, 6, FACTOR_FIGURES)).toBe('0.012346');
    expect(formatNumber(-0.0123456, 4, FACTOR_FIGURES)).toBe('−0.01235');
    expect(formatNumber(3e-15, 4, FACTOR_FIGURES)).toBe('3 × 10⁻¹⁵');
  });
  test('names what is not a finite number instead of printing NaN', () => {
    expect(formatNumber(Number.NaN)).toBe('not a number');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
  });
});

describe('parseNumber', () => {
  test('reads plain, signed, exponent and decimal-comma numbers', () => {
    expect(parseNumber('0.12')).toBe(0.12);
    expect(parseNumber(' -3 ')).toBe(-3);
    expect(parseNumber('−0.5')).toBe(-0.5);
    expect(parseNumber('0,25')).toBe(0.25);
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('.5')).toBe(0.5);
  });
  test('refuses text that is not a finite number', () => {
    for (const text of ['', 'abc', '0.1.2', '1e999', 'NaN', 'Infinity', '12abc', '-'])
      expect(parseNumber(text)).toBeNull();
  });
});

describe('strict reading', () => {
  test('a comma that could separate thousands is refused; a decimal comma elsewhere is read', () => {
    for (const text of ['1,000', '−12,500', '999,999']) expect(parseNumber(text)).toBeNull();
    expect(parseNumber('0,500')).toBe(0.5);
    expect(parseNumber('1,5')).toBe(1.5);
  });
  test('whole numbers are decimal digits within their range: no hex, sign, exponent or point', () => {
    expect(parseWholeNumber(' 16 ', 0, 100)).toBe(16);
    for (const text of ['0x10', '1e1', '-1', '1.0', '', '101', '1,000'])
      expect(parseWholeNumber(text, 0, 100)).toBeNull();
  });
});
