// An instructor's link: `lock=w1,w2,lr` shows those controls read-only, with a visible lock and an accessible
// description; `hide=activation,presets,training` hides controls or whole widgets. The link is the assignment:
// nothing is stored anywhere, and every link the page writes keeps these keys. Loaded only for links that have them.

import { ownEntry } from '../lib/url-state.ts';
import type { PageStore } from '../widgets/store.ts';

/** Whole parts of a page a link may hide, by name. */
export const PARTS: Record<string, string> = {
  presets: '[data-preset]',
  setup: '[data-widget^="setup-form"]',
  diagram: '[data-widget="network-diagram"]',
  table: '[data-widget="parameter-table"]',
  training: '[data-widget="training-panel"]',
  python: '[data-python]',
  predict: '[data-lazy="predict"]',
  exercises: 'section.exercises',
  instructors: 'details.instructors',
};

/** The name a link uses for a control: its data-controls (w1, lr, i1 …), or its label for selects without one. */
export function controlsNamed(name: string): (HTMLInputElement | HTMLSelectElement)[] {
  const escaped = CSS.escape(name);
  const byQuantity = [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`.setup-controls [data-controls="${escaped}"]:is(input, select)`)];
  if (byQuantity.length > 0) return byQuantity;
  const label = [...document.querySelectorAll<HTMLLabelElement>('.setup-controls label')].find((l) => l.textContent?.trim() === name);
  const control = label?.htmlFor ? document.getElementById(label.htmlFor) : label?.querySelector('input, select');
  return control ? [control as HTMLInputElement | HTMLSelectElement] : [];
}

/** The name a link uses for each control of the setup, in page order, once each: what lock= and hide= accept. */
export function controlNames(): string[] {
  const names = [...document.querySelectorAll<HTMLElement>('.setup-controls :is(input, select)')].map((control) => {
    const label = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
    // A select's data-controls names what it changes downstream (fprime_h1); a link names it by its label.
    return (control instanceof HTMLSelectElement ? undefined : control.dataset.controls) ?? label?.textContent?.trim() ?? '';
  });
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
  if (control instanceof HTMLInputElement && control.type !== 'checkbox') control.readOnly = true;
  else (control as HTMLSelectElement | HTMLInputElement).disabled = true;
  control.setAttribute('aria-describedby', note.id);
  control.closest('.field, .check-field')?.classList.add('locked');
  control.addEventListener('keydown', (event) => event.key.startsWith('Arrow') && event.stopImmediatePropagation(), { capture: true });
}

/** Applies the link's lock=, hide= and quiz= keys to the page; returns notices for names it does not know. */
export async function applyAssignment(search: string, store: PageStore): Promise<string[]> {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const names = (key: string) => [...new Set((params.get(key) ?? '').split(',').map((name) => name.trim()).filter(Boolean))];
  const note = lockNote();
  for (const name of names('lock')) {
    const controls = controlsNamed(name);
    if (controls.length === 0) notices.push(`Ignored lock=${JSON.stringify(name)}: this page has no control of that name.`);
    controls.forEach((control) => lock(control, note));
  }
  for (const name of names('hide')) {
    const selector = ownEntry(PARTS, name);
    const parts = selector ? [...document.querySelectorAll<HTMLElement>(selector)] : controlsNamed(name).map((c) => c.closest<HTMLElement>('.field, .check-field') ?? c);
    if (parts.length === 0) notices.push(`Ignored hide=${JSON.stringify(name)}: this page has no part or control of that name.`);
    parts.forEach((part) => (part.hidden = true));
  }
  const quiz = names('quiz');
  if (quiz.length > 0) notices.push(...(await import('./quiz.ts')).applyQuiz(quiz, store));
  return notices;
}
