// The exercises at the end of a chapter, in the browser: loaded on the first focus or submit in the section, or at
// load when the URL has seed=. It draws the numbers of the URL's seed (text only: nothing from the URL becomes HTML),
// checks answers with the one rule (answers.ts), shows the formula with its numbers, and draws other numbers.
import { chapterExercises } from '../examples/exercises.ts';
import { INPUT_MESSAGES, verdictOf } from '../lib/answers.ts';
import { exerciseSet, FIXED_SEED, otherSeed, type ExerciseSet } from '../lib/exercises.ts';
import { withAssignment, withKey } from '../lib/url-assignment.ts';
import { seedOf } from '../lib/url-state.ts';
import type { PageStore } from '../page/store.ts';
import { postAnswer } from './answer-event.ts';
import { pageReady } from './page.ts';

const VERDICTS = {
  correct: 'Correct.',
  'not-quite': 'Not quite. Check each step, or press Show me.',
  ...INPUT_MESSAGES,
} as const;

/** Writes a set's numbers into the section (text and attributes only), and clears answers given for other numbers. */
function write(part: HTMLElement, set: ExerciseSet, store: PageStore): void {
  part.dataset.seed = String(set.seed);
  part
    .querySelectorAll<HTMLElement>('[data-exercise-seed], [data-exercise-seed-code]')
    .forEach((node) => (node.textContent = String(set.seed)));
  for (const given of set.given) {
    const node = part.querySelector<HTMLElement>(`[data-given="${given.name}"]`);
    if (!node) continue;
    node.textContent = given.text;
    if (given.value !== undefined) node.dataset.value = String(given.value);
  }
  const link = part.querySelector<HTMLAnchorElement>('[data-exercise-link]');
  // The instructor's keys of this page's link (lock=, hide=) stay in the link to the setup; its seed is the set's.
  if (link) link.href = withAssignment(set.query, withKey(store.assignment ?? [], 'seed'));
  set.exercises.forEach((exercise, k) => {
    const form = part.querySelector<HTMLFormElement>(`form[data-exercise="${k}"]`);
    if (!form) return;
    const text = (selector: string, value: string) =>
      form.querySelectorAll<HTMLElement>(selector).forEach((node) => (node.textContent = value));
    text('[data-exercise-prompt]', exercise.prompt);
    text('[data-exercise-tolerance]', exercise.tolerance);
    text('[data-exercise-answer]', exercise.formula);
    // The answer's exact value follows its text: a page drawn from another seed never keeps seed 1's.
    form
      .querySelectorAll<HTMLElement>('[data-exercise-answer]')
      .forEach((node) => (node.dataset.value = String(exercise.answer)));
    text('[data-exercise-verdict]', '');
    text('[data-exercise-shown]', '');
    form.querySelector('input')?.removeAttribute('aria-invalid');
  });
}

/** Checks the typed answer, or shows the answer with its formula ("Show me"). */
function answer(form: HTMLFormElement, set: ExerciseSet, show: boolean): void {
  const exercise = set.exercises[Number(form.dataset.exercise)];
  const verdictNode = form.querySelector<HTMLOutputElement>('[data-exercise-verdict]');
  const input = form.querySelector<HTMLInputElement>('input[name="answer"]');
  if (!exercise || !verdictNode || !input) return;
  if (show) {
    const shown = form.querySelector<HTMLElement>('[data-exercise-shown]');
    if (!shown) return;
    // The formula goes to its own live region; the verdict of an earlier check no longer applies.
    verdictNode.textContent = '';
    delete verdictNode.dataset.verdict;
    shown.textContent = exercise.formula;
    postAnswer({
      kind: 'exercise',
      quantity: exercise.quantity,
      correct: false,
      shown: true,
      seed: set.seed,
      exercise: Number(form.dataset.exercise) + 1,
    });
    return;
  }
  const verdict = verdictOf(input.value, exercise.answer);
  verdictNode.dataset.verdict = verdict;
  if (verdict === 'correct' || verdict === 'not-quite')
    postAnswer({
      kind: 'exercise',
      quantity: exercise.quantity,
      correct: verdict === 'correct',
      shown: false,
      seed: set.seed,
      exercise: Number(form.dataset.exercise) + 1,
    });
  verdictNode.textContent = VERDICTS[verdict];
  if (verdict === 'correct' || verdict === 'empty') input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
}

/** The address with seed= set to `seed`, every other key kept as it was. */
function withSeed(search: string, seed: number): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !pair.startsWith('seed='));
  return `?${[...kept, `seed=${seed}`].join('&')}`;
}

/** Other numbers: a new seed in the address bar and in the page's kept keys, so every link the page writes has it. */
function drawOther(
  part: HTMLElement,
  store: PageStore,
  current: ExerciseSet,
  redraw: (seed: number) => ExerciseSet,
): ExerciseSet {
  const seed = otherSeed(current.seed, Math.random);
  const search = withSeed(location.search, seed);
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  store.assignment = withKey(store.assignment ?? [], 'seed', String(seed));
  const set = redraw(seed);
  write(part, set, store);
  return set;
}

/** Starts the exercises of `part`; a submit that woke them is answered. */
export function start(part: HTMLElement, event?: Event): void {
  const list = chapterExercises[part.dataset.exercises ?? ''];
  if (!list) return;
  // The listener is in place at once; answers wait for the page's store (its example and URL keys).
  const ready = pageReady.then((store) => {
    const redraw = (seed: number) => exerciseSet(store.definition, list, seed, store.urlKeys);
    const seed = seedOf(new URLSearchParams(location.search).get('seed')) ?? FIXED_SEED;
    const current = { store, redraw, set: redraw(seed) };
    if (String(seed) !== part.dataset.seed || withKey(store.assignment ?? [], 'seed').length > 0)
      write(part, current.set, store);
    return current;
  });
  const onSubmit = (submit: Event) => {
    submit.preventDefault();
    const form = submit.target as HTMLFormElement;
    const submitter = (submit as SubmitEvent).submitter as HTMLElement | null;
    ready.then((current) => {
      if (form.matches('[data-exercise-other]'))
        current.set = drawOther(part, current.store, current.set, current.redraw);
      else if (form.matches('[data-exercise]')) answer(form, current.set, submitter?.dataset.action === 'show');
    });
  };
  part.addEventListener('submit', onSubmit);
  if (event?.type === 'submit' && event.target instanceof HTMLFormElement && part.contains(event.target))
    onSubmit(event);
}
