// The page's gate for what is off screen: while changes come in a burst (a run playing, a key held), a widget or a
// formula off screen waits (screen-watch.ts, which loads with the first change after the page is ready; until it has
// loaded, everything shows at once, as it does while the page loads).
import { createContext } from 'preact';

/**
 * What one follower of the changes (a widget, a formula) shows: `offer(show)` runs `show` now, or later when the
 * element is off screen amid a burst (a later offer replaces a waiting one); `offer()` drops what waits.
 */
export type Offer = (show?: () => void) => void;

export type ScreenGate = {
  /** A follower of the changes for what `element` shows (several may share an element). */
  follow(element: Element): Offer;
  /** Bursts count from now on: until the page is ready, everything shows at once, and the first change after is single. */
  start(): void;
};

/** A gate for one page. */
export function screenGate(): ScreenGate {
  let started = false;
  let watch: ((element: Element) => Offer) | undefined;
  return {
    start: () => void (started = true),
    follow(element) {
      let offer: Offer | undefined;
      let shown = false;
      return (show) => {
        offer ??= watch?.(element);
        if (offer) return offer(show);
        // A change once the page is ready (not a widget's first render, which shows the state as it is).
        if (started && shown) void import('./screen-watch.ts').then((module) => (watch ??= module.watchScreen()));
        shown ||= show !== undefined;
        show?.();
      };
    },
  };
}

/** The page's gate and the widget's element, for useView (src/page/store.ts); none on the server or the home page. */
export const OnScreen = createContext<{ gate: ScreenGate; element: Element } | undefined>(undefined);
