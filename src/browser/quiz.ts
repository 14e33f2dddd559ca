// quiz= links: `quiz=grad_w1,next_w1` blanks those quantities everywhere on the page and puts an answer field after
// the first place each appears. What stays hidden is decided by one rule (src/lib/hidden-values.ts), applied to the
// whole page after every change: no text, summary, popover, predict answer, exercise or exact data-value may write a
// number equal to a hidden value at the precision it is written with, whatever its name. The reader types a number;
// it is checked against the page's own value for the current setup (src/lib/answers.ts: three significant figures),
// with "Correct", "Not quite" and "Show me", which reveals the value and the factors it comes from
// (src/lib/derivations.ts, the popover's source). Loaded only for links with quiz=.
import { INPUT_MESSAGES, SIGNIFICANT_FIGURES, verdictOf } from '../lib/answers.ts';
import { formulaText, formulaWithValues } from '../lib/derivations/formula.ts';
import { derivationsOf } from '../lib/derivations/index.ts';
import type { Derivation } from '../lib/derivations/terms.ts';
import { formatNumber } from '../lib/format.ts';
import { withoutValues, worthHiding } from '../lib/hidden-values.ts';
import { queryFromState } from '../lib/url-state.ts';
import { viewFor, type PageStore } from '../page/store.ts';
import { postAnswer } from './answer-event.ts';

/** What a blanked number shows, in the page and to screen readers. */
const BLANK = '?';

const selectorOf = (quantity: string): string => {
  const name = CSS.escape(quantity);
  return `[data-quantity="${name}"], [data-live-mathml="${name}"]`;
};

/** The quantity an element shows, if it shows one: a widget's number, an SVG label, or a typeset number's copy. */
const nameOf = (element: Element): string =>
  element.getAttribute('data-quantity') ?? element.getAttribute('data-live-mathml') ?? '';

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

type Original = { text: string; shown: string };

type Quiz = {
  store: PageStore;
  /** The line at the top of the chapter that says what to work out and how many are done. */
  progress?: HTMLElement;
  asked: number;
  /** Every number element blanked, with the decimals it showed and the data-value it carried. */
  blanked: Map<Element, { decimals: number; value: string | null }>;
  /** Text and attributes whose numbers were blanked, with what they said before (to write back once answered). */
  texts: Map<Text, Original>;
  attributes: Map<Element, Map<string, Original>>;
  /** Parts hidden while any answer is hidden (the Python export prints every number). */
  hiddenParts: HTMLElement[];
};

/** Attributes that can carry a number to a reader or a script: summaries, tooltips and exact values. */
const ATTRIBUTES = ['aria-label', 'title', 'aria-valuetext', 'aria-description', 'data-value'];

/** The values no text on the page may give away now: the hidden quantities' at the current setup. */
const hiddenValues = (quiz: Quiz): number[] => {
  const values = viewFor(quiz.store).quantities;
  return worthHiding([...(quiz.store.quiz ?? [])].map((name) => values[name]));
};

function blank(quiz: Quiz, element: Element): void {
  if (!quiz.blanked.has(element))
    quiz.blanked.set(element, { decimals: decimalsOf(element), value: element.getAttribute('data-value') });
  if (element.hasAttribute('data-value')) element.removeAttribute('data-value');
  element.classList.add('quiz-blank');
  writeText(element, BLANK);
}

/** Writes a blanked number back, at the current setup's value. */
function unblank(quiz: Quiz, element: Element): void {
  const was = quiz.blanked.get(element);
  if (!was) return;
  quiz.blanked.delete(element);
  const value = viewFor(quiz.store).quantities[nameOf(element)] ?? Number(was.value);
  element.classList.remove('quiz-blank');
  writeText(element, formatNumber(value, was.decimals));
  if (was.value !== null) element.setAttribute('data-value', String(value));
}

/** Whether an exact value, as written, gives a hidden one away. */
const givesAwayNow = (exact: string | null, values: number[]): boolean =>
  exact !== null && withoutValues(exact, values, BLANK) !== exact;

/** A text's blanked version now: numbers that give a hidden value away become the blank; `kept` remembers the original. */
function scrubbed(
  kept: Map<unknown, Original> | undefined,
  key: unknown,
  current: string,
  values: number[],
): string | null {
  const known = kept?.get(key);
  const original = known && known.shown === current ? known.text : current;
  const shown = withoutValues(original, values, BLANK);
  if (shown === original) kept?.delete(key);
  else kept?.set(key, { text: original, shown });
  return shown === current ? null : shown;
}

