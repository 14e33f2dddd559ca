// The page's words about its setup, loaded only when there is something to say: the notices about a URL's settings
// the page could not use, and the setup in words at the top of the printed chapter when it is not the defaults.
import { onceEach, ownEntry, queryFromState } from '../lib/url-state.ts';
import type { PageStore } from '../page/store.ts';

export { queryOf } from '../page/links.ts';

/** Shows the settings of the URL the page could not use, as text (never HTML), with a way to dismiss them. */
export function showNotices(notices: string[]): void {
  const box = document.querySelector<HTMLElement>('[data-url-notice]');
  const list = box?.querySelector('ul');
  if (!box || !list || notices.length === 0) return;
  list.replaceChildren(
    ...onceEach(notices).map((notice) => Object.assign(document.createElement('li'), { textContent: notice })),
  );
  box.hidden = false;
  box.querySelector('button')?.addEventListener('click', () => (box.hidden = true), { once: true });
}

/** The setup in words at the top of the printed chapter: the state's keys and the exercises' seed (as text, never HTML). */
export function printSetup(store: PageStore): void {
  const block = document.querySelector<HTMLElement>('[data-print-setup]');
  if (!block) return;
  const names = JSON.parse(block.dataset.words ?? '{}') as Record<string, string>;
  const keys = [
    ...new URLSearchParams(queryFromState(store.state.value, store.definition, store.urlKeys)),
    ...(store.assignment ?? []).filter(([key]) => key === 'seed'),
  ];
  const words = keys.map(([key, value]) =>
    key === 'steps' ? `after ${value} steps` : `${ownEntry(names, key) ?? key} = ${value}`,
  );
  block.textContent = `Setup: ${words.join(', ') || "the chapter's defaults"}.`;
}
