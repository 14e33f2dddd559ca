// The page's words about its setup, loaded only when there is something to say: the notices about a URL's settings
// the page could not use, and the setup in words at the top of the printed chapter when it is not the defaults.
import { ASSIGNMENT_KEYS, onceEach, ownEntry } from '../lib/url-state.ts';

/** Shows the settings of the URL the page could not use, as text (never HTML), with a way to dismiss them. */
export function showNotices(notices: string[]): void {
  const box = document.querySelector<HTMLElement>('[data-url-notice]');
  const list = box?.querySelector('ul');
  if (!box || !list || notices.length === 0) return;
  list.replaceChildren(...onceEach(notices).map((notice) => Object.assign(document.createElement('li'), { textContent: notice })));
  box.hidden = false;
  box.querySelector('button')?.addEventListener('click', () => (box.hidden = true), { once: true });
}

const WORDS: Record<string, string> = { lr: 'learning rate', trainBiases: 'train biases', act: 'activations', x: 'example shown' };

/** The setup in words at the top of the printed chapter, from the query that holds it (as text, never HTML). */
export function printSetup(query: string): void {
  const words = [...new URLSearchParams(query)].filter(([key]) => key === 'seed' || !ASSIGNMENT_KEYS.includes(key)).map(([key, value]) => (key === 'steps' ? `after ${value} steps` : `${ownEntry(WORDS, key) ?? key} = ${value}`));
  const block = document.querySelector('[data-print-setup]');
  if (block) block.textContent = `Setup: ${words.join(', ') || "the chapter's defaults"}.`;
}
