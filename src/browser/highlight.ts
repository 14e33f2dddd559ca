// Highlighting across the page: hovering, focusing or tapping a quantity marks every place that shows it; a click,
// Enter or Space on a number also opens where it comes from (explain.ts).
// Loaded by site.ts on the reader's first interaction with a quantity.

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

/** The displayed numbers that explain themselves: typeset in the math, in a widget, or an SVG label. */
const NUMBER = '.katex [data-quantity][data-live], .num[data-quantity], svg [data-quantity]';

/** A click, Enter or Space on a number opens where it comes from (explain.ts, loaded then). */
function explain(event: Event): void {
  const number = event.target instanceof Element ? event.target.closest(NUMBER) : null;
  if (!number || number.closest('[role="dialog"]')) return;
  if (event instanceof KeyboardEvent) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
  }
  import('./explain.ts').then(({ explainNumber }) => explainNumber(number));
}

/** Hovering, focusing or tapping a quantity highlights it everywhere on the page, replaying the `early` events first. */
export function highlightAcrossPage(root: Document, early: Event[]): void {
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
    ['pointerover', show],
    ['pointerout', hide],
    ['focusin', show],
    ['focusout', hide],
    ['click', pin],
    ['click', explain],
    ['keydown', explain],
  ];
  for (const [type, listener] of listeners) root.addEventListener(type, listener);
  for (const event of early)
    listeners.filter(([type]) => type === event.type).forEach(([, listener]) => listener(event));
}
