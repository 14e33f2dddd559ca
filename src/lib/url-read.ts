// Reading a page's state from its query string (written by url-state.ts). Pages load this only when their URL has
// keys (or their example has url-matrix.ts's): a chapter opened plainly starts from its defaults without it.
// Reading never trusts the URL: each value is checked, and anything unknown or invalid becomes a notice.
import { activationNames, setupProblem, type ActivationName, type LossName } from '../engine/index.ts';
import type { ExampleDefinition, PageState, Setup } from '../examples/types.ts';
import { learningRateProblem, parseNumber, parseWholeNumber } from './format.ts';
import { inputName, parametersOf, targetName, withParameter } from './notation.ts';
import { PAGE_KEYS, URL_KEYS, type UrlKey, type UrlKeyName } from './url-keys.ts';

export { assignmentOf } from './url-keys.ts';
import { activationOf, onceEach, ownEntry, shown, type ExtraKeys, type Reader } from './url-state.ts';

const MODES: readonly Setup['mode'][] = ['online', 'batch'];

const LOSS_ALIASES: Record<string, LossName> = { mse: 'mean-squared-error', half: 'half-squared-error' };

/** What each kind of key reads into. */
type KindValues = { number: number; whole: number; switch: boolean; choice: string };
type ReadableKey = { [K in UrlKeyName]: (typeof URL_KEYS)[K]['kind'] extends keyof KindValues ? K : never }[UrlKeyName];

/** What a page adds to a key's row: the most a whole number may be (steps), a choice's names and the aliases it accepts. */
type PageLimits = { high?: number; choices?: readonly string[]; alias?: (raw: string) => string };

/**
 * One value read as its kind says (url-keys.ts): a decimal number (in its range, if the row gives one), a whole
 * number in digits from low to high, on|off, or one of a list of names. What it cannot use becomes one notice in the
 * kind's words, naming the value as given (`raw`, shortened), and null.
 */
function readValue<K extends keyof KindValues>(
  row: UrlKey & { kind: K },
  key: string,
  raw: string,
  r: Reader,
  page: PageLimits = {},
): KindValues[K] | null {
  const ignore = (why: string) => (r.notices.push(`Ignored ${key}=${shown(raw)}: ${why}.`), null);
  const text = raw.trim();
  const read = (): number | boolean | string | null => {
    if (row.kind === 'number') {
      const value = parseNumber(text);
      if (!row.range) return value ?? ignore('not a number');
      const [low, high] = row.range;
      return value !== null && value >= low && value <= high
        ? value
        : ignore(`${row.means}, a number from ${low} to ${high}`);
    }
    if (row.kind === 'whole') {
      const [low, high] = row.range ?? [0, page.high ?? 2 ** 31];
      return parseWholeNumber(text, low, high) ?? ignore(`a whole number from ${low} to ${high} is expected`);
    }
    if (row.kind === 'switch') return text === 'on' || text === 'off' ? text === 'on' : ignore('on or off');
    const choices = page.choices ?? [];
    const name = page.alias?.(text) ?? text;
    return choices.includes(name) ? name : ignore(row.expects ?? `choose ${choices.join(', ')}`);
  };
  return read() as KindValues[K] | null;
}

/** Reads a key of the table by its row's kind (see readValue). */
export const readByKind = <K extends ReadableKey>(
  key: K,
  raw: string,
  r: Reader,
  page?: PageLimits,
): KindValues[(typeof URL_KEYS)[K]['kind']] | null =>
  readValue(URL_KEYS[key] as UrlKey & { kind: (typeof URL_KEYS)[K]['kind'] }, key, raw, r, page);

/** A key of the articles' notation (a weight, bias, input or target: its symbol) is a number. */
const SYMBOL: UrlKey & { kind: 'number' } = { kind: 'number', role: 'setup' };

