// "Where does this number come from": activating a live number opens a small non-modal dialog beside it with the
// quantity's name in words, its formula with the page's current values substituted, and a link to the section that
// derives it. Loaded by highlight.ts on the first click or Enter on a number; the formulas come from derivations.ts.
import { formulaWithValues } from '../lib/derivations/formula.ts';
import { derivationsOf } from '../lib/derivations/index.ts';
import { viewFor } from '../page/store.ts';
import { pageStore } from './page.ts';

type Open = { box: HTMLElement; number: Element; returnTo: HTMLElement | null; stop: () => void };
let open: Open | undefined;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

/** Closes the open dialog, returning focus to where it was when `restore` is true. */
function closeExplanation(restore = true): void {
  if (!open) return;
  const { box, returnTo, stop } = open;
  open = undefined;
  stop();
  box.remove();
  if (restore) returnTo?.focus();
}

/** Places the dialog just below the number, kept inside the page's width. */
function place(box: HTMLElement, number: Element): void {
  const anchor = number.getBoundingClientRect();
  const parent = (box.offsetParent ?? document.body).getBoundingClientRect();
  const left = Math.max(8, Math.min(anchor.left, document.documentElement.clientWidth - box.offsetWidth - 8));
  box.style.left = `${left - parent.left}px`;
  box.style.top = `${anchor.bottom + 6 - parent.top}px`;
}

/** Opens the dialog for a displayed number (typeset math, a widget's number or an SVG label). */
export function explainNumber(number: Element): void {
  const store = pageStore();
  const quantity = number.getAttribute('data-quantity');
  if (!store || !quantity) return;
  const wasOpenHere = open?.number === number;
  closeExplanation(false);
  if (wasOpenHere) return;
  const state = store.state.value;
  const view = viewFor(store, state);
  const all = derivationsOf(store.definition, { ...state.setup, network: view.network });
  const derivation = all.get(quantity);
  const box = element('div', { className: 'explain-popover', tabIndex: -1 });
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', 'explain-title');
  const title = element('p', { className: 'explain-title', id: 'explain-title' });
  title.append(
    element('strong', { textContent: derivation?.symbol ?? quantity }),
    `: ${derivation?.words ?? 'computed by the page from a pass it does not show term by term'}`,
  );
  const formula = element('p', {
    className: 'explain-formula',
    textContent: formulaWithValues(derivation, quantity, view.quantities, all, { blanks: store.quiz }),
  });
  formula.dataset.explainFormula = quantity;
  const close = element('button', { type: 'button', className: 'explain-close', textContent: '×' });
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', () => closeExplanation());
  box.append(close, title, formula);
  if (derivation) {
    const base = import.meta.env.BASE_URL.replace(/\/$/, '');
    const link = element('a', { href: `${base}${derivation.section}`, textContent: 'Where this is derived' });
    link.dataset.keepQuery = '';
    link.dataset.example = store.definition.id;
    const paragraph = element('p', { className: 'explain-link' });
    paragraph.append(link);
    box.append(paragraph);
  }
  (number.closest('main') ?? document.body).append(box);
  place(box, number);
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && (event.preventDefault(), closeExplanation());
  const onPointer = (event: PointerEvent) => {
    const target = event.target as Node;
    if (!box.contains(target) && !number.contains(target)) closeExplanation(false);
  };
  box.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onPointer);
  const active =
    document.activeElement instanceof HTMLElement && document.activeElement !== document.body
      ? document.activeElement
      : null;
  const returnTo = number instanceof HTMLElement && number.tabIndex >= 0 ? number : active;
  open = { box, number, returnTo, stop: () => document.removeEventListener('pointerdown', onPointer) };
  box.focus();
}