/**
 * The rule, applied to the whole page: a number element is blank when it shows a hidden quantity or a number that
 * gives a hidden value away (the same value under another name); every other text and summary loses such numbers.
 * Blanks that no longer hide anything (an answer revealed) are written back.
 */
function scan(quiz: Quiz): void {
  const values = hiddenValues(quiz);
  const hidden = quiz.store.quiz ?? new Set<string>();
  const now = viewFor(quiz.store).quantities;
  for (const number of document.body.querySelectorAll('[data-quantity], [data-live-mathml]')) {
    const name = nameOf(number);
    const text = number.textContent ?? '';
    const exact = number.getAttribute('data-value');
    const mustHide =
      hidden.has(name) ||
      (text !== BLANK && withoutValues(text, values, BLANK) !== text) ||
      givesAwayNow(exact, values) ||
      (quiz.blanked.has(number) &&
        givesAwayNow(name in now ? String(now[name]) : (quiz.blanked.get(number)?.value ?? null), values));
    if (mustHide) {
      if (text !== BLANK || exact !== null) blank(quiz, number);
    } else if (quiz.blanked.has(number)) unblank(quiz, number);
  }
  // Elements are walked only to skip what holds no reader's text (scripts, styles) or is blank already.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches('script, style, .quiz-blank')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || (!/\d/.test(node.nodeValue ?? '') && !quiz.texts.has(node))) continue;
    const shown = scrubbed(quiz.texts as Map<unknown, Original>, node, node.nodeValue ?? '', values);
    if (shown !== null) node.nodeValue = shown;
  }
  for (const holder of document.body.querySelectorAll(ATTRIBUTES.map((a) => `[${a}]`).join(', '))) {
    for (const attribute of ATTRIBUTES) {
      const current = holder.getAttribute(attribute);
      if (current === null) continue;
      const kept = quiz.attributes.get(holder) ?? new Map<string, Original>();
      const shown = scrubbed(kept as Map<unknown, Original>, attribute, current, values);
      if (kept.size > 0) quiz.attributes.set(holder, kept);
      // An exact value is removed rather than blanked: a script reads data-value as a number.
      if (shown !== null)
        attribute === 'data-value' ? holder.removeAttribute(attribute) : holder.setAttribute(attribute, shown);
    }
  }
}

/** Widgets re-render, the math is rewritten and popovers open as the reader works: the rule is applied again after each change. */
function keepBlank(quiz: Quiz): void {
  const options: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES,
  };
  const observer = new MutationObserver(() => {
    // The observer's own blanks are not changes to answer: it stops listening while it writes them.
    observer.disconnect();
    scan(quiz);
    observer.observe(document.body, options);
  });
  observer.observe(document.body, options);
}

/** Writes a revealed quantity back everywhere, at the current setup's value (and whatever it alone kept blank). */
function reveal(quiz: Quiz, quantity: string): void {
  quiz.store.quiz?.delete(quantity);
  scan(quiz);
  const left = quiz.store.quiz?.size ?? 0;
  if (left === 0) quiz.hiddenParts.forEach((part) => (part.hidden = false));
  quiz.progress?.setAttribute('data-left', String(left));
  const count = quiz.progress?.querySelector('.quiz-count');
  if (count) count.textContent = `${quiz.asked - left} of ${quiz.asked} done.`;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
}

/** Where a quantity's answer field goes: after the formula, paragraph, table or widget that first shows it. */
function anchorOf(first: Element): Element {
  return (
    first.closest('.katex-display') ??
    first.closest('[data-widget]') ??
    first.closest('.table-scroll') ??
    first.closest('p, li, table, figure') ??
    first
  );
}

