// The home figure's code, loaded by home.ts on first interaction: Part I's example, a store of its own, the widget.
import { h, hydrate } from 'preact';
import { workedExample } from '../examples/worked-example.ts';
import { widgets } from '../page/registry.ts';
import { createStore } from '../page/store.ts';

/** Hydrates the server-rendered figure with a store at Part I's defaults. */
export async function hydrateHomeFigure(element: HTMLElement): Promise<void> {
  const options = JSON.parse(element.dataset.options ?? '{}') as { weight: string; section: string };
  const { View } = await widgets['home-figure']();
  hydrate(h(View, { ...options, page: createStore(workedExample) }), element);
}
