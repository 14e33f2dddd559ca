// quiz= links: `quiz=grad_w1,next_w1` blanks those quantities everywhere on the page (widgets, diagram, typeset
// math and its MathML copy, figure labels) and puts an answer field after the first place each appears. The reader
// types a number; it is checked against the page's own value for the current setup (src/lib/answers.ts: within one
// unit of the last decimal shown), with "Correct", "Not quite" and "Show me", which reveals the value and the
// factors it comes from (src/lib/derivations.ts, the popover's source). Loaded only for links with quiz=.
import { toleranceText, verdictOf } from '../lib/answers.ts';
import { derivationsOf, formulaText, formulaWithValues, type Derivation } from '../lib/derivations.ts';
import { formatNumber } from '../lib/format.ts';
import { viewFor, type PageStore } from '../widgets/store.ts';

/** What a blanked number shows, in the page and to screen readers. */
export const BLANK = '?';

const selectorOf = (quantity: string): string => {
  const name = CSS.escape(quantity);
  return `[data-quantity="${name}"], [data-live-mathml="${name}"]`;
};

/** The quantity an element shows, if it shows one: a widget's number, an SVG label, or a typeset number's copy. */
const quantityShownBy = (element: Element | null): Element | null => element?.closest('[data-quantity], [data-live-mathml]') ?? null;
const nameOf = (element: Element): string => element.getAttribute('data-quantity') ?? element.getAttribute('data-live-mathml') ?? '';

/** The decimals an element shows its value with: the typeset ones say so; a widget's number is matched against its text. */
function decimalsOf(element: Element): number {
  const stated = Number(element.getAttribute('data-live'));
  if (stated) return stated;
  const value = Number(element.getAttribute('data-value'));
  const shown = element.textContent ?? '';
  return [4, 6, 2, 3, 5, 1, 0, 8].find((d) => formatNumber(value, d) === shown) ?? 4;
}

/** The text nodes an element's number is written in: the first holds the blank, the others are emptied. */
function writeText(element: Element, text: string): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let first = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const wanted = first ? text : '';
    if (node.nodeValue !== wanted) node.nodeValue = wanted;
    first = false;
  }
  if (first) element.textContent = text;
}

type Quiz = {
  store: PageStore;
  /** The line at the top of the chapter that says what to work out and how many are done. */
  progress?: HTMLElement;
  asked: number;
  /** Every element blanked so far, with the decimals it showed and whether it carried data-value. */
  blanked: Map<Element, { decimals: number; hadValue: boolean }>;
  /** Parts hidden while any answer is hidden (the Python export prints every number). */
  hiddenParts: HTMLElement[];
};

function blank(quiz: Quiz, element: Element): void {
  if (!quiz.blanked.has(element)) quiz.blanked.set(element, { decimals: decimalsOf(element), hadValue: element.hasAttribute('data-value') });
  element.removeAttribute('data-value');
  element.classList.add('quiz-blank');
  writeText(element, BLANK);
}

/** A figure's spoken summary (role="img") loses the values of the hidden quantities. */
function blankLabel(quiz: Quiz, figure: Element): void {
  const hidden = quiz.store.quiz;
  const label = figure.getAttribute('aria-label');
  if (!label || !hidden?.size) return;
  const values = viewFor(quiz.store).quantities;
  let text = label;
  for (const quantity of hidden) for (const d of [4, 6]) text = text.replaceAll(` = ${formatNumber(values[quantity], d)}`, ` = ${BLANK}`);
  if (text !== label) figure.setAttribute('aria-label', text);
}

/** Blanks what `root` holds of the hidden quantities (root included). */
function blankWithin(quiz: Quiz, root: Element): void {
  for (const quantity of quiz.store.quiz ?? []) {
    const selector = selectorOf(quantity);
    if (root.matches(selector)) blank(quiz, root);
    root.querySelectorAll(selector).forEach((element) => blank(quiz, element));
  }
  if (root.matches('[role="img"][aria-label]')) blankLabel(quiz, root);
  root.querySelectorAll('[role="img"][aria-label]').forEach((figure) => blankLabel(quiz, figure));
}

