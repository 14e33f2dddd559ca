// The builder's map and data panel (src/widgets/BuilderData.tsx) in the browser: on-first-use.ts loads this when the
// reader opens or focuses its <details>, or at load when the link names data; it renders the panel live in place of
// the server's copy (the state may have moved on since), with the page's store.
import { h, render } from 'preact';
import { gated, pageReady } from './page.ts';

/** Mounts the panel in the part once the page's store is ready; a link with points opens it (a reader's focus or click opens it themselves). */
export function start(part: HTMLElement, event?: Event): void {
  if (!event && part instanceof HTMLDetailsElement) part.open = true;
  // The panel's own chunk is imported here, not statically: the page's loader then lists one file for this part.
  Promise.all([pageReady, import('../widgets/BuilderData.tsx')]).then(([store, { View }]) => {
    const mount = part.querySelector<HTMLElement>('[data-part-mount]');
    if (!mount) return;
    mount.replaceChildren();
    render(gated(mount, h(View, { page: store })), mount);
  });
}
