const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Numbers this large are written as a power of ten, so that a diverging run does not print 20 digits. */
const LARGE = 1e6;

/** The most decimals a number is shown with when it asks for significant figures. */
const MAX_DECIMALS = 12;

/**
 * Significant figures a factor of a product shows at least (formatNumber's `figures`). With fixed decimals a
 * saturated slope of 0.000123 would read 0.0001, and "−0.405254 · 0.0001 = −0.00005" does not multiply out; with
 * four figures it reads 0.0001234, and a product of factors so shown matches the result to about one part in 10⁴
 * (each factor is off by at most half a unit in its fourth figure). A number of 0.1 or more with four decimals
 * already shows four figures, so only small factors gain decimals.
 */
export const FACTOR_FIGURES = 4;

/**
 * Beyond this size a number's square (an error, a product of two such numbers) no longer fits in a float64. Here, not
 * in out-of-range.ts, which loads only when a number overflows: the training panel asks it at every run.
 */
export const TOO_LARGE = 1e150;

/**
 * The one formatter for every number the site displays: rounded to `decimals`, trailing zeros dropped, a true
 * minus sign. From a million up, and for a non-zero value smaller than the last shown decimal (10^−decimals),
 * as m × 10ⁿ, m rounded to min(decimals, 4) decimals (at most five significant digits) with trailing zeros
 * dropped: a non-zero value never reads as 0. With `figures`, a small value gets more decimals (up to 12) until it
 * shows that many significant figures: a factor in a formula (FACTOR_FIGURES).
 */
export function formatNumber(value: number, decimals = 4, figures = 0): string {
  if (Number.isNaN(value)) return 'not a number';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0'; // also −0: a sign on zero says nothing
  const size = Math.abs(value);
  if (figures > 0) decimals = Math.min(MAX_DECIMALS, Math.max(decimals, figures - 1 - Math.floor(Math.log10(size))));
  if (size >= LARGE || size < 10 ** -decimals) return powerOfTen(value, Math.min(decimals, 4));
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return trimmed.replace('-', '−');
}

/** m × 10ⁿ with `mantissaDecimals` decimals of m at most, trailing zeros dropped. */
function powerOfTen(value: number, mantissaDecimals: number): string {
  const [mantissa, exponent] = value.toExponential(mantissaDecimals).split('e');
  const power = String(Number(exponent))
    .replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)])
    .replace('-', '⁻');
  const m = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return `${m.replace('-', '−')} × 10${power}`;
}

/**
 * Reads a number typed by a reader or given by a link: accepts a true minus sign and a decimal comma; null when it is
 * not a finite decimal number (no hexadecimal), or when a comma could be a thousands separator ("1,000").
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (/^[-+−–]?[1-9]\d{0,2},\d{3}$/.test(trimmed)) return null;
  const normalised = trimmed.replace(/^[−–]/, '-').replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Reads a whole number from `min` to `max` written in decimal digits only (no sign, hex, exponent or separator); null otherwise. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

/**
 * Why a learning rate cannot be used, or null: it is the size of a step down the error, from 0 up (a negative one
 * would climb it). The URL and the learning-rate field both ask this
 * (here, not in url-state.ts, which a page loads only once its state differs from the defaults).
 */
export const learningRateProblem = (rate: number): string | null =>
  rate < 0 ? 'a learning rate is the size of a step down the error, from 0 up (a negative one climbs it)' : null;