/** Widgets re-render and the math is rewritten as the reader edits: whatever shows a hidden quantity is blanked again. */
function keepBlank(quiz: Quiz): void {
  const hidden = quiz.store.quiz ?? new Set();
  new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const shown = quantityShownBy(target);
      if (shown && hidden.has(nameOf(shown)) && (shown.textContent !== BLANK || shown.hasAttribute('data-value'))) blank(quiz, shown);
      record.addedNodes.forEach((node) => node instanceof Element && blankWithin(quiz, node));
      const figure = target?.closest('[role="img"][aria-label]');
      if (figure && record.attributeName === 'aria-label') blankLabel(quiz, figure);
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-value', 'aria-label'] });
}

/** Writes a revealed quantity back everywhere, at the current setup's value. */
function reveal(quiz: Quiz, quantity: string): void {
  quiz.store.quiz?.delete(quantity);
  const value = viewFor(quiz.store).quantities[quantity];
  for (const [element, { decimals, hadValue }] of quiz.blanked) {
    if (nameOf(element) !== quantity) continue;
    quiz.blanked.delete(element);
    element.classList.remove('quiz-blank');
    writeText(element, formatNumber(value, decimals));
    if (hadValue) element.setAttribute('data-value', String(value));
  }
  const left = quiz.store.quiz?.size ?? 0;
  if (left === 0) quiz.hiddenParts.forEach((part) => (part.hidden = false));
  quiz.progress?.setAttribute('data-left', String(left));
  const count = quiz.progress?.querySelector('.quiz-count');
  if (count) count.textContent = `${quiz.asked - left} of ${quiz.asked} done.`;
  // The next edit rewrites every figure's summary; until then it keeps its blanks.
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
}

/** Where a quantity's answer field goes: after the formula, paragraph, table or widget that first shows it. */
function anchorOf(first: Element): Element {
  return first.closest('.katex-display') ?? first.closest('[data-widget]') ?? first.closest('.table-scroll') ?? first.closest('p, li, table, figure') ?? first;
}

