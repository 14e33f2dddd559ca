// The "For instructors" panel at the end of every chapter with an example: it builds an assignment link from
// checkboxes (lock=, hide=, quiz=, seed=) and copies it. The link is the assignment: nothing is stored anywhere.
// Loaded when the panel is first opened.
import { chapterExercises } from '../examples/exercises.ts';
import { answerKey, handout, parseSeeds } from '../lib/answer-key.ts';
import { SIGNIFICANT_FIGURES } from '../lib/answers.ts';
import { derivationsOf } from '../lib/derivations/index.ts';
import { drawSetup, FIXED_SEED, otherSeed } from '../lib/exercises.ts';
import { PAGE_KEYS } from '../lib/url-keys.ts';
import { queryFromState, seedOf } from '../lib/url-state.ts';
import { viewFor, type PageStore } from '../page/store.ts';
import { PARTS, controlNames, controlsNamed } from './assignment.ts';
import { pageReady } from './page.ts';

/** The hideable parts in words. */
const PART_WORDS: Record<string, string> = {
  presets: 'the presets and Reset',
  builder: 'the network builder',
  start: 'the start picker',
  setup: 'the whole setup',
  diagram: 'the network diagram',
  table: 'the table of updates',
  training: 'the training panel',
  python: 'the Python export',
  predict: 'the predict-then-reveal questions',
  exercises: 'the exercises',
  instructors: 'this panel',
};

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
}

/** A group of checkboxes, one per name; `onChange` runs on every tick. */
function checkboxes(
  key: string,
  legend: string,
  hint: string,
  names: [string, string][],
  onChange: () => void,
): HTMLFieldSetElement {
  const boxes = names.map(([name, words]) => {
    const id = `instructors-${key}-${name}`;
    const box = element('input', { type: 'checkbox', id, value: name });
    box.dataset.key = key;
    box.addEventListener('change', onChange);
    return element('div', { className: 'check-field' }, box, element('label', { htmlFor: id }, words));
  });
  const fieldset = element(
    'fieldset',
    { className: `instructors-group instructors-${key}` },
    element('legend', { textContent: legend }),
    element('p', { className: 'instructors-hint', textContent: hint }),
  );
  fieldset.append(
    element(
      'div',
      { className: 'instructors-boxes' },
      ...(boxes.length > 0 ? boxes : [element('p', { textContent: 'Nothing on this page.' })]),
    ),
  );
  return fieldset;
}

/** The derived quantities the page shows, in the order they first appear, with their symbols. */
function quizNames(store: PageStore): [string, string][] {
  const state = store.state.value;
  const all = derivationsOf(store.definition, { ...state.setup, network: viewFor(store, state).network });
  const shown = [...document.querySelectorAll('[data-quantity]')].map(
    (number) => number.getAttribute('data-quantity') ?? '',
  );
  return [...new Set(shown)].flatMap((name) => {
    const derivation = all.get(name);
    return derivation?.formula ? [[name, `${derivation.symbol} (${name})`] as [string, string]] : [];
  });
}

/** The link the panel's choices give: the page's address, its setup if asked for, then lock, hide, quiz and seed. */
function linkOf(panel: HTMLElement, store: PageStore): string {
  const params = new URLSearchParams();
  const withSetup = panel.querySelector<HTMLInputElement>('#instructors-with-setup')?.checked;
  const seed = seedOf(panel.querySelector<HTMLInputElement>('#instructors-seed')?.value ?? null);
  if (withSetup) {
    // Where seed= also draws the start (Part III), the page's weights are written out beside it, so the link opens
    // this page's start and the seed draws only the exercises.
    const { state, definition, urlKeys } = store;
    const current =
      seed !== null && definition.controls.seededStart
        ? { ...state.value, setup: { ...state.value.setup, startSeed: seed } }
        : state.value;
    new URLSearchParams(queryFromState(current, definition, urlKeys)).forEach(
      (value, key) => !PAGE_KEYS.includes(key) && params.set(key, value),
    );
  }
  for (const key of ['lock', 'hide', 'quiz']) {
    const ticked = [...panel.querySelectorAll<HTMLInputElement>(`input[data-key="${key}"]:checked`)].map(
      (box) => box.value,
    );
    if (ticked.length > 0) params.set(key, ticked.join(','));
  }
  if (seed !== null) params.set('seed', String(seed));
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3B', ';');
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
}

/** The chapter's title, for the printed sheets. */
const chapterTitle = (): string => document.querySelector('h1')?.textContent?.trim() ?? document.title;

