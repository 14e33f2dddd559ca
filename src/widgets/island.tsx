// How a widget gets onto a page. A chapter writes <NetworkDiagram example={props.example} show="deltas" />: on the
// server the widget renders at the example's defaults inside <div data-widget="network-diagram" data-options='…'>,
// so the numbers are in the HTML with JavaScript off; in the browser the page script loads the widget's module
// (src/widgets/registry.ts) and hydrates it there with the page's one store.
import type { ComponentType } from 'preact';
import type { ExampleDefinition } from '../examples/types.ts';
import { createStore, type PageStore } from './store.ts';

/** A widget's own options (what the chapter passes besides the example): plain JSON. */
export type Json = string | number | boolean | Json[] | { [key: string]: Json };
export type Options = Record<string, Json>;

/** Wraps a widget view for chapters: server rendering at the defaults, and the marks the page script mounts by (a name, or one chosen by the example). */
export function island<P extends Options>(name: string | ((example: ExampleDefinition) => string), View: ComponentType<P & { page: PageStore }>) {
  return function Island({ example, ...options }: P & { example: ExampleDefinition }) {
    const page = createStore(example);
    return (
      <div class="island" data-widget={typeof name === 'string' ? name : name(example)} data-options={JSON.stringify(options)}>
        <View {...(options as unknown as P)} page={page} />
      </div>
    );
  };
}
