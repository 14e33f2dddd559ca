// A predict-then-reveal prompt in the browser (Predict.astro renders it; on-first-use.ts loads this module when the
// reader first focuses or submits it). Reveal computes the answer from the page's current setup with the same rule
// as the server; once revealed, the answer and the verdict follow every change of the setup or of the pick.
import type { Setup } from '../examples/types.ts';
import { formatNumber } from '../lib/format.ts';
import {
  answerOf,
  choiceText,
  missingOf,
  trainingStepsOf,
  verdictOf,
  type Prompt,
  type Segment,
} from '../lib/predictions.ts';
import * as longRuns from '../lib/long-runs.ts';
import { viewOf } from '../lib/runs.ts';
import { viewFor, type PageStore } from '../page/store.ts';
import { pageReady } from './page.ts';

/** A number of the answer: the formatter's text, its exact value, and its quantity when it is one of the page's. */
function numberSpan(part: Exclude<Segment, string>, decimals: number): HTMLElement {
  const span = Object.assign(document.createElement('span'), {
    className: 'num',
    textContent: formatNumber(part.value, decimals),
  });
  span.dataset.value = String(part.value);
  if (part.quantity) span.dataset.quantity = part.quantity;
  return span;
}

/** The quantities after a 'trained' rule's run from the setup's start, once per setup (a run of its own: the page's caches stay as they are). */
function trainedQuantities(
  store: PageStore,
  prompt: Prompt,
  cache: WeakMap<Setup, Record<string, number>>,
  setup: Setup,
): Record<string, number> {
  const steps = trainingStepsOf(prompt.rule, setup);
  if (steps === 0) return {};
  let quantities = cache.get(setup);
  if (!quantities) {
    quantities = viewOf(store.definition, { setup, steps }, undefined, store.fastTrain ?? longRuns).quantities;
    cache.set(setup, quantities);
  }
  return quantities;
}

/** Wires one prompt to the page's store; `event` is the one that woke it (a submit reveals at once). */
export function start(part: HTMLElement, event?: Event): void {
  const form = part as HTMLFormElement;
  const prompt = JSON.parse(form.dataset.prompt ?? '{}') as Prompt;
  const decimals = prompt.decimals ?? 4;
  const verdictBox = form.querySelector<HTMLElement>('[data-predict-verdict]');
  const answerBox = form.querySelector<HTMLElement>('[data-predict-answer]');
  const trained = new WeakMap<Setup, Record<string, number>>();
  let revealed = false;
  let lastVerdict = '';

  const picked = () => form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;

  const show = (store: PageStore) => {
    if (!verdictBox || !answerBox) return;
    const { setup } = store.state.value;
    const now = viewFor(store).quantities;
    const missing = missingOf(prompt.rule, now);
    if (missing.length > 0) {
      answerBox.hidden = false;
      answerBox.textContent = `This question needs ${missing.join(', ')}, which the current network does not have.`;
      verdictBox.textContent = '';
      return;
    }
    const answer = answerOf(prompt, now, trainedQuantities(store, prompt, trained, setup));
    const verdict = verdictOf(answer, picked());
    if (verdict === 'none') {
      verdictBox.textContent = 'Choose an answer first, then reveal.';
      return;
    }
    revealed = true;
    const words = choiceText(prompt, answer.choice);
    const text = `${verdict === 'right' ? 'Right.' : 'Not quite.'} With the current setup: ${words}.`;
    // The status speaks only when the verdict changes, not on every keystroke in the setup.
    if (text !== lastVerdict) verdictBox.textContent = lastVerdict = text;
    form.dataset.verdict = verdict;
    answerBox.hidden = false;
    answerBox.replaceChildren(
      ...answer.facts.map((segment) => (typeof segment === 'string' ? segment : numberSpan(segment, decimals))),
      ...(prompt.note ? [` ${prompt.note}`] : []),
    );
  };

  // Listening at once: a submit that came while this module loaded is sent again right after start().
  form.addEventListener('submit', (submitted) => {
    submitted.preventDefault();
    pageReady.then(show);
  });
  pageReady.then((store) => {
    form.addEventListener('change', () => revealed && show(store));
    store.state.subscribe(() => revealed && show(store));
    if (event?.type === 'submit') show(store);
  });
}