/** The answer field for one quantity: a labelled input, Check, Show me, the tolerance and the verdict. */
function answerField(
  quiz: Quiz,
  quantity: string,
  derivation: Derivation,
  all: Map<string, Derivation>,
): HTMLFormElement {
  const id = `quiz-${quantity}`;
  const value = () => viewFor(quiz.store).quantities[quantity];
  const input = element('input', { id, type: 'text', inputMode: 'decimal', autocomplete: 'off', spellcheck: false });
  input.setAttribute('aria-describedby', `${id}-tolerance`);
  const verdict = element('p', { className: 'quiz-verdict' });
  verdict.setAttribute('role', 'status');
  const formula = element('p', { className: 'quiz-formula' });
  formula.dataset.quizFormula = quantity;
  const show = element('button', { type: 'button', textContent: 'Show me' });
  const tolerance = element('p', {
    id: `${id}-tolerance`,
    className: 'quiz-tolerance',
    textContent: `Counts as right to ${SIGNIFICANT_FIGURES} significant figures of the page's value, written plainly, as 2e-3 or as 2 × 10⁻³.`,
  });
  const form = element(
    'form',
    { className: 'quiz-answer' },
    element('label', { htmlFor: id }, 'Your answer: ', element('strong', { textContent: derivation.symbol })),
    element(
      'span',
      { className: 'quiz-row' },
      input,
      element('button', { type: 'submit', textContent: 'Check' }),
      show,
    ),
    tolerance,
    verdict,
    formula,
  );
  form.dataset.quiz = quantity;
  // Once revealed, the formula follows the reader's edits like every other number on the page.
  const writeFormula = () => {
    const { state } = quiz.store;
    const view = viewFor(quiz.store);
    const now = derivationsOf(quiz.store.definition, { ...state.value.setup, network: view.network });
    formula.textContent = formulaWithValues(now.get(quantity), quantity, view.quantities, now, {
      blanks: quiz.store.quiz,
    });
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
    if (result === 'correct' || result === 'not-quite')
      postAnswer({ kind: 'quiz', quantity, correct: result === 'correct', shown: false });
    if (result === 'empty' || result === 'comma') settle(INPUT_MESSAGES[result], false);
    else if (result === 'not-a-number')
      settle(`“${typed.slice(0, 24)}” is not a number: write it like 0.5, −2e-3 or −2 × 10⁻³.`, false);
    else if (result === 'correct') settle(`Correct: ${derivation.symbol} = ${formatNumber(value())}.`, true);
    else {
      const how = derivation.formula
        ? ` ${derivation.symbol} = ${formulaText(derivation.formula, (f) => all.get(f)?.symbol ?? f)}.`
        : '';
      settle(`Not quite.${how} Try again, or choose Show me.`, false);
    }
  });
  show.addEventListener('click', () => {
    postAnswer({ kind: 'quiz', quantity, correct: false, shown: true });
    settle(`${derivation.symbol} = ${formatNumber(value())}.`, true);
  });
  return form;
}

/** The line under the chapter's title: what the link asks, a link to each answer field, and how many are done. */
function summary(quiz: Quiz, all: Map<string, Derivation>): HTMLElement {
  const names = [...(quiz.store.quiz ?? [])];
  const links = names.flatMap((name, k) => {
    const link = element('a', { href: `#quiz-${name}`, textContent: all.get(name)?.symbol ?? name });
    return k === 0 ? [link] : [k === names.length - 1 ? ' and ' : ', ', link];
  });
  const box = element(
    'p',
    { className: 'quiz-summary' },
    element('strong', { textContent: 'Quiz: ' }),
    'work out ',
    ...links,
    `. Each is blank (${BLANK}) wherever the page shows it, with an answer field after the first place. `,
    element('span', { className: 'quiz-count', textContent: `0 of ${names.length} done.` }),
  );
  // At the chapter's defaults the answers are also in the page's source, its fixed prose and the site search.
  if (queryFromState(quiz.store.state.value, quiz.store.definition, quiz.store.urlKeys) === '') {
    box.append(
      element('span', {
        className: 'quiz-defaults',
        textContent:
          ' This quiz is on the chapter’s default numbers, which the page’s source and the site search also show: for an assignment, ask for a link with a setup of its own.',
      }),
    );
  }
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
    if (!Object.hasOwn(view.quantities, name))
      notices.push(`Ignored quiz=${JSON.stringify(name)}: this page has no quantity of that name.`);
    else if (derivation && !derivation.formula)
      notices.push(`Ignored quiz=${JSON.stringify(name)}: ${derivation.symbol} is given, not worked out.`);
    else if (!first || !derivation) notices.push(`Ignored quiz=${JSON.stringify(name)}: this page does not show it.`);
    else (hidden.add(name), firsts.set(name, first));
  }
  if (hidden.size === 0) return notices;
  store.quiz = hidden;
  const quiz: Quiz = {
    store,
    blanked: new Map(),
    texts: new Map(),
    attributes: new Map(),
    hiddenParts: [],
    asked: hidden.size,
  };
  scan(quiz);
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
