// Links to the page's current setup: the query string of the state (the instructor's keys kept), and the page's whole
// address with it. Built from the state itself, so an edit made a moment ago is in them (the address bar trails it).
import { withAssignment } from '../lib/url-assignment.ts';
import { queryFromState } from '../lib/url-state.ts';
import type { PageStore } from './store.ts';

/** The query string of the page's current state, the instructor's keys kept. */
export const queryOf = (store: PageStore): string =>
  withAssignment(queryFromState(store.state.value, store.definition, store.urlKeys), store.assignment ?? []);

/** The page's address for the store's state, its section kept. */
export function linkFor(page: PageStore): string {
  const { origin, pathname, hash } = window.location;
  return `${origin}${pathname}${queryOf(page)}${hash}`;
}
