// The page outside the islands: numbers typeset at build time (data-live) and highlighting across the page.
import { formatNumber } from '../../lib/format.ts';

/** Changes closer together than this form a burst. */
const BURST_MS = 100;

type TypesetNumber = { quantity: string; decimals: number; text: Node; holder: Element | null };

/** Every number typeset live in the page's math: the visible one and its hidden MathML copy, found once. */
function findTypesetNumbers(root: ParentNode): TypesetNumber[] {
  const found: TypesetNumber[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-quantity][data-live]')) {
    // KaTeX typesets \text{…} as .mord.text > .mord: write into the innermost span to keep its font.
    const leaf = element.querySelector('.text .mord') ?? element;
    found.push({ quantity: element.dataset.quantity ?? '', decimals: Number(element.dataset.live) || 4, text: leaf, holder: element });
  }
  for (const element of root.querySelectorAll('[data-live-mathml]')) {
    const decimals = Number(element.getAttribute('data-live')) || 4;
    found.push({ quantity: element.getAttribute('data-live-mathml') ?? '', decimals, text: element, holder: null });
  }
  return found;
}

/** Writes the numbers of one formula (those whose values are given), touching only what changed. */
function write(numbers: TypesetNumber[], quantities: Record<string, number>): void {
  for (const { quantity, decimals, text, holder } of numbers) {
    const value = quantities[quantity];
    if (value === undefined) continue;
    const shown = formatNumber(value, decimals);
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
  for (const number of findTypesetNumbers(root)) {
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
  const observer = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) onScreen.delete(target);
      else (onScreen.add(target), catchUp(target));
    }
  }, { rootMargin: '100px' });
  formulas.forEach((_numbers, formula) => observer.observe(formula));
  return (quantities) => {
    latest = quantities;
    const inBurst = performance.now() - lastChange < BURST_MS;
    lastChange = performance.now();
    formulas.forEach((_numbers, formula) => (stale.add(formula), (!inBurst || onScreen.has(formula)) && catchUp(formula)));
    clearTimeout(timer);
    timer = setTimeout(() => stale.forEach(catchUp), 250);
  };
}

const quantityOf = (target: EventTarget | null): string | null => {
  const element = target instanceof Element ? target.closest('[data-quantity], [data-controls]') : null;
  return element?.getAttribute('data-quantity') ?? element?.getAttribute('data-controls') ?? null;
};

/** Marks every place that shows `quantity` (or none, for null) with the class "highlighted". */
function highlight(root: Document, quantity: string | null): void {
  for (const element of root.querySelectorAll('.highlighted')) element.classList.remove('highlighted');
  if (quantity === null) return;
  const name = CSS.escape(quantity);
  for (const element of root.querySelectorAll(`[data-quantity="${name}"], [data-controls="${name}"]`)) {
    element.classList.add('highlighted');
  }
}

/** Hovering, focusing or tapping a quantity highlights it everywhere on the page; returns the clean-up. */
export function highlightAcrossPage(root: Document): () => void {
  let pinned: string | null = null;
  const show = (event: Event) => highlight(root, quantityOf(event.target) ?? pinned);
  const hide = () => highlight(root, pinned);
  // A tap (no hover on touch screens) pins a quantity; a second tap on it, or a tap elsewhere, unpins it.
  const pin = (event: Event) => {
    const quantity = quantityOf(event.target);
    if (quantity !== null && (event.target as Element).closest('input, select, button')) return;
    pinned = quantity === pinned ? null : quantity;
    highlight(root, pinned);
  };
  const listeners: [string, (event: Event) => void][] = [
    ['pointerover', show], ['pointerout', hide], ['focusin', show], ['focusout', hide], ['click', pin],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener);
  return () => listeners.forEach(([type, listener]) => root.removeEventListener(type, listener));
}
