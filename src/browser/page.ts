// The page's one door to the outside, mounted once per chapter that names an example, with or without widgets:
// it creates the page's store, hydrates every widget with it, reads the setup from the query string, writes it
// back as the reader edits, and keeps the numbers typeset in the chapter's math up to date.
import { h, hydrate, options, render, type ComponentChild } from 'preact';
import type { ExampleDefinition, PageState } from '../examples/types.ts';
import type { Assignment } from '../lib/url-assignment.ts';
import { widgets, type WidgetModule } from '../page/registry.ts';
import { OnScreen, screenGate, type ScreenGate } from '../page/screen-gate.ts';
import { createStore, viewFor, type PageStore } from '../page/store.ts';
import { typesetNumbersOf } from './live-dom.ts';

/** How long the address bar waits after the last change: browsers throttle pages that rewrite it every frame. */
const URL_DELAY_MS = 250;

/** A link this many steps in (or more) is trained in slices, with progress and a Stop button (long-jump.ts), not in one block. */
const JUMP_IN_SLICES = 20_000;

/**
 * Widgets whose server HTML is already what they show at the state it was rendered for: no width to measure, no
 * canvas, no observer, no field. On a page opened without a query their code loads only when the state changes or
 * the reader clicks one of their buttons, so that a chapter runs less at load.
 */
const ON_DEMAND = new Set([
  'parameter-table',
  'update-order',
  'truth-table',
  'state-text',
  'input-square',
  'layer-matrices',
]);

/** A widget's mark, its module loader and props. */
type Mount = {
  element: HTMLElement;
  load: () => Promise<WidgetModule>;
  props: { page: PageStore } & Record<string, unknown>;
};

/**
 * Renders an on-demand widget the first time the state differs from `shown` (its HTML shows `shown`), or once its
 * code has loaded after a click on one of its controls, which is then handed to it.
 */
function mountOnDemand({ element, load, props }: Mount, store: PageStore, shown: PageState): void {
  const held: HTMLElement[] = [];
  let loading: Promise<void> | undefined;
  const wake = () =>
    (loading ??= load().then((module) => {
      element.removeEventListener('click', hold, true);
      stop();
      render(gated(element, h(module.View, props)), element);
      held.forEach((control) => control.click());
    }));
  const hold = (event: Event) => {
    const control = (event.target as Element).closest<HTMLElement>('button, summary, input');
    if (!control) return;
    event.preventDefault();
    event.stopPropagation();
    held.push(control);
    wake();
  };
  element.addEventListener('click', hold, true);
  const stop = store.state.subscribe((state) => state !== shown && wake());
}

/**
 * Hydrates every widget on the page with the store (an on-demand one later, when `onDemand`); resolves to the
 * modules of those mounted, and the on-demand ones, to mount once the URL's state is applied.
 */
async function mountWidgets(
  store: PageStore,
  onDemand: boolean,
): Promise<{ modules: WidgetModule[]; waiting: Mount[] }> {
  const mounts = [...document.querySelectorAll<HTMLElement>('[data-widget]')].map((element) => {
    const load = widgets[element.dataset.widget ?? ''];
    if (!load) throw new Error(`No widget is named "${element.dataset.widget}".`);
    return { element, load, props: { ...JSON.parse(element.dataset.options ?? '{}'), page: store } };
  });
  const waiting = onDemand ? mounts.filter((mount) => ON_DEMAND.has(mount.element.dataset.widget ?? '')) : [];
  const now = mounts.filter((mount) => !waiting.includes(mount));
  const modules = await Promise.all(now.map((mount) => mount.load()));
  // One widget a task: on a slow phone a page's widgets together make one long task that input would wait behind.
  for (const [k, mount] of now.entries()) {
    if (k > 0) await new Promise((resolve) => setTimeout(resolve));
    hydrate(gated(mount.element, h(modules[k].View, mount.props)), mount.element);
  }
  return { modules, waiting };
}

/**
 * The notices box, the printed setup and the setup's query (url-state.ts) for the address bar and links, whose code
 * loads only for a page whose state is not the defaults: the server printed those, and links without a query.
 */