/** The answer key or the handout for the seeds typed, as a printable section after the panel (text only, built here). */
function sheet(
  panel: HTMLElement,
  store: PageStore,
  kind: 'key' | 'handout',
  link: string,
  seeds: number[],
): HTMLElement {
  const list =
    chapterExercises[document.querySelector<HTMLElement>('section.exercises')?.dataset.exercises ?? ''] ?? [];
  const title = kind === 'key' ? `Answer key: ${chapterTitle()}` : `Handout: ${chapterTitle()}`;
  const section = element('section', { className: `print-sheet print-${kind}`, tabIndex: -1 });
  section.setAttribute('aria-label', title);
  const close = element('button', { type: 'button', textContent: 'Close' });
  const print = element('button', { type: 'button', textContent: 'Print' });
  close.addEventListener('click', () => section.remove());
  print.addEventListener('click', () => {
    document.documentElement.classList.add('printing-sheet');
    addEventListener('afterprint', () => document.documentElement.classList.remove('printing-sheet'), { once: true });
    window.print();
  });
  section.append(
    element('h2', { textContent: title }),
    element('p', { className: 'instructors-actions' }, print, ' ', close),
  );
  if (kind === 'key') {
    section.append(
      element('p', {
        textContent: `Link: ${link} (each student’s seed in place of seed=). Answers to six decimals; a student’s counts to ${SIGNIFICANT_FIGURES} significant figures.`,
      }),
    );
    for (const line of answerKey(store.definition, list, link, seeds, store.urlKeys)) {
      const parts = [`Seed ${line.seed}. Setup: ${line.setup}.`];
      if (line.exercises.length > 0) parts.push(`Exercises: ${line.exercises.join('; ')}.`);
      if (line.quiz.length > 0) parts.push(`Quiz: ${line.quiz.join('; ')}.`);
      section.append(element('p', { className: 'key-line', textContent: parts.join(' ') }));
    }
  } else {
    for (const page of handout(store.definition, list, link, seeds, store.urlKeys)) {
      section.append(
        element(
          'article',
          { className: 'handout-sheet' },
          element('h3', { textContent: `${chapterTitle()}: seed ${page.seed}` }),
          element('p', { className: 'handout-name', textContent: 'Name: ______________________________' }),
          element('p', { textContent: 'Open this link and work out the blanks and the exercises:' }),
          element('p', { className: 'handout-link', textContent: page.link }),
          element('p', { textContent: `Exercises (from the end of the chapter), on this setup: ${page.setup}.` }),
          element('ol', {}, ...page.questions.map((question) => element('li', { textContent: question }))),
        ),
      );
    }
  }
  panel.parentElement?.querySelectorAll('.print-sheet').forEach((old) => old.remove());
  panel.after(section);
  section.focus();
  return section;
}

/** The seeds field and the two buttons that make a key or a handout from the link the panel shows. */
function keyAndHandout(panel: HTMLElement, store: PageStore, link: () => string): HTMLFieldSetElement {
  const seeds = element('input', {
    type: 'text',
    id: 'instructors-seeds',
    autocomplete: 'off',
    className: 'instructors-seed',
    value: '1-30',
  });
  seeds.setAttribute('aria-describedby', 'instructors-seeds-hint');
  const status = element('p', { className: 'instructors-status' });
  status.setAttribute('role', 'status');
  const make = (kind: 'key' | 'handout') => {
    const parsed = parseSeeds(seeds.value);
    if ('error' in parsed) {
      status.textContent = parsed.error;
      seeds.setAttribute('aria-invalid', 'true');
      return;
    }
    seeds.removeAttribute('aria-invalid');
    status.textContent = '';
    sheet(panel, store, kind, link(), parsed.seeds);
  };
  const key = element('button', { type: 'button', textContent: 'Answer key' });
  const sheets = element('button', { type: 'button', textContent: 'Handout' });
  key.addEventListener('click', () => make('key'));
  sheets.addEventListener('click', () => make('handout'));
  return element(
    'fieldset',
    { className: 'instructors-group instructors-key' },
    element('legend', { textContent: 'Answer key and handout' }),
    element(
      'div',
      { className: 'field' },
      element('label', { htmlFor: 'instructors-seeds', textContent: 'Seeds' }),
      seeds,
      element('p', {
        id: 'instructors-seeds-hint',
        className: 'instructors-hint',
        textContent:
          'Like 1-30 or 3, 8, 12: one line of the key (the setup and every answer) and one handout sheet (a name line, the link, the questions) per seed, for the link above. Made here and printed from here; nothing is stored.',
      }),
    ),
    element('p', { className: 'instructors-actions' }, key, ' ', sheets),
    status,
  );
}

/** Whether a link quizzes numbers at the chapter's defaults: quiz= with no setup of its own (seed= draws one on Part III). */
function quizAtDefaults(link: string, store: PageStore): boolean {
  const params = new URL(link).searchParams;
  const ownSetup = [...params.keys()].some(
    (key) => !PAGE_KEYS.includes(key) || (key === 'seed' && store.definition.controls.seededStart),
  );
  return params.has('quiz') && !ownSetup;
}

