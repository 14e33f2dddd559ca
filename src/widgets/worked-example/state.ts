// The one store a chapter page shares between its islands: a signal holding the worked example's state.
// A chapter creates it (`export const state = workedExampleState()`) and hands it to every island;
// Astro links the islands that receive the same signal, so they all show one state.
import { signal, type Signal } from '@preact/signals';
import { DEFAULT_STATE, viewOf, type Run, type Setup, type WorkedState, type WorkedView } from '../../lib/worked-example.ts';
import { useHydrated } from '../shared/useHydrated.ts';

export type WorkedStore = Signal<WorkedState>;

/** A new store at the article 000 setup, for one chapter page. */
export const workedExampleState = (): WorkedStore => signal(DEFAULT_STATE);

// A cache, not state: each state value's view, computed once for all the islands of a page, and each setup's
// latest run, so that playing one more step trains one step instead of replaying the run from step 0.
const views = new WeakMap<WorkedState, WorkedView>();
const latestRuns = new WeakMap<Setup, Run>();

/** The view of a state: every number the page shows for it. */
export function viewFor(state: WorkedState): WorkedView {
  let view = views.get(state);
  if (!view) {
    view = viewOf(state, latestRuns.get(state.setup));
    views.set(state, view);
    latestRuns.set(state.setup, view.run);
  }
  return view;
}

/**
 * What an island shows: the server's default view while hydrating (so the markup matches), then the live one.
 * Reading `state.value` here subscribes the island to every change.
 */
export function useWorkedView(state: WorkedStore): { current: WorkedState; view: WorkedView } {
  const hydrated = useHydrated();
  const current = hydrated ? state.value : DEFAULT_STATE;
  return { current, view: viewFor(current) };
}
