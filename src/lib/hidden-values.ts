// What a quiz link may not show: the rule that decides, for any text on the page, whether it gives away a hidden
// value. A number in the text gives a value away when it equals the value at the precision it is written with
// (0.413 gives away 0.41271; so do −0.4127, 0.41270 and 4.1271 × 10⁻¹: the sign is no secret) and it says enough to
// count: three significant figures or more, or four decimals or more. Whatever name a number carries, a figure label,
// a summary, a popover or an answer elsewhere on the page: the text is judged, not the name.

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number as the page writes it: plain, m × 10ⁿ (true minus, superscripts) or e-notation; never part of a name (w1, 2e). */
const NUMBER_TOKEN = /(?<![\w.])[−-]?(?:\d+(?:\.\d+)?|\.\d+)(?:\s?×\s?10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|e[-+]?\d+)?(?![\w])/g;

/** The value a token writes, the half-unit of its last digit, and how many significant figures it shows. */
export function readToken(
  token: string,
): { value: number; halfUnit: number; figures: number; decimals: number } | null {
  const match = /^[−-]?(\d*)\.?(\d*)(?:\s?×\s?10([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|e([-+]?\d+))?$/.exec(token);
  if (!match) return null;
  const [, whole, fraction, superscript, plain] = match;
  const exponent =
    superscript !== undefined
      ? Number([...superscript].map((c) => (c === '⁻' ? '-' : SUPERSCRIPT.indexOf(c))).join(''))
      : Number(plain ?? 0);
  const value = Math.abs(Number(`${whole || '0'}.${fraction || '0'}e${exponent}`));
  if (!Number.isFinite(value)) return null;
  const figures = `${whole}${fraction}`.replace(/^0+/, '').length;
  const decimals = fraction.length - exponent;
  return { value, halfUnit: 0.5 * Number(`1e${-decimals}`), figures, decimals };
}

/** Whether a written number gives away one of `values`. */
export function givesAway(token: string, values: readonly number[]): boolean {
  const read = readToken(token);
  if (!read || (read.figures < 3 && read.decimals < 4)) return false;
  return values.some(
    (value) => Math.abs(read.value - Math.abs(value)) <= read.halfUnit * (1 + 1e-9) + Math.abs(value) * 1e-12,
  );
}

/** The values worth hiding: finite and not zero (a zero tells nothing a blank would not). */
export const worthHiding = (values: readonly number[]): number[] =>
  values.filter((value) => Number.isFinite(value) && value !== 0);

/** `text` with every number that gives away one of `values` replaced by `blank`. */
export function withoutValues(text: string, values: readonly number[], blank: string): string {
  if (values.length === 0 || !/\d/.test(text)) return text;
  return text.replace(NUMBER_TOKEN, (token) => (givesAway(token, values) ? blank : token));
}