/** Fills the panel (once) and keeps its link up to date. */
export async function start(panel: HTMLElement): Promise<void> {
  const store = await pageReady;
  const body = panel.querySelector('.instructors-body');
  if (!body) return;
  const output = element('input', {
    id: 'instructors-link',
    type: 'text',
    readOnly: true,
    className: 'instructors-link',
  });
  const open = element('a', { textContent: 'Open it', className: 'instructors-open' });
  const status = element('p', { className: 'instructors-status' });
  status.setAttribute('role', 'status');
  const update = () => {
    const link = linkOf(panel, store);
    output.value = link;
    open.href = link;
    const typed = seed.value.trim();
    status.textContent =
      typed && seedOf(typed) === null
        ? `“${typed.slice(0, 24)}” is not a whole number from 0 to 2147483648: the link has no seed.`
        : '';
    warning.hidden = !quizAtDefaults(link, store);
  };
  // A quiz at the chapter's defaults asks for numbers the page's source, its fixed prose and the site search show.
  const warning = element(
    'div',
    { className: 'instructors-warning' },
    element('p', {
      textContent:
        'Warning: this quiz is on the chapter’s default numbers, which the page’s source, its fixed prose and the site search also show. Start from another setup: edit the setup above and tick “Start from the setup on this page now”, or draw one.',
    }),
  );
  warning.setAttribute('role', 'alert');
  const drawn = element('button', { type: 'button', textContent: 'Draw a setup for this assignment' });
  drawn.addEventListener('click', () => {
    // The exercises' draw (numbers worth working by hand), from a seed of its own: the page shows it, the link starts from it.
    store.state.value = { setup: drawSetup(store.definition, otherSeed(FIXED_SEED, Math.random)), steps: 0 };
    withSetup.checked = true;
    update();
  });
  warning.append(drawn);
  const controls = controlNames().map((name): [string, string] => {
    const label = controlsNamed(name)[0]?.labels?.[0]?.textContent?.trim();
    return [name, label && label !== name ? `${label} (${name})` : name];
  });
  const parts = Object.entries(PARTS)
    .filter(([, selector]) => document.querySelector(selector))
    .map(([name]): [string, string] => [name, PART_WORDS[name] ?? name]);
  const withSetup = element('input', {
    type: 'checkbox',
    id: 'instructors-with-setup',
    checked: queryFromState(store.state.value, store.definition, store.urlKeys) !== '',
  });
  withSetup.addEventListener('change', update);
  const seed = element('input', {
    type: 'text',
    id: 'instructors-seed',
    inputMode: 'numeric',
    autocomplete: 'off',
    className: 'instructors-seed',
  });
  seed.setAttribute('aria-describedby', 'instructors-seed-hint');
  seed.addEventListener('input', update);
  const copy = element('button', { type: 'button', textContent: 'Copy the link' });
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Link copied.';
    } catch {
      output.select();
      status.textContent = 'Select the link above and copy it.';
    }
  });
  body.replaceChildren(
    element('p', {
      textContent:
        'Tick what your students may not change, what they should not see and which numbers they must work out; then copy the link and share it. The link is the whole assignment: nothing is stored anywhere. A link is a convenience, not security: a student who edits the address or reads the page’s source can undo it.',
    }),
    element(
      'div',
      { className: 'check-field' },
      withSetup,
      element(
        'label',
        { htmlFor: 'instructors-with-setup' },
        'Start from the setup on this page now (otherwise from the chapter’s defaults)',
      ),
    ),
    checkboxes(
      'lock',
      'Lock (shown, read-only)',
      'Students see these values but cannot change them.',
      controls,
      update,
    ),
    checkboxes(
      'hide',
      'Hide',
      'Hidden from students: whole widgets or single controls.',
      [...parts, ...controls],
      update,
    ),
    checkboxes(
      'quiz',
      'Quiz (blank until answered)',
      `Blank everywhere on the page (and so is any other number equal to it), with an answer field where each first appears; answers count to ${SIGNIFICANT_FIGURES} significant figures.`,
      quizNames(store),
      update,
    ),
    element(
      'div',
      { className: 'field instructors-seed-field' },
      element('label', { htmlFor: 'instructors-seed', textContent: 'Exercise seed (optional)' }),
      seed,
      element('p', {
        id: 'instructors-seed-hint',
        className: 'instructors-hint',
        textContent: store.definition.controls.seededStart
          ? 'A whole number: the exercises at the end of the chapter draw their numbers from it, and so does the page’s start unless “Start from the setup on this page now” is ticked. Give each student a different one, or the class the same.'
          : 'A whole number: the exercises at the end of the chapter draw their numbers from it. Give each student a different one, or the class the same.',
      }),
    ),
    warning,
    element('label', { htmlFor: 'instructors-link', textContent: 'Assignment link' }),
    output,
    element('p', { className: 'instructors-actions' }, copy, ' ', open),
    status,
    keyAndHandout(panel, store, () => output.value),
  );
  update();
}
