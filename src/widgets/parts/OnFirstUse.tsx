// A widget whose server HTML is right until the reader reaches for it: in the browser the server's section stays as it
// is, and the widget's code loads only on the reader's first focus, pointer, key, click or change in it, or when the
// page's setup changes (a link with setup keys does so at load). What the reader did while the code loaded (text
// typed, arrow keys, a choice, a click on a button) is handed to the widget once it has mounted, in order.
import { h, hydrate, options, render, type ComponentType } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PageStore } from '../../page/store.ts';

type Props = { page: PageStore };

/** Keeps the children the server rendered, in hydration and after: the widget mounts into them as a root of its own. */
const KEEP = { __html: '' };

/** What wakes the widget; all but the first two are handed to it once mounted. */
const WAKE = ['focusin', 'pointerdown', 'keydown', 'input', 'change', 'click'];

/** The widget's controls: what the reader did in them while the code loaded is handed to them. */
const CONTROLS = 'input, select, button';

/**
 * The view the page hydrates for a widget whose contents (`load`, rendered inside the server's <section>) load on
 * first use. The section itself is the server's, its class and label included: this view never renders again.
 */
export function onFirstUse(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  return function OnFirstUse({ page }: Props) {
    const section = useRef<HTMLElement>(null);
    // Listening from hydration on, not after the next paint: the page is marked ready then, and text typed before
    // the listeners were there was not handed over (the widget's first render put its own value back).
    useLayoutEffect(() => {
      const element = section.current!;
      const shown = page.definition.defaults; // what the server rendered
      // What the reader did while the code loaded: the event, its control and the control's value then.
      const early: [Event, HTMLInputElement, string][] = [];
      let loading: Promise<void> | undefined;
      const wake = (event: Event) => {
        const control = (event.target as Element).closest?.<HTMLInputElement>(CONTROLS);
        if (control && WAKE.indexOf(event.type) > 1) early.push([event, control, control.value]);
        // An arrow key nudges a number once the field's code is there; until then it must not move the caret.
        if (control?.type === 'text' && /^Arrow(Up|Down)$/.test((event as KeyboardEvent).key)) event.preventDefault();
        mount();
      };
      const mount = () =>
        (loading ??= load().then((Contents) => {
          stop();
          WAKE.forEach((type) => element.removeEventListener(type, wake, true));
          // Taken over as the server rendered it (the reader's focus and an instructor's locks kept), then brought to
          // the state (a field's value, a text, a part shown only for some setups).
          hydrate(h(Contents, { page }), element);
          render(h(Contents, { page }), element);
          element.dataset.mounted = '';
          // Each event renders before the next (a click then runs with the values typed before it).
          const later = options.debounceRendering;
          options.debounceRendering = (rerender) => rerender();
          for (const [event, control, value] of early) {
            if (event.type === 'input' || event.type === 'change') control.value = value;
            control.dispatchEvent(new (event.constructor as typeof Event)(event.type, event));
          }
          options.debounceRendering = later;
        }));
      WAKE.forEach((type) => element.addEventListener(type, wake, true));
      const stop = page.state.subscribe((state) => state.setup !== shown && mount());
      return stop;
    }, []);
    return <section ref={section} dangerouslySetInnerHTML={KEEP} />;
  };
}
