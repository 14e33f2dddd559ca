// An instructor's link: `lock=w1,w2,lr` shows those controls read-only, with a visible lock and an accessible
// description; `hide=activation,presets,training` hides controls or whole widgets. The link is the assignment:
// nothing is stored anywhere, and every link the page writes keeps these keys. Loaded only for links that have them.

import { holdLocked, SHAPE } from '../lib/locks.ts';
import { ownEntry } from '../lib/url-state.ts';
import type { PageState } from '../examples/types.ts';
import type { PageStore } from '../page/store.ts';

/** Whole parts of a page a link may hide, by name. */
export const PARTS: Record<string, string> = {
  presets: '[data-preset], [data-preset] + button, .setup-controls .button-row > button:first-child',
  builder: '[data-widget="network-builder"]',
  start: '[data-widget="start-picker"]',
  setup: '[data-widget^="setup-form"]',
  diagram: '[data-widget="network-diagram"]',
  table: '[data-widget="parameter-table"]',
  training: '[data-widget="training-panel"]',
  python: '[data-python]',
  predict: '[data-lazy="predict"]',
  exercises: 'section.exercises',
  instructors: 'details.instructors',
};

/** Where the page's controls are: the setup panel, the builder and Part III's start picker. */
const CONTROLS = ':is(.setup-controls, .network-builder, .start-picker)';

/** The visible label of a control. */
const labelOf = (control: Element): string =>
  (control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent?.trim() : undefined) ??
  '';

/** The name a link uses for a control: its data-controls (w1, lr, i1 …), or its label for selects and switches; `shape` names every size select of the builder. */
export function controlsNamed(name: string): (HTMLInputElement | HTMLSelectElement)[] {
  const escaped = CSS.escape(name);
  const byQuantity = [
    ...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      `${CONTROLS} [data-controls="${escaped}"]:is(input, select)`,
    ),
  ];
  if (byQuantity.length > 0) return byQuantity;
  const all = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`${CONTROLS} :is(input, select)`)];
  if (name === 'shape') return all.filter((control) => SHAPE.test(labelOf(control)) && labelOf(control) !== 'shape');
  return all.filter((control) => labelOf(control) === name).slice(0, 1);
}

/** The name a link uses for each control of the page, in page order, once each: what lock= and hide= accept. */
export function controlNames(): string[] {
  const names = [...document.querySelectorAll<HTMLElement>(`${CONTROLS} :is(input, select)`)].map(
    (control) =>
      // A select's data-controls names what it changes downstream (fprime_h1); a link names it by its label.
      (control instanceof HTMLSelectElement ? undefined : control.dataset.controls) ?? labelOf(control),
  );
  if (names.some((name) => SHAPE.test(name))) names.push('shape');
  return [...new Set(names.filter((name) => name && controlsNamed(name).length > 0))];
}

/** A hidden description the locked controls point to. */
function lockNote(): HTMLElement {
  const note = document.createElement('span');
  note.id = 'locked-by-link';
  note.hidden = true;
  note.textContent = 'Locked by the link you followed: this value is part of the exercise.';
  document.body.append(note);
  return note;
}

/** Makes a control read-only (a select: disabled), marks its field with a lock, and keeps arrow keys from nudging it. */
function lock(control: HTMLElement, note: HTMLElement): void {
  control.dataset.lockedByLink = '';
  if (control instanceof HTMLInputElement && control.type !== 'checkbox') control.readOnly = true;
  else (control as HTMLSelectElement | HTMLInputElement).disabled = true;
  control.setAttribute('aria-describedby', note.id);
  control.closest('.field, .check-field')?.classList.add('locked');
  control.addEventListener('keydown', (event) => event.key.startsWith('Arrow') && event.stopImmediatePropagation(), {
    capture: true,
  });
}

/**
 * Applies the link's lock=, hide= and quiz= keys to the page; returns notices for names it does not know. Locked values
 * are held in the page's state itself (every control, Reset and the presets included, writes through the store's
 * guard), and controls drawn again later (a builder layer, the start picker) are locked and hidden like the first.
 */
export async function applyAssignment(search: string, store: PageStore): Promise<string[]> {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const names = (key: string) => [
    ...new Set(
      (params.get(key) ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  const note = lockNote();
  const locks = names('lock');
  const hides = names('hide');
  for (const name of locks)
    if (controlsNamed(name).length === 0)
      notices.push(`Ignored lock=${JSON.stringify(name)}: this page has no control of that name.`);
  /** What hide=name hides: a whole part of the page by its own name in PARTS, else the field of a control. */
  const partsNamed = (name: string) => {
    const selector = ownEntry(PARTS, name);
    return selector
      ? [...document.querySelectorAll<HTMLElement>(selector)]
      : controlsNamed(name).map((c) => c.closest<HTMLElement>('.field, .check-field') ?? c);
  };
  for (const name of hides)
    if (partsNamed(name).length === 0)
      notices.push(`Ignored hide=${JSON.stringify(name)}: this page has no part or control of that name.`);
  if (locks.length > 0) {
    const held = store.state.value.setup;
    const { definition } = store;
    // Every write to the page's state passes through the lock: the signal's setter is wrapped (one door for all controls).
    const signal = store.state;
    const { get, set } = Object.getOwnPropertyDescriptor(signal, 'value') as PropertyDescriptor;
    Object.defineProperty(signal, 'value', {
      get,
      set(next: PageState) {
        const setup = holdLocked(definition, locks, held, next.setup);
        set?.call(signal, setup === next.setup ? next : { ...next, setup });
      },
    });
  }
  const apply = () => {
    for (const name of locks)
      controlsNamed(name).forEach((control) => control.dataset.lockedByLink === undefined && lock(control, note));
    for (const name of hides) partsNamed(name).forEach((part) => part.hidden || (part.hidden = true));
  };
  apply();
  if (locks.length > 0 || hides.length > 0)
    new MutationObserver(apply).observe(document.body, { childList: true, subtree: true });
  const quiz = names('quiz');
  if (quiz.length > 0) notices.push(...(await import('./quiz.ts')).applyQuiz(quiz, store));
  const embed = params.get('embed');
  if (embed !== null) notices.push(...embedFigure(embed));
  return notices;
}

/**
 * embed=figure-id: the page shows that figure alone (no header, sidebar or prose), for an iframe on a course page or
 * an LMS, with the link's notices above it and its quiz fields below; the link's other keys apply as on the page.
 */
export function embedFigure(id: string): string[] {
  const figure = document.getElementById(id);
  if (!figure?.matches('[data-widget]'))
    return [
      `Ignored embed=${JSON.stringify(id.slice(0, 40))}: this page has no figure with that id (figure ids start with figure-).`,
    ];
  const above = [...document.querySelectorAll<HTMLElement>('[data-url-notice], .quiz-summary')];
  const below = [...document.querySelectorAll<HTMLElement>('form.quiz-answer')];
  figure.before(...above);
  figure.after(...below);
  const kept = new Set<Element>([figure, ...above, ...below]);
  for (let node: Element = figure; node.parentElement && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling !== node && !kept.has(sibling) && !sibling.matches('script, style, link'))
        sibling.classList.add('embed-hidden');
    }
  }
  document.documentElement.dataset.embed = id;
  return [];
}