/** Reads one key of the articles' notation: a named parameter, an input or a target. */
function readSymbolKey(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean {
  const { notation } = definition;
  const parameter =
    notation.kind === 'named' ? parametersOf(notation, r.setup.network).find((p) => p.name === key) : undefined;
  const example = r.setup.examples[r.setup.example];
  const inputAt = definition.controls.exampleFields
    ? example.input.findIndex((_x, i) => inputName(notation, i) === key)
    : -1;
  const targetAt = definition.controls.exampleFields
    ? example.target.findIndex((_t, k) => targetName(notation, k) === key)
    : -1;
  if (!parameter && inputAt < 0 && targetAt < 0) return false;
  const value = readValue(SYMBOL, key, raw, r);
  if (value === null) return true;
  if (parameter) r.setup = { ...r.setup, network: withParameter(r.setup.network, parameter, value) };
  else r.setup = { ...r.setup, examples: [withExampleValue(example, inputAt, targetAt, value)] };
  return true;
}

const withExampleValue = (example: Setup['examples'][number], inputAt: number, targetAt: number, value: number) => ({
  input: example.input.map((x, i) => (i === inputAt ? value : x)),
  target: example.target.map((t, k) => (k === targetAt ? value : t)),
});

/**
 * The setup keys this reader sets (the matrix keys: url-matrix.ts; the data keys: url-data.ts): where the page offers
 * each (its limits, or null: the page has no such setting) and how its value, read by the table's kind, sets the setup.
 */
const SETTINGS: {
  [K in 'lr' | 'activation' | 'loss' | 'trainBiases' | 'mode']: {
    offered(definition: ExampleDefinition): PageLimits | null;
    set(setup: Setup, value: KindValues[(typeof URL_KEYS)[K]['kind']], definition: ExampleDefinition): Setup | string;
  };
} = {
  lr: {
    offered: () => ({}),
    set: (setup, value) => learningRateProblem(value) ?? { ...setup, learningRate: value },
  },
  activation: {
    offered: ({ controls }) =>
      controls.activation ? { choices: activationNames, alias: (raw) => activationOf(raw) ?? raw } : null,
    set: (setup, name, { controls }) => ({
      ...setup,
      network: {
        layers: setup.network.layers.map((layer, l) =>
          controls.activation?.layers.includes(l) ? { ...layer, activation: name as ActivationName } : layer,
        ),
      },
    }),
  },
  loss: {
    offered: ({ controls }) =>
      controls.losses ? { choices: controls.losses, alias: (raw) => ownEntry(LOSS_ALIASES, raw) ?? raw } : null,
    set: (setup, name) => ({ ...setup, loss: name as LossName }),
  },
  trainBiases: {
    offered: ({ controls }) => (controls.trainBiases ? {} : null),
    set: (setup, on) => ({ ...setup, trainBiases: on }),
  },
  mode: {
    offered: ({ controls }) => (controls.mode ? { choices: MODES } : null),
    set: (setup, mode) => ({ ...setup, mode: mode as Setup['mode'] }),
  },
};

/** Reads one of SETTINGS where the page offers it; false where it does not (an unknown key). */
function readSetting(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean {
  const name = (Object.hasOwn(SETTINGS, key) ? key : null) as keyof typeof SETTINGS | null;
  const page = name && SETTINGS[name].offered(definition);
  if (!name || !page) return false;
  const value = readByKind(name, raw, r, page);
  if (value === null) return true;
  const setup = (SETTINGS[name].set as (s: Setup, v: unknown, d: ExampleDefinition) => Setup | string)(
    r.setup,
    value,
    definition,
  );
  if (typeof setup === 'string') r.notices.push(`Ignored ${key}=${shown(raw)}: ${setup}.`);
  else r.setup = setup;
  return true;
}

/**
 * The keys of a generated data set's draw and of a reader's own points (the builder's): their code (url-data.ts, with
 * the generators) loads only for a link that has one of them or names a generated set, or once the reader changes the data.
 */
export const DATA_KEYS: readonly string[] = ['dataSeed', 'noise', 'test', 'points'];

/** Reads a page's link; a link with data keys first adds them to the page's keys, so that its links keep them. */
export async function readLink(search: string, page: { definition: ExampleDefinition; urlKeys?: ExtraKeys }) {
  const params = new URLSearchParams(search);
  const sets = page.definition.controls.dataSets;
  const drawn = ownEntry(sets, params.get('data') ?? '')?.draw; // a generated set: url-data.ts draws its points
  if (page.urlKeys && sets && (drawn || DATA_KEYS.some((key) => params.has(key)))) {
    page.urlKeys = (await import('./url-data.ts')).withDataKeys(page.urlKeys);
  }
  return readStateFromQuery(search, page.definition, page.urlKeys);
}

/** Reads a page state from a query string; what it cannot use is listed in `notices`. */
export function readStateFromQuery(
  search: string,
  definition: ExampleDefinition,
  extra?: ExtraKeys,
): { state: PageState; notices: string[] } {
  const params = new URLSearchParams(search);
  const r: Reader = { setup: definition.defaults, notices: [] };
  extra?.readStructure(definition, params, r);
  let steps = 0;
  const unknown = new Set<string>();
  let unknownAt = -1; // where the line for unknown keys goes: where the first one came
  for (const [key, rawValue] of params) {
    const raw = rawValue.trim();
    if (extra?.structure.includes(key)) continue;
    if (key === 'seed') readByKind('seed', rawValue, r);
    if (PAGE_KEYS.includes(key)) continue;
    if (key === 'steps') {
      steps = readByKind('steps', rawValue, r, { high: definition.maxSteps }) ?? steps;
      continue;
    }
    const known =
      extra?.readKey(definition, key, raw, r) ||
      readSymbolKey(definition, key, raw, r) ||
      readSetting(definition, key, raw, r);
    if (!known && unknownAt < 0) unknownAt = r.notices.length;
    if (!known) unknown.add(key);
  }
  if (unknownAt >= 0) r.notices.splice(unknownAt, 0, ...unknownNotice([...unknown]));
  keepPaired(definition, params, r);
  return { state: { setup: r.setup, steps }, notices: onceEach(r.notices) };
}

/**
 * A loss and an output activation that do not go together (cross-entropy without softmax, softmax of one output,
 * targets the loss cannot take) never reach the page: the loss key is ignored, then the output layer takes the
 * chapter's own output activation, then the first loss the page offers that fits; one notice says why.
 */
function keepPaired(definition: ExampleDefinition, params: URLSearchParams, r: Reader): void {
  const problem = () => setupProblem(r.setup.network, r.setup.loss, r.setup.examples);
  const first = problem();
  if (first === null) return;
  const defaults = definition.defaults;
  const outputOf = (setup: Setup) => setup.network.layers[setup.network.layers.length - 1].activation;
  const key = params.has('loss')
    ? `loss=${shown(params.get('loss') ?? '')}`
    : params.has('act')
      ? `act=${shown(params.get('act') ?? '')}`
      : 'the setup';
  r.notices.push(`Ignored ${key}: ${first}`);
  const steps: ((setup: Setup) => Setup)[] = [
    (setup) => ({ ...setup, loss: defaults.loss }),
    (setup) => ({
      ...setup,
      network: {
        layers: setup.network.layers.map((layer, l, all) =>
          l === all.length - 1 ? { ...layer, activation: outputOf(defaults) } : layer,
        ),
      },
    }),
    (setup) => ({
      ...setup,
      loss:
        definition.controls.losses?.find((name) => setupProblem(setup.network, name, setup.examples) === null) ??
        setup.loss,
    }),
  ];
  for (const step of steps) {
    if (problem() === null) return;
    r.setup = step(r.setup);
  }
}

/** One line for every key the page does not know, naming the first few. */
function unknownNotice(keys: string[]): string[] {
  if (keys.length === 0) return [];
  if (keys.length === 1) return [`Ignored ${shown(keys[0])}: this page has no such setting.`];
  const named = keys.slice(0, 5).map(shown).join(', ');
  const more = keys.length > 5 ? ` and ${keys.length - 5} more` : '';
  return [`Ignored ${named}${more}: this page has no such settings.`];
}
