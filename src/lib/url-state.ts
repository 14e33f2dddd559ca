// A page's state in its query string, for any example. The articles' notation: one key per symbol
// (`?w1=0.5&b1=0.3&lr=0.1&activation=tanh&steps=50`); matrix notation and the network's structure (shape=, act=,
// biases=, data=, seed=) are read by url-matrix.ts, which pages load only when their example needs it.
// Reading (url-read.ts) never trusts the URL: each value is checked, and anything unknown or invalid becomes a notice.
// The keys themselves, what each sets and how it is named, are one table: url-keys.ts.
import type { ExampleDefinition, PageState, Setup } from '../examples/types.ts';
import { inputName, parametersOf, targetName, valueAt } from './notation.ts';

export { activationOf, ownEntry, seedOf, shown } from './url-values.ts';

/** A setup being read from a URL, and what could not be used. */
export type Reader = { setup: Setup; notices: string[] };

/** Keys beyond the articles' notation (url-matrix.ts): read first, then one by one, and written back. */
export type ExtraKeys = {
  /** Keys that rebuild the network or the training set, read before every other key. */
  structure: readonly string[];
  readStructure(definition: ExampleDefinition, params: URLSearchParams, r: Reader): void;
  /** Reads one key if it is one of these (a matrix, a bias vector); false if not. */
  readKey(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean;
  /** Writes the keys of `setup` that differ from what the defaults give; returns the setup those keys alone give. */
  write(definition: ExampleDefinition, setup: Setup, params: URLSearchParams): Setup;
};

/** Each notice once, with how many times it came when it came more than once: a link repeating a key gives one line. */
export function onceEach(notices: string[]): string[] {
  const counts = new Map<string, number>();
  for (const notice of notices) counts.set(notice, (counts.get(notice) ?? 0) + 1);
  return [...counts].map(([notice, n]) => (n === 1 ? notice : `${notice} (${n} times)`));
}

/** Writes the settings that differ from the defaults, in a fixed order: the shortest link to this exact state. */
export function queryFromState(state: PageState, definition: ExampleDefinition, extra?: ExtraKeys): string {
  const { notation, controls } = definition;
  const { setup } = state;
  const params = new URLSearchParams();
  const base = extra ? extra.write(definition, setup, params) : definition.defaults;
  if (notation.kind === 'named') {
    for (const parameter of parametersOf(notation, setup.network)) {
      const value = valueAt(setup.network, parameter.slots[0]);
      if (value !== valueAt(base.network, parameter.slots[0])) params.set(parameter.name, String(value));
    }
  }
  if (controls.exampleFields) {
    const [now, was] = [setup.examples[setup.example], base.examples[base.example]];
    now.input.forEach((x, i) => x !== was.input[i] && params.set(inputName(notation, i), String(x)));
    now.target.forEach((t, k) => t !== was.target[k] && params.set(targetName(notation, k), String(t)));
  }
  if (setup.learningRate !== base.learningRate) params.set('lr', String(setup.learningRate));
  if (controls.activation) {
    const layer = controls.activation.layers[0];
    const name = setup.network.layers[layer].activation;
    if (name !== base.network.layers[layer].activation) params.set('activation', name);
  }
  if (controls.losses && setup.loss !== base.loss) params.set('loss', setup.loss);

  if (controls.trainBiases && setup.trainBiases !== base.trainBiases)
    params.set('trainBiases', setup.trainBiases ? 'on' : 'off');
  if (state.steps !== 0) params.set('steps', String(state.steps));
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3B', ';');
  return query === '' ? '' : `?${query}`;
}
