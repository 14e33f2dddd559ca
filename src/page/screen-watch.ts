// What is off screen waits while changes come in a burst (a training run playing, an arrow key held): a widget or a
// formula the reader cannot see shows the latest state once it comes into view (or within 100 px of it), or 0.3 s
// after the burst, whichever is first. A single change shows everywhere at once. A run on the
// builder changes the state every frame, and the widgets off screen (the setup panel, the diagram, the tables)
// took a third of each frame's 16.7 ms to render numbers nobody saw. This module loads with the first change after
// the page is ready (screen-gate.ts); until then everything shows at once.
import type { Offer } from './screen-gate.ts';

/**
 * Changes closer together than this form a burst: a run's frames, a key held or typed. Not less: on a slow phone a
 * training frame can take 150 ms, and a run taken for single changes renders everything, which slows it further.
 */
const BURST_MS = 250;
/** What waited shows this long after the last change it missed (more than BURST_MS: not between a slow run's frames). */
const SETTLE_MS = 300;

/** The watch of one page, started: `follow(element)` gives a follower of the changes for what `element` shows. */
export function watchScreen(): (element: Element) => Offer {
  const onScreen = new Set<Element>();
  const waiting = new Map<Offer, [Element, () => void]>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = (offer: Offer) => {
    const entry = waiting.get(offer);
    if (entry) (waiting.delete(offer), entry[1]());
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting } of entries)
        if (!isIntersecting) onScreen.delete(target);
        else (onScreen.add(target), waiting.forEach(([element], offer) => element === target && release(offer)));
    },
    { rootMargin: '100px' },
  );
  return (element) => {
    observer.observe(element); // a second time for the same element does nothing
    let last = -Infinity;
    const offer: Offer = (show) => {
      waiting.delete(offer);
      if (!show) return;
      const now = performance.now();
      const burst = now - last < BURST_MS;
      last = now;
      if (!burst || onScreen.has(element)) return show();
      waiting.set(offer, [element, show]);
      clearTimeout(timer);
      timer = setTimeout(() => waiting.forEach((_entry, f) => release(f)), SETTLE_MS);
    };
    return offer;
  };
}
