// The page's one door to the outside, mounted once per chapter that names an example, with or without widgets:
// it creates the page's store, hydrates every widget with it, reads the setup from the query string, writes it
// back as the reader edits, and keeps the numbers typeset in the chapter's math up to date.
import { h, hydrate } from 'preact';
import type { ExampleDefinition } from '../examples/types.ts';
import type { Assignment } from '../lib/url-assignment.ts';
import { onceEach, ownEntry, queryFromState } from '../lib/url-state.ts';
import { widgets, type WidgetModule } from '../page/registry.ts';
import { queryOf } from '../page/links.ts';
import { createStore, viewFor, type PageStore } from '../page/store.ts';
import { typesetNumbersOf } from './live-dom.ts';

/** How long the address bar waits after the last change: browsers throttle pages that rewrite it every frame. */
const URL_DELAY_MS = 250;

/** A link this many steps in (or more) is trained in slices, with progress and a Stop button (long-jump.ts), not in one block. */
const JUMP_IN_SLICES = 20_000;

/** Hydrates every widget on the page with the store; resolves to their modules once all are mounted. */
async function mountWidgets(store: PageStore): Promise<WidgetModule[]> {
  const mounts = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
  const modules = await Promise.all(mounts.map((element) => widgets[element.dataset.widget ?? '']?.()));
  mounts.forEach((element, k) => {
    const module = modules[k];
    if (!module) throw new Error(`No widget is named "${element.dataset.widget}".`);
    const options = JSON.parse(element.dataset.options ?? '{}') as Record<string, unknown>;
    hydrate(h(module.View, { ...options, page: store }), element);
  });
  return modules;
}

/** Shows the settings of the URL the page could not use, as text (never HTML), with a way to dismiss them. */
function showNotices(notices: string[]): void {
  const box = document.querySelector<HTMLElement>('[data-url-notice]');
  const list = box?.querySelector('ul');
  if (!box || !list || notices.length === 0) return;
  list.replaceChildren(...onceEach(notices).map((notice) => Object.assign(document.createElement('li'), { textContent: notice })));
  box.hidden = false;
  box.querySelector('button')?.addEventListener('click', () => (box.hidden = true), { once: true });
}

/** The setup in words at the top of the printed chapter: the state's keys and the exercises' seed (as text, never HTML). */
function printSetup(store: PageStore): void {
  const block = document.querySelector<HTMLElement>('[data-print-setup]');
  if (!block) return;
  const names = JSON.parse(block.dataset.words ?? '{}') as Record<string, string>;
  const keys = [...new URLSearchParams(queryFromState(store.state.value, store.definition, store.urlKeys)), ...(store.assignment ?? []).filter(([key]) => key === 'seed')];
  const words = keys.map(([key, value]) => (key === 'steps' ? `after ${value} steps` : `${ownEntry(names, key) ?? key} = ${value}`));
  block.textContent = `Setup: ${words.join(', ') || "the chapter's defaults"}.`;
}

/** The address bar (and the printed setup) follow the state a moment after the last change, with replaceState. */
function followInAddressBar(store: PageStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener('beforeprint', () => printSetup(store));
  printSetup(store);
  return store.state.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { pathname, search, hash } = window.location;
      const query = queryOf(store);
      printSetup(store);
      if (query !== search) history.replaceState(history.state, '', `${pathname}${query}${hash}`);
    }, URL_DELAY_MS);
  });
}

/**
 * Previous/next links to a chapter of the same example carry the setup: their query is the state's, rewritten at
 * every change, so that an edit followed at once by "Next" is in it (the address bar follows only after URL_DELAY_MS).
 */
function carrySetupInLinks(store: PageStore, example: string): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')].filter((link) => link.dataset.example === example);
  const write = () => {
    const query = queryOf(store);
    for (const link of links) (link.search = query), (link.dataset.carried = '');
  };
  write();
  store.state.subscribe(write);
}

let started: PageStore | undefined;
let markReady: (store: PageStore) => void;

/** The page's store once started, for code that loads later (explain.ts); undefined before. */
export const pageStore = (): PageStore | undefined => started;

/** The page's store once the URL's setup is applied and the widgets are mounted, for parts that load on first use. */
export const pageReady = new Promise<PageStore>((resolve) => (markReady = resolve));

/** Starts the page: see the file comment. The page is marked data-page="ready" once the URL's setup is applied. */
export async function startPage(source: HTMLElement): Promise<void> {
  const definition = JSON.parse(source.textContent ?? '') as ExampleDefinition;
  // Long runs (article 003's 2.5·10⁵ epochs, the builder) need the engine's fast path; Part I's 10⁴ steps do not.
  const { notation, controls } = definition;
  const fastTrain = definition.maxSteps > 10_000 || controls.mode ? await import('../lib/long-runs.ts') : undefined;
  const hasMatrixKeys = notation.kind === 'matrix' || controls.shape || controls.seededStart || controls.dataSets;
  const urlKeys = hasMatrixKeys ? (await import('../lib/url-matrix.ts')).matrixKeys : undefined;
  // A URL with no keys gives the defaults, with nothing to say: the reader's code loads only for one that has keys.
  const search = window.location.search;
  const reader = new URLSearchParams(search).size > 0 ? await import('../lib/url-read.ts') : undefined;
  const assignment: Assignment = reader?.assignmentOf(search, definition) ?? [];
  const store = (started = createStore(definition, { fastTrain, urlKeys, assignment }));
  const modules = await mountWidgets(store);
  const read = reader?.readStateFromQuery(search, definition, urlKeys) ?? { state: { setup: definition.defaults, steps: 0 }, notices: [] };
  const steps = read.state.steps < JUMP_IN_SLICES ? read.state.steps : await (await import('./long-jump.ts')).trainToLink(store, read.state, modules);
  store.state.value = { setup: read.state.setup, steps };
  // Stopped short of the link's steps: the address says where the page is.
  if (steps !== read.state.steps) history.replaceState(history.state, '', `${location.pathname}${queryOf(store)}${location.hash}`);
  // Numbers beyond a float64: the setting to blame, in words (its code loads only then).
  const { quantities } = viewFor(store);
  const overflow = Object.values(quantities).some((value) => !Number.isFinite(value));
  const range = overflow ? (await import('../lib/out-of-range.ts')).outOfRange(definition, read.state.setup, quantities) : null;
  const notices = range ? [...read.notices, range] : read.notices;
  showNotices(notices);
  // An instructor's link (lock=, hide=, quiz=): its code loads only when the link has those keys.
  if (assignment.length > 0) showNotices([...notices, ...(await (await import('./assignment.ts')).applyAssignment(window.location.search, store))]);
  const update = typesetNumbersOf(document);
  store.state.subscribe((current) => update(viewFor(store, current).quantities));
  followInAddressBar(store);
  carrySetupInLinks(store, source.dataset.pageExample ?? '');
  document.documentElement.dataset.page = 'ready';
  markReady(store);
}
