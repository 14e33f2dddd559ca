// The page outside the islands: numbers typeset at build time (data-live) and highlighting across the page.
import { formatNumber } from '../../lib/format.ts';

/** Writes each quantity's new value into the typeset math: the visible number and its hidden MathML copy. */
export function updateTypesetNumbers(root: ParentNode, quantities: Record<string, number>): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-quantity][data-live]')) {
    const value = quantities[element.dataset.quantity ?? ''];
    if (value === undefined) continue;
    const text = formatNumber(value, Number(element.dataset.live) || 4);
    if (element.dataset.value !== String(value)) element.dataset.value = String(value);
    // KaTeX typesets \text{…} as .mord.text > .mord: write into the innermost span to keep its font.
    const leaf = element.querySelector('.text .mord') ?? element;
    if (leaf.textContent !== text) leaf.textContent = text;
  }
  for (const element of root.querySelectorAll('[data-live-mathml]')) {
    const value = quantities[element.getAttribute('data-live-mathml') ?? ''];
    if (value === undefined) continue;
    const text = formatNumber(value, Number(element.getAttribute('data-live')) || 4);
    if (element.textContent !== text) element.textContent = text;
  }
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