const pageWords = () => import('./setup-words.ts');
type Words = Awaited<ReturnType<typeof pageWords>>;

/** Two keydowns closer than this are one burst (an arrow key held, or pressed quickly). */
const BURST_GAP_MS = 150;
/** During a burst the page's numbers follow at most this often; the field itself takes every press at once. */
const BURST_EVERY_MS = 1_000;

/** When the reader last pressed a key (an event's timeStamp), kept by the page that started. */
type KeyClock = { last: number };

/**
 * Runs `work` once after the next paint however often it is asked for until then (or within 100 ms, should no frame
 * come): a keystroke paints its field at once, and the page's numbers follow in a task of their own. Keydown → next
 * paint (what INP measures) then waits for no widget, and a burst of changes renders once. While the reader's keys
 * come in a burst, the work waits for a pause of BURST_GAP_MS, or runs every BURST_EVERY_MS: each render of the whole
 * page takes a phone tens of milliseconds, and a key pressed meanwhile would wait for it.
 */
function afterPaint(work: () => void, keys: KeyClock): () => void {
  let pending = false;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (!pending) return;
    const now = performance.now();
    const quiet = now - keys.last;
    if (quiet < BURST_GAP_MS && now - asked < BURST_EVERY_MS) {
      clearTimeout(timer);
      timer = setTimeout(run, Math.min(BURST_GAP_MS - quiet, asked + BURST_EVERY_MS - now));
      return;
    }
    pending = false;
    clearTimeout(timer);
    work();
  };
  return () => {
    if (pending) return;
    pending = true;
    asked = performance.now();
    requestAnimationFrame(() => setTimeout(run));
    timer = setTimeout(run, 100);
  };
}

/**
 * The address bar and the printed setup follow the state a moment after the last change, with replaceState;
 * previous/next links to a chapter of the same example carry the setup: their query is the state's, rewritten after
 * each change, and at once when one is clicked, so that an edit followed at once by "Next" is in it (the address bar
 * follows only after URL_DELAY_MS). The words load with the first change (or a URL's setup); a link clicked before
 * they have loaded waits for them.
 */
function followState(store: PageStore, plain: boolean, example: string, keys: KeyClock): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-keep-query]')].filter(
    (link) => link.dataset.example === example,
  );
  let words: Words | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const carry = () => {
    if (!words) return;
    const query = words.queryOf(store);
    for (const link of links)
      if (link.search !== query || link.dataset.carried === undefined)
        ((link.search = query), (link.dataset.carried = ''));
  };
  const load = () => pageWords().then((loaded) => ((words = loaded), carry(), loaded));
  const printSetup = () => words?.printSetup(store);
  addEventListener('beforeprint', printSetup);
  const shown = store.state.value;
  const carryAfterPaint = afterPaint(carry, keys);
  store.state.subscribe((state) => {
    if (plain && state === shown) return;
    if (!words) load();
    carryAfterPaint();
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        load().then(({ queryOf }) => {
          const { pathname, search, hash } = window.location;
          const query = queryOf(store);
          printSetup();
          if (query !== search) history.replaceState(history.state, '', `${pathname}${query}${hash}`);
        }),
      URL_DELAY_MS,
    );
  });
  for (const link of links)
    link.addEventListener(
      'click',
      (event) => {
        if (words || (plain && store.state.value === shown)) return carry();
        event.preventDefault();
        load().then(() => link.click());
      },
      true,
    );
}

let started: PageStore | undefined;
let markReady: (store: PageStore) => void;
/** What is off screen waits amid a burst of changes (src/page/screen-gate.ts): one gate for the page's widgets and math. */
let gate: ScreenGate | undefined;
const pageGate = (): ScreenGate => (gate ??= screenGate());

/** A widget's view as the page mounts it: off screen, it waits amid a burst of changes (useView). */
export const gated = (element: Element, view: ComponentChild): ComponentChild =>
  h(OnScreen.Provider, { value: { gate: pageGate(), element } }, view);

/** The page's store once started, for code that loads later (explain.ts); undefined before. */
export const pageStore = (): PageStore | undefined => started;

