// The page outside the widgets: the numbers typeset at build time (data-live) that the page keeps up to date.
import { formatNumber } from '../lib/format.ts';
import { typesetNumbers, type TypesetNumber } from '../lib/live-protocol.ts';
import type { ScreenGate } from '../page/screen-gate.ts';

/** Writes the numbers of one formula (those whose values are given), touching only what changed. */
function write(numbers: TypesetNumber[], quantities: Record<string, number>): void {
  for (const { quantity, decimals, figures, text, holder } of numbers) {
    const value = quantities[quantity];
    if (value === undefined) continue;
    const shown = formatNumber(value, decimals, figures);
    if (text.textContent !== shown) text.textContent = shown;
    if (holder && holder.getAttribute('data-value') !== String(value)) holder.setAttribute('data-value', String(value));
  }
}

/**
 * Returns a function that writes each quantity's value into the typeset math — the visible number, its
 * data-value and the MathML copy screen readers hear — all at once. Only while changes come in a burst (a training
 * run, a held arrow key) do formulas off screen wait (src/page/screen-gate.ts), so that the run keeps its frame rate.
 */
export function typesetNumbersOf(root: ParentNode, gate: ScreenGate): (quantities: Record<string, number>) => void {
  const formulas = new Map<Element, TypesetNumber[]>();
  for (const number of typesetNumbers(root)) {
    const formula = (number.holder ?? (number.text as Element)).closest('.katex');
    if (formula) formulas.set(formula, [...(formulas.get(formula) ?? []), number]);
  }
  const followers = [...formulas].map(([formula, numbers]) => ({ numbers, offer: gate.follow(formula) }));
  return (quantities) => followers.forEach(({ numbers, offer }) => offer(() => write(numbers, quantities)));
}