/** The answer field for one quantity: a labelled input, Check, Show me, the tolerance and the verdict. */
function answerField(quiz: Quiz, quantity: string, derivation: Derivation, all: Map<string, Derivation>): HTMLFormElement {
  const id = `quiz-${quantity}`;
  const value = () => viewFor(quiz.store).quantities[quantity];
  const input = element('input', { id, type: 'text', inputMode: 'decimal', autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-describedby', `${id}-tolerance`);
  const verdict = element('p', { className: 'quiz-verdict' });
  verdict.setAttribute('role', 'status');
  const formula = element('p', { className: 'quiz-formula' });
  formula.dataset.quizFormula = quantity;
  const show = element('button', { type: 'button', textContent: 'Show me' });
  const tolerance = element('p', { id: `${id}-tolerance`, className: 'quiz-tolerance', textContent: `Counts as right within ${toleranceText(value())} of the page's value.` });
  const form = element('form', { className: 'quiz-answer' },
    element('label', { htmlFor: id }, 'Your answer: ', element('strong', { textContent: derivation.symbol })),
    element('span', { className: 'quiz-row' }, input, element('button', { type: 'submit', textContent: 'Check' }), show),
    tolerance, verdict, formula);
  form.dataset.quiz = quantity;
  // Once revealed, the formula follows the reader's edits like every other number on the page.
  const writeFormula = () => {
    const { state } = quiz.store;
    const view = viewFor(quiz.store);
    const now = derivationsOf(quiz.store.definition, { ...state.value.setup, network: view.network });
    formula.textContent = formulaWithValues(now.get(quantity), quantity, view.quantities, now, { blanks: quiz.store.quiz });
  };
  const settle = (words: string, revealed: boolean) => {
    verdict.textContent = words;
    if (!revealed || form.dataset.revealed) return;
    form.dataset.revealed = 'yes';
    reveal(quiz, quantity);
    writeFormula();
    quiz.store.state.subscribe(writeFormula);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = input.value;
    const result = verdictOf(typed, value());
    if (result === 'empty') settle('Type a number first.', false);
    else if (result === 'not-a-number') settle(`“${typed.slice(0, 24)}” is not a number: write it like 0.0083 or −1.2e-5.`, false);
    else if (result === 'correct') settle(`Correct: ${derivation.symbol} = ${formatNumber(value())}.`, true);
    else {
      const how = derivation.formula ? ` ${derivation.symbol} = ${formulaText(derivation.formula, (f) => all.get(f)?.symbol ?? f)}.` : '';
      settle(`Not quite.${how} Try again, or choose Show me.`, false);
    }
  });
  show.addEventListener('click', () => settle(`${derivation.symbol} = ${formatNumber(value())}.`, true));
  return form;
}

/** The line under the chapter's title: what the link asks, a link to each answer field, and how many are done. */
function summary(quiz: Quiz, all: Map<string, Derivation>): HTMLElement {
  const names = [...(quiz.store.quiz ?? [])];
  const links = names.flatMap((name, k) => {
    const link = element('a', { href: `#quiz-${name}`, textContent: all.get(name)?.symbol ?? name });
    return k === 0 ? [link] : [k === names.length - 1 ? ' and ' : ', ', link];
  });
  const box = element('p', { className: 'quiz-summary' },
    element('strong', { textContent: 'Quiz: ' }), 'work out ', ...links,
    `. Each is blank (${BLANK}) wherever the page shows it, with an answer field after the first place. `,
    element('span', { className: 'quiz-count', textContent: `0 of ${names.length} done.` }));
  box.setAttribute('role', 'note');
  box.dataset.left = String(names.length);
  document.querySelector('.chapter-header')?.after(box);
  return box;
}

/**
 * Applies a quiz link's names to the page: blanks them and adds their answer fields. Returns notices for names it
 * cannot quiz (unknown, not shown on this page, or settings the reader is given).
 */
export function applyQuiz(names: string[], store: PageStore): string[] {
  const notices: string[] = [];
  const state = store.state.value;
  const view = viewFor(store, state);
  const all = derivationsOf(store.definition, { ...state.setup, network: view.network });
  const hidden = new Set<string>();
  const firsts = new Map<string, Element>();
  for (const name of new Set(names)) {
    const derivation = all.get(name);
    const first = document.querySelector(selectorOf(name));
    if (!Object.hasOwn(view.quantities, name)) notices.push(`Ignored quiz=${JSON.stringify(name)}: this page has no quantity of that name.`);
    else if (derivation && !derivation.formula) notices.push(`Ignored quiz=${JSON.stringify(name)}: ${derivation.symbol} is given, not worked out.`);
    else if (!first || !derivation) notices.push(`Ignored quiz=${JSON.stringify(name)}: this page does not show it.`);
    else (hidden.add(name), firsts.set(name, first));
  }
  if (hidden.size === 0) return notices;
  store.quiz = hidden;
  const quiz: Quiz = { store, blanked: new Map(), hiddenParts: [], asked: hidden.size };
  blankWithin(quiz, document.body);
  // KaTeX keeps each formula's LaTeX source, numbers included, in an annotation: a formula with a blank loses it.
  for (const number of quiz.blanked.keys()) number.closest('.katex')?.querySelector('annotation')?.remove();
  quiz.hiddenParts = [...document.querySelectorAll<HTMLElement>('[data-python]')].filter((part) => !part.hidden);
  quiz.hiddenParts.forEach((part) => (part.hidden = true));
  keepBlank(quiz);
  // One answer field per quantity, after the first place it appears; two quantities first shown in one place share it, in link order.
  const placed = new Map<Element, Element>();
  for (const [name, first] of firsts) {
    const anchor = anchorOf(first);
    const field = answerField(quiz, name, all.get(name) as Derivation, all);
    (placed.get(anchor) ?? anchor).after(field);
    placed.set(anchor, field);
  }
  quiz.progress = summary(quiz, all);
  return notices;
}
