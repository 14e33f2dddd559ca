// Checking a number a reader types against the page's value: one rule for the quiz links and the exercises.
// An answer counts as right when it agrees with the value to SIGNIFICANT_FIGURES significant figures: within half a
// unit of the third significant figure (±0.0005 for 0.4127, ±5 × 10⁻¹³ for 3.588 × 10⁻¹⁰), whatever the size of the
// value, so a small answer is held to the same relative standard as a large one. A typed answer may be written in any
// notation the page prints: plain (−0.0083), e-notation (−8.3e-3) or m × 10ⁿ (−8.3 × 10⁻³, with a true minus and
// superscripts, or 10^-3); a decimal comma is refused with a message, since "0,5" could be a list.
import { formatNumber } from './format.ts';

/** How many significant figures an answer must get right. */
export const SIGNIFICANT_FIGURES = 3;

/** The widest gap between an answer and `value` that still counts as right. */
export function toleranceOf(value: number): number {
  const size = Math.abs(value);
  if (size === 0 || !Number.isFinite(size)) return 0;
  const exponent = Math.floor(Math.log10(size));
  // Number('5e-4'), not 5 * 10 ** -4: the power is then exactly the decimal the page writes.
  return Number(`5e${exponent - SIGNIFICANT_FIGURES}`);
}

/** The tolerance in words, for the sentence beside each answer field: "to 3 significant figures (±0.0005)". */
export const toleranceText = (value: number): string =>
  `to ${SIGNIFICANT_FIGURES} significant figures (±${formatNumber(toleranceOf(value))})`;

const SUPERSCRIPTS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};

/** A typed answer as a number: 'comma' for a decimal comma, null when it is not a number the page could print. */
export function parseAnswer(typed: string): number | 'comma' | null {
  const text = typed
    .trim()
    .replace(/[−–]/g, '-')
    .replace(/[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, (run) => `^${[...run].map((c) => SUPERSCRIPTS[c]).join('')}`);
  const plain = text.replace(/\s+/g, ' ');
  const mantissa = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)`;
  if (new RegExp(String.raw`^[-+]?\d*,\d+`).test(plain)) return 'comma';
  const power = new RegExp(String.raw`^(${mantissa}) ?(?:[×x*·] ?)10 ?\^ ?([-+]?\d+)$`, 'i').exec(plain);
  const value = power
    ? Number(`${power[1]}e${power[2]}`)
    : new RegExp(String.raw`^${mantissa}(?:e[-+]?\d+)?$`, 'i').test(plain)
      ? Number(plain)
      : NaN;
  return Number.isFinite(value) ? value : null;
}

export type Verdict = 'empty' | 'not-a-number' | 'comma' | 'correct' | 'not-quite';

/** Checks a typed answer against the value the page computes. */
export function verdictOf(typed: string, value: number): Verdict {
  if (typed.trim() === '') return 'empty';
  const answer = parseAnswer(typed);
  if (answer === 'comma') return 'comma';
  if (answer === null) return 'not-a-number';
  // The slack absorbs binary rounding: 0.4122 typed for 0.4127 is exactly half a unit of the third figure away.
  return Math.abs(answer - value) <= toleranceOf(value) * (1 + 1e-9) ? 'correct' : 'not-quite';
}

/** What a verdict that is not a judgement says to the reader. */
export const INPUT_MESSAGES = {
  empty: 'Type a number first.',
  'not-a-number': 'That is not a number: write it like 0.5, −2e-3 or −2 × 10⁻³.',
  comma: 'Write the decimal with a point: 0.5, not 0,5.',
} as const;
