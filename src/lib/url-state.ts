// A page's state in its query string, for any example. The articles' notation: one key per symbol
// (`?w1=0.5&b1=0.3&lr=0.1&activation=tanh&steps=50`); matrix notation and the network's structure (shape=, act=,
// biases=, data=, seed=) are read by url-matrix.ts, which pages load only when their example needs it.
// Reading (url-read.ts) never trusts the URL: each value is checked, and anything unknown or invalid becomes a notice.
// The keys themselves, what each sets and how it is named, are one table: url-keys.ts.
import { activationNames, type ActivationName } from '../engine/index.ts';
import type { ExampleDefinition, PageState, Setup } from '../examples/types.ts';
import { parseWholeNumber } from './format.ts';
import { inputName, parametersOf, targetName, valueAt } from './notation.ts';

const ACTIVATION_ALIASES: Record<string, ActivationName> = { linear: 'identity' };

/**
 * The entry of `table` named `name`, if the table has it as its own: a name from the URL is looked up this way only,
 * never as table[name], which finds "constructor" or "__proto__" on every plain object.
 */
export const ownEntry = <T>(table: Readonly<Record<string, T>> | undefined, name: string): T | undefined =>
  table && Object.hasOwn(table, name) ? table[name] : undefined;

/** A value from the URL, shortened and made printable, for a notice (notices are text, never HTML). */
export const shown = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

export const activationOf = (text: string): ActivationName | null => {
  const name = ownEntry(ACTIVATION_ALIASES, text) ?? text;
  return (activationNames as readonly string[]).includes(name) ? (name as ActivationName) : null;
};

/** A seed from a URL (exercises, random starts, the shuffled order): a whole number from 0 to 2³¹ in decimal digits, or null. */
export function seedOf(raw: string | null): number | null {
  return raw === null ? null : parseWholeNumber(raw, 0, 2 ** 31);
}

/**
 * Why a learning rate cannot be used, or null: it is the size of a step down the error, from 0 up (a negative one
 * would climb it). The URL and the learning-rate field both ask this.
 */
export const learningRateProblem = (rate: number): string | null =>
  rate < 0 ? 'a learning rate is the size of a step down the error, from 0 up (a negative one climbs it)' : null;

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
