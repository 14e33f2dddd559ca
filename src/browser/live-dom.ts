// The page outside the widgets: the numbers typeset at build time (data-live) that the page keeps up to date.
import { formatNumber } from '../lib/format.ts';
import { typesetNumbers, type TypesetNumber } from '../lib/live-protocol.ts';

/** Changes closer together than this form a burst. */
const BURST_MS = 100;

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
 * run, a held arrow key) do formulas off screen wait: until a quarter of a second after the burst, or until they
 * scroll into view, so that the run keeps its frame rate.
 */
export function typesetNumbersOf(root: ParentNode): (quantities: Record<string, number>) => void {
  const formulas = new Map<Element, TypesetNumber[]>();
  for (const number of typesetNumbers(root)) {
    const formula = (number.holder ?? (number.text as Element)).closest('.katex');
    if (formula) formulas.set(formula, [...(formulas.get(formula) ?? []), number]);
  }
  const onScreen = new Set<Element>();
  const stale = new Set<Element>();
  let latest: Record<string, number> = {};
  let lastChange = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const catchUp = (formula: Element) => {
    if (stale.delete(formula)) write(formulas.get(formula) ?? [], latest);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) onScreen.delete(target);
        else (onScreen.add(target), catchUp(target));
      }
    },
    { rootMargin: '100px' },
  );
  formulas.forEach((_numbers, formula) => observer.observe(formula));
  return (quantities) => {
    latest = quantities;
    const inBurst = performance.now() - lastChange < BURST_MS;
    lastChange = performance.now();
    formulas.forEach(
      (_numbers, formula) => (stale.add(formula), (!inBurst || onScreen.has(formula)) && catchUp(formula)),
    );
    clearTimeout(timer);
    timer = setTimeout(() => stale.forEach(catchUp), 250);
  };
}
