import { describe, expect, test } from 'vitest';
import { formatNumber, parseNumber } from './format.ts';

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
  test('shows a tiny negative that rounds to zero as plain 0', () => {
    expect(formatNumber(-0.00001)).toBe('0');
  });
  test('takes more decimals when a chapter asks for them', () => {
    expect(formatNumber(0.1287594, 6)).toBe('0.128759');
  });
  test('writes a million and more as a power of ten', () => {
    expect(formatNumber(1234567.89)).toBe('1.2346 × 10⁶');
    expect(formatNumber(-2.5e21)).toBe('−2.5 × 10²¹');
    expect(formatNumber(1e6, 0)).toBe('1 × 10⁶');
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
    for (const text of ['', 'abc', '0.1.2', '1e999', 'NaN', 'Infinity', '12abc', '-']) expect(parseNumber(text)).toBeNull();
  });
});
