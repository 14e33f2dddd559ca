// Checking a number a reader types against the page's value: one rule for the quiz links and the exercises.
// An answer counts as right when it is within one unit of the last decimal the page shows for that value
// (±0.0001 for the usual four decimals; for a value written m × 10ⁿ, one unit of m's last decimal).
import { formatNumber, parseNumber } from './format.ts';

/** The widest gap between an answer and `value` that still counts as right, for a value shown with `decimals`. */
export function toleranceOf(value: number, decimals = 4): number {
  const size = Math.abs(value);
  // Number('1e-4'), not 10 ** -4: the power is then exactly the decimal the page writes.
  if (size === 0 || (size >= Number(`1e${-decimals}`) && size < 1e6)) return Number(`1e${-decimals}`);
  return Number(`1e${Math.floor(Math.log10(size)) - Math.min(decimals, 4)}`);
}

/** The tolerance in words, for the sentence that states it: "±0.0001". */
export const toleranceText = (value: number, decimals = 4): string => `±${formatNumber(toleranceOf(value, decimals), decimals)}`;

export type Verdict = 'empty' | 'not-a-number' | 'correct' | 'not-quite';

/** Checks a typed answer (true minus and decimal comma accepted) against the value the page computes. */
export function verdictOf(typed: string, value: number, decimals = 4): Verdict {
  if (typed.trim() === '') return 'empty';
  const answer = parseNumber(typed);
  if (answer === null) return 'not-a-number';
  // The slack absorbs binary rounding: 0.1234 typed for a value of 0.1235 is exactly one unit away.
  return Math.abs(answer - value) <= toleranceOf(value, decimals) * (1 + 1e-9) ? 'correct' : 'not-quite';
}