/** The page's store once the URL's setup is applied and the widgets are mounted, for parts that load on first use. */
export const pageReady = new Promise<PageStore>((resolve) => (markReady = resolve));

/** Starts the page: see the file comment. The page is marked data-page="ready" once the URL's setup is applied. */
export async function startPage(source: HTMLElement): Promise<void> {
  const definition = JSON.parse(source.textContent ?? '') as ExampleDefinition;
  const { notation, controls } = definition;
  const hasMatrixKeys = notation.kind === 'matrix' || controls.shape || controls.seededStart || controls.dataSets;
  const urlKeys = hasMatrixKeys ? (await import('../lib/url-matrix.ts')).matrixKeys : undefined;
  // A URL with no keys gives the defaults, with nothing to say: the reader's code loads only for one that has keys.
  const search = window.location.search;
  const plain = new URLSearchParams(search).size === 0;
  const reader = plain ? undefined : await import('../lib/url-read.ts');
  const assignment: Assignment = reader?.assignmentOf(search, definition) ?? [];
  const store = (started = createStore(definition, { urlKeys, assignment }));
  const { modules, waiting } = await mountWidgets(store, plain);
  const read = reader
    ? await reader.readLink(search, store)
    : { state: { setup: definition.defaults, steps: 0 }, notices: [] };
  // Training loads for a page that trains or whose link is some steps in; a page at step 0 shows its setup as it is.
  // Long runs (article 003's 2.5·10⁵ epochs, the builder) take the engine's fast path; Part I's 10⁴ steps do not.
  if (read.state.steps > 0 || modules.some((module) => module.trains)) {
    const [stepping, fastTrain] = await Promise.all([import('../lib/runs.ts'), import('../lib/long-runs.ts')]);
    Object.assign(store, {
      stepping,
      fastTrain: definition.maxSteps > 10_000 || controls.mode ? fastTrain : undefined,
    });
  }
  const steps =
    read.state.steps < JUMP_IN_SLICES
      ? read.state.steps
      : await (await import('./long-jump.ts')).trainToLink(store, read.state, modules);
  store.state.value = { setup: read.state.setup, steps };
  waiting.forEach((mount) => mountOnDemand(mount, store, store.state.value));
  // Stopped short of the link's steps: the address says where the page is.
  if (steps !== read.state.steps)
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${(await pageWords()).queryOf(store)}${location.hash}`,
    );
  // Numbers beyond a float64: the setting to blame, in words (its code loads only then).
  const { quantities } = viewFor(store);
  const overflow = Object.values(quantities).some((value) => !Number.isFinite(value));
  const range = overflow
    ? (await import('../lib/out-of-range.ts')).outOfRange(definition, read.state.setup, quantities)
    : null;
  const notices = range ? [...read.notices, range] : read.notices;
  // An instructor's link (lock=, hide=, quiz=): its code loads only when the link has those keys.
  const all =
    assignment.length > 0
      ? [...notices, ...(await (await import('./assignment.ts')).applyAssignment(window.location.search, store))]
      : notices;
  if (all.length > 0) (await pageWords()).showNotices(all);
  const keys: KeyClock = { last: -Infinity };
  addEventListener('keydown', (event) => (keys.last = event.timeStamp), true);
  const update = typesetNumbersOf(document, pageGate());
  update(viewFor(store).quantities);
  // Then after each change (not at once, as subscribing would: the math shows this state already).
  const typeset = afterPaint(() => update(viewFor(store).quantities), keys);
  const now = store.state.value;
  store.state.subscribe((state) => state !== now && typeset());
  followState(store, plain, source.dataset.pageExample ?? '', keys);
  // From now on the widgets render after the next paint too, once for a burst of changes (see afterPaint).
  options.debounceRendering = (render) => afterPaint(render, keys)();
  // Ready once every widget shows the state: each subscribed as it hydrated (useView), so setting the state queued
  // their render (a microtask, fields included), which has run when this resumes.
  await Promise.resolve();
  pageGate().start();
  document.documentElement.dataset.page = 'ready';
  markReady(store);
}
