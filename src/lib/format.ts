const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Numbers this large are written as a power of ten, so that a diverging run does not print 20 digits. */
const LARGE = 1e6;

/**
 * The one formatter for every number the site displays: rounded to `decimals`, trailing zeros dropped, a true
 * minus sign; from a million up, as m × 10ⁿ with four decimals of m at most.
 */
export function formatNumber(value: number, decimals = 4): string {
  if (Number.isNaN(value)) return 'not a number';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Math.abs(value) >= LARGE) {
    const [mantissa, exponent] = value.toExponential(Math.min(decimals, 4)).split('e');
    const power = String(Number(exponent)).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]).replace('-', '⁻');
    return `${formatNumber(Number(mantissa), decimals)} × 10${power}`;
  }
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  // −0.00001 rounds to "-0": a sign on zero says nothing.
  if (/^-0$/.test(trimmed)) return '0';
  return trimmed.replace('-', '−');
}

/** Reads a number typed by a reader: accepts a true minus sign and a decimal comma; null when it is not a finite number. */
export function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(/^[−–]/, '-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
