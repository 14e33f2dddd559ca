// How a widget gets onto a page. A chapter writes <NetworkDiagram example={props.example} show="deltas" />: on the
// server the widget renders at the example's defaults inside <div data-widget="network-diagram" data-options='…'>,
// so the numbers are in the HTML with JavaScript off; in the browser the page script loads the widget's module
// (src/page/registry.ts) and hydrates it there with the page's one store.
import type { ComponentType } from 'preact';
import type { ExampleDefinition } from '../examples/types.ts';
import { createStore, type PageStore } from '../page/store.ts';

/** A widget's own options (what the chapter passes besides the example): plain JSON. */
export type Json = string | number | boolean | Json[] | { [key: string]: Json };
export type Options = Record<string, Json>;

/** A figure's id for deep links and embed=: figure-<widget>, then its options (figure-input-square-lines-false). */
const figureId = (widget: string, options: Options): string =>
  [
    'figure',
    widget,
    ...Object.entries(options)
      .filter(([key, value]) => key !== 'children' && value !== undefined)
      .map(([key, value]) => `${key}-${value}`),
  ]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');

/** Wraps a widget view for chapters: server rendering at the defaults, and the marks the page script mounts by (a name, or one chosen by the example). */
export function island<P extends Options>(
  name: string | ((example: ExampleDefinition) => string),
  View: ComponentType<P & { page: PageStore }>,
) {
  return function Island({ example, ...options }: P & { example: ExampleDefinition }) {
    const page = createStore(example);
    const widget = typeof name === 'string' ? name : name(example);
    return (
      // The wrapper is rendered on the server only (the browser hydrates the view inside it): its id costs no client code.
      <div
        class="island"
        id={import.meta.env.SSR ? figureId(widget, options as Options) : undefined}
        data-widget={widget}
        data-options={JSON.stringify(options)}
      >
        <View {...(options as unknown as P)} page={page} />
      </div>
    );
  };
}
