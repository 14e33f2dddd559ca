// The network builder's section as the browser mounts it. Its controls (BuilderControls.tsx) render on the server
// with the page; in the browser the server's HTML stays until the setup changes or the reader reaches for a control
// (focus, pointer, a change), and only then does their code load, so that the chapter runs less at load. A choice
// made before that is handed to them once loaded.
import { h, hydrate, render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** Keeps the children the server rendered, in hydration and after: the controls mount into them as a root of their own. */
const KEEP = { __html: '' };

/** What wakes the controls: the reader reaching for one, or choosing in one. */
const WAKE = ['focusin', 'pointerdown', 'change'];

/** The section as the browser mounts it: the server's controls, their code loaded on first use. */
function OnFirstUse({ page }: Props) {
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = section.current!;
    const shown = page.definition.defaults; // what the server rendered
    // A choice made while the code loads: the control and what it was set to (the first render shows the state's).
    const chosen: [HTMLInputElement | HTMLSelectElement, string, boolean][] = [];
    let loading: Promise<void> | undefined;
    const wake = (event: Event) => {
      const control = event.target as HTMLInputElement | HTMLSelectElement;
      if (event.type === 'change') chosen.push([control, control.value, (control as HTMLInputElement).checked]);
      load();
    };
    const load = () =>
      (loading ??= import('./BuilderControls.tsx').then(({ BuilderControls: Controls }) => {
        stop();
        WAKE.forEach((name) => element.removeEventListener(name, wake, true));
        // Taken over as the server rendered them (an instructor's locks on them kept), then brought to the state.
        hydrate(h(Controls, { page, at: shown }), element);
        render(h(Controls, { page }), element);
        element.dataset.mounted = '';
        for (const [control, value, checked] of chosen) {
          control.value = value;
          if (control.type === 'checkbox') (control as HTMLInputElement).checked = checked;
          control.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }));
    WAKE.forEach((name) => element.addEventListener(name, wake, true));
    const stop = page.state.subscribe((state) => state.setup !== shown && load());
    return stop;
  }, []);
  return (
    <section ref={section} class="widget network-builder" aria-label="Build a network" dangerouslySetInnerHTML={KEEP} />
  );
}

export { OnFirstUse as View };
