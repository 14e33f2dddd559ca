// The one store a chapter page shares between its widgets: the example's definition and a signal holding the
// page's state. The page script (src/browser/page.ts) creates it once and hands it to every widget it mounts; on
// the server each widget renders from a store at the example's defaults.
import { signal, type Signal } from './signal.ts';
import { useContext, useLayoutEffect, useState, type MutableRef } from 'preact/hooks';
import { OnScreen } from './screen-gate.ts';
import type { ExampleDefinition, PageState } from '../examples/types.ts';
import { startOf, viewAt, type FastTrain, type Run, type View } from '../lib/views.ts';
import type { Assignment } from '../lib/url-assignment.ts';
import type { ExtraKeys } from '../lib/url-state.ts';

/** A page's example, its state, and a cache of what each state shows (a cache, not state: it can be dropped). */
export type PageStore = {
  definition: ExampleDefinition;
  state: Signal<PageState>;
  views: WeakMap<PageState, View>;
  /** Each setup's latest run, so that playing one more step trains one step instead of replaying the run. */
  latestRuns: WeakMap<PageState['setup'], Run>;
  /** The engine's fast training path and the shuffled order, loaded by pages that train for long; without it runs go step by step. */
  fastTrain?: FastTrain;
  /** Training (runs.ts), loaded by a page that trains or whose link names steps: without it a state shows step 0 only. */
  stepping?: Stepping;
  /** The URL keys of matrix notation and of the network's structure, loaded by pages whose example has them. */
  urlKeys?: ExtraKeys;
  /** The instructor's keys of the page's link (`&lock=w1,lr`), kept in every link the page writes. */
  assignment?: Assignment;
  /** The quantities a quiz link keeps blank until they are answered or revealed (src/browser/quiz.ts). */
  quiz?: Set<string>;
};

/** What the store needs of training to show a state after some steps (src/lib/runs.ts). */
export type Stepping = { runTo: typeof import('../lib/runs.ts').runTo };

/** A new store for one page, at the example's defaults. */
export const createStore = (
  definition: ExampleDefinition,
  loaded: Pick<PageStore, 'fastTrain' | 'stepping' | 'urlKeys' | 'assignment'> = {},
): PageStore => ({
  definition,
  ...loaded,
  state: signal({ setup: definition.defaults, steps: 0 }),
  views: new WeakMap(),
  latestRuns: new WeakMap(),
});

/** The run a state shows: the setup itself at step 0, else trained (or carried on from the setup's latest run). */
function runOf(store: PageStore, state: PageState): Run {
  if (state.steps === 0) return startOf(state.setup);
  if (!store.stepping)
    throw new Error(`Step ${state.steps} needs the training code: a widget that trains says so (trains, registry.ts).`);
  return store.stepping.runTo(
    store.definition,
    state.setup,
    state.steps,
    store.latestRuns.get(state.setup),
    store.fastTrain,
  );
}

/** The view of a state: every number the page shows for it, computed once for all the widgets of a page. */
export function viewFor(store: PageStore, state: PageState = store.state.value): View {
  let view = store.views.get(state);
  if (!view) {
    view = viewAt(store.definition, state, runOf(store, state));
    store.views.set(state, view);
    store.latestRuns.set(state.setup, view.run);
  }
  return view;
}

/**
 * What a widget shows: the current state and its view; the widget renders again whenever the state changes (off
 * screen amid a burst of changes, once it comes into view or the burst settles: screen-gate.ts). It subscribes as it
 * mounts (a layout effect, not after the next paint): the page sets the link's state once its widgets are hydrated,
 * and each renders it in the same pass, before the page is marked ready.
 */
export function useView(store: PageStore): { current: PageState; view: View } {
  const [current, setCurrent] = useState(store.state.peek());
  const screen = useContext(OnScreen);
  useLayoutEffect(() => {
    if (!screen) return store.state.subscribe(setCurrent);
    const offer = screen.gate.follow(screen.element);
    const stop = store.state.subscribe((state) => offer(() => setCurrent(state)));
    return () => (stop(), offer());
  }, []);
  return { current, view: viewFor(store, current) };
}

/** Sets a new state; changing where training starts starts the run over. */
export function setSetup(store: PageStore, patch: Partial<PageState['setup']>): void {
  store.state.value = { setup: { ...store.state.value.setup, ...patch }, steps: 0 };
}

/**
 * The width an element is laid out at, in CSS pixels, following resizes: undefined on the server, before mounting and
 * while hidden. A figure draws in a viewBox this wide, so that one unit is one pixel and its labels keep their size.
 */
export function useWidth(ref: MutableRef<Element | null>): number | undefined {
  const [width, setWidth] = useState<number>();
  useLayoutEffect(() => {
    // The CSS box (a ResizeObserver's contentRect of an <svg> is the box of what it draws), read at once: a figure in
    // a block that skips rendering off screen (content-visibility) reports no resize until it is scrolled to.
    const element = ref.current!;
    const read = () => setWidth(Math.round(element.getBoundingClientRect().width) || undefined);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return width;
}
