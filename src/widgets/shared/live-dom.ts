// The page outside the islands: numbers typeset at build time (data-live) and highlighting across the page.
import { formatNumber } from '../../lib/format.ts';

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

/**
 * Returns a function that writes each quantity's value into the typeset math — the visible number, its
 * data-value and the MathML copy screen readers hear — touching only what changed.
 */
export function typesetNumbersOf(root: ParentNode): (quantities: Record<string, number>) => void {
  const numbers = findTypesetNumbers(root);
  return (quantities) => {
    for (const { quantity, decimals, text, holder } of numbers) {
      const value = quantities[quantity];
      if (value === undefined) continue;
      const shown = formatNumber(value, decimals);
      if (text.textContent !== shown) text.textContent = shown;
      if (holder && holder.getAttribute('data-value') !== String(value)) holder.setAttribute('data-value', String(value));
    }
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
