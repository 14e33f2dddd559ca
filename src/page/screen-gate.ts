// What is off screen waits while changes come in a burst (a training run playing, an arrow key held): a widget or a
// formula the reader cannot see shows the latest state once it comes into view (or within 100 px of it), or 0.3 s
// after the burst, whichever is first. A single change shows everywhere at once. A run on the
// builder changes the state every frame, and the widgets off screen (the setup panel, the diagram, the tables)
// took a third of each frame's 16.7 ms to render numbers nobody saw.
import { createContext } from 'preact';

/**
 * Changes closer together than this form a burst: a run's frames, a key held or typed. Not less: on a slow phone a
 * training frame can take 150 ms, and a run taken for single changes renders everything, which slows it further.
 */
const BURST_MS = 250;
/** What waited shows this long after the last change it missed (more than BURST_MS: not between a slow run's frames). */
const SETTLE_MS = 300;

/** One follower of the changes: what an element shows. */
export type Follower = {
  /** Runs `show` now, or later when the element is off screen amid a burst; a later offer replaces a waiting one. */
  offer(show: () => void): void;
  /** Drops what waits (the follower is gone). */
  stop(): void;
};

export type ScreenGate = {
  /** A follower of the changes for what `element` shows (several may share an element). */
  follow(element: Element): Follower;
  /** Bursts count from now on: until the page is ready, everything shows at once, and the first change after is single. */
  start(): void;
};

/** A gate for one page. */
export function screenGate(): ScreenGate {
  const onScreen = new Set<Element>();
  const observed = new WeakSet<Element>();
  const waiting = new Map<Follower, { element: Element; show: () => void }>();
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = (follower: Follower) => {
    const entry = waiting.get(follower);
    if (entry) (waiting.delete(follower), entry.show());
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) onScreen.delete(target);
        else {
          onScreen.add(target);
          waiting.forEach((entry, follower) => entry.element === target && release(follower));
        }
      }
    },
    { rootMargin: '100px' },
  );
  return {
    start: () => void (started = true),
    follow(element) {
      if (!observed.has(element)) (observed.add(element), observer.observe(element));
      let last = -Infinity;
      const follower: Follower = {
        offer(show) {
          if (!started) return show(); // the page's own changes while it loads start no burst
          const now = performance.now();
          const burst = now - last < BURST_MS;
          last = now;
          if (!burst || onScreen.has(element)) return void (waiting.delete(follower), show());
          waiting.set(follower, { element, show });
          clearTimeout(timer);
          timer = setTimeout(() => waiting.forEach((_entry, f) => release(f)), SETTLE_MS);
        },
        stop: () => void waiting.delete(follower),
      };
      return follower;
    },
  };
}

/** The page's gate and the widget's element, for useView (src/page/store.ts); none on the server or the home page. */
export const OnScreen = createContext<{ gate: ScreenGate; element: Element } | undefined>(undefined);
