// The one store a chapter page shares between its islands: a signal holding the worked example's state.
// A chapter creates it (`export const state = workedExampleState()`) and hands it to every island;
// Astro links the islands that receive the same signal, so they all show one state.
import { signal, type Signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { DEFAULT_STATE, viewOf, type WorkedState, type WorkedView } from '../../lib/worked-example.ts';
import { useHydrated } from '../shared/useHydrated.ts';

export type WorkedStore = Signal<WorkedState>;

/** A new store at the article 000 setup, for one chapter page. */
export const workedExampleState = (): WorkedStore => signal(DEFAULT_STATE);

/**
 * What an island shows: the server's default view while hydrating (so the markup matches), then the live one.
 * Reading `state.value` here subscribes the island to every change.
 */
export function useWorkedView(state: WorkedStore): { current: WorkedState; view: WorkedView } {
  const hydrated = useHydrated();
  const current = hydrated ? state.value : DEFAULT_STATE;
  const view = useMemo(() => viewOf(current), [current]);
  return { current, view };
}
