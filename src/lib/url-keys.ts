// Every key a page's address may hold, in one declarative table (as the TensorFlow Playground's state.ts keeps its
// PROPS): what kind of value it takes, what it sets, how the printed setup words it, how the notation page names it,
// and which group of the instructors' panel writes it. The reader (url-read.ts, url-matrix.ts), the writer
// (url-state.ts, url-matrix.ts), the printed setup (src/browser/page.ts), the notation page and the instructors'
// panel take their lists from here. The page script does not carry the table: the layout writes the printed words
// into the page (wordsOfKeys), the reader and the instructors' panel load with their own code.
import { MAX_NOISE, MAX_TEST } from '../examples/planar-data.ts';
import type { ExampleDefinition } from '../examples/types.ts';
import { inputName, parametersOf, targetName } from './notation.ts';
import type { Assignment } from './url-assignment.ts';

/** The value a key takes: one decimal number, a whole number, on|off, one name of a list, a matrix, or a comma list. */
export type UrlKeyKind = 'number' | 'whole' | 'switch' | 'choice' | 'matrix' | 'list';

/**
 * What a key sets: the setup (read into the state, written where it differs from the defaults), the network's
 * structure (read before every other key, since it rebuilds the network), the steps taken, or the page around the
 * setup (an instructor's key or the exercises' seed), kept as it is in every link the page writes.
 */
export type UrlKeyRole = 'setup' | 'structure' | 'steps' | 'page';

export type UrlKey = {
  kind: UrlKeyKind;
  role: UrlKeyRole;
  /** How the printed setup names it ("learning rate = 0.1"); the key itself when left out. */
  words?: string;
  /** How the notation page writes it beside the quantities it sets ({l}: the layer); no row names it when left out. */
  notation?: string;
  /** The group of the instructors' panel that writes it. */
  instructor?: 'lock' | 'hide' | 'quiz' | 'seed';
  /** Also read with the structure: where the example draws its start from it (seed= on Part III). */
  drawsStart?: true;
  /** A number's or whole number's range, [low, high]; a whole number without one goes from 0 to 2³¹ or the page's limit. */
  range?: readonly [number, number];
  /** A number in a range: what it is, for the notice that refuses one out of it. */
  means?: string;
  /** What the notice that refuses a value asks for, where the kind's own words ("choose …") do not fit. */
  expects?: string;
};

/** A seed's range: whole numbers from 0 to 2³¹ (exercises, random starts, generated data). */
const SEEDS = [0, 2 ** 31] as const;

/**
 * The keys, in the order a link writes them. A weight, bias, input or target in the articles' notation is its own
 * symbol (w1, b1, i1, t1: the example's notation, `SYMBOL`); in matrix notation a whole matrix or bias vector is one
 * key per layer (`W{l}`, `b{l}`).
 */
export const URL_KEYS = {
  data: { kind: 'choice', role: 'structure' },
  shape: { kind: 'list', role: 'structure' },
  act: { kind: 'list', role: 'structure', words: 'activations' },
  biases: { kind: 'switch', role: 'structure' },
  init: { kind: 'choice', role: 'structure', words: 'start' },
  dataSeed: { kind: 'whole', role: 'setup', words: 'data seed', range: SEEDS },
  noise: { kind: 'number', role: 'setup', range: [0, MAX_NOISE], means: 'the noise added to each coordinate' },
  test: {
    kind: 'number',
    role: 'setup',
    words: 'test share',
    range: [0, MAX_TEST],
    means: 'the share of points held out for testing',
  },
  points: { kind: 'matrix', role: 'setup', words: 'own points' },
  'W{l}': { kind: 'matrix', role: 'setup', notation: 'W{l} (rows by ;)' },
  'b{l}': { kind: 'matrix', role: 'setup', notation: 'b{l}' },
  lr: { kind: 'number', role: 'setup', words: 'learning rate', notation: 'lr' },
  activation: { kind: 'choice', role: 'setup' },
  loss: { kind: 'choice', role: 'setup' },
  mode: { kind: 'choice', role: 'setup', expects: 'online or batch' },
  shuffle: { kind: 'whole', role: 'setup' },
  x: { kind: 'list', role: 'setup', words: 'example shown', notation: 'x (the example shown)' },
  trainBiases: { kind: 'switch', role: 'setup', words: 'train biases' },
  steps: { kind: 'whole', role: 'steps' },
  lock: { kind: 'list', role: 'page', instructor: 'lock' },
  hide: { kind: 'list', role: 'page', instructor: 'hide' },
  quiz: { kind: 'list', role: 'page', instructor: 'quiz' },
  seed: { kind: 'whole', role: 'page', instructor: 'seed', drawsStart: true, range: SEEDS },
  embed: { kind: 'choice', role: 'page' },
} as const satisfies Record<string, UrlKey>;

export type UrlKeyName = keyof typeof URL_KEYS;

const named = (test: (key: UrlKey) => boolean | undefined): string[] =>
  (Object.entries(URL_KEYS) as [UrlKeyName, UrlKey][]).filter(([, key]) => test(key)).map(([name]) => name);

/** Keys that shape the page, not the setup (lock=, hide=, quiz=, seed=, embed=): every link the page writes keeps them. */
export const PAGE_KEYS: readonly string[] = /* @__PURE__ */ named((key) => key.role === 'page');

/** Keys that rebuild the network or the training set, read before every other key. */
export const STRUCTURE_KEYS: readonly string[] = /* @__PURE__ */ named(
  (key) => key.role === 'structure' || 'drawsStart' in key,
);

/** The printed setup's words for the keys that have them ({ lr: 'learning rate', … }), for the layout to hand the page. */
export const wordsOfKeys = (): Record<string, string> =>
  Object.fromEntries(
    (Object.entries(URL_KEYS) as [UrlKeyName, UrlKey][]).flatMap(([name, key]) =>
      key.words ? [[name, key.words]] : [],
    ),
  );

/** The URL key that sets a quantity of the example, as the notation page writes it, where there is one. */
export function urlKeyOf(definition: ExampleDefinition, name: string): string | null {
  const { notation, defaults, controls } = definition;
  if (name === 'lr') return URL_KEYS.lr.notation;
  const example = defaults.examples[defaults.example];
  if (notation.kind === 'named') {
    const fields = controls.exampleFields
      ? [
          ...example.input.map((_x, i) => inputName(notation, i)),
          ...example.target.map((_t, k) => targetName(notation, k)),
        ]
      : [];
    return parametersOf(notation, defaults.network).some((p) => p.name === name) || fields.includes(name) ? name : null;
  }
  const weight = /^W(\d+)_\d+_\d+$/.exec(name);
  const bias = /^b(\d+)_\d+$/.exec(name);
  if (weight) return `W${weight[1]}`;
  if (bias) return `b${bias[1]}`;
  return /^x\d+$/.test(name) && controls.exampleChoice ? URL_KEYS.x.notation : null;
}

/**
 * The page keys of a query string, to be kept in every link the page writes. Where the example draws its start from
 * seed= (Part III), the setup holds the seed and writes it itself.
 */
export const assignmentOf = (search: string, definition?: ExampleDefinition): Assignment =>
  [...new URLSearchParams(search)].filter(
    ([key]) => PAGE_KEYS.includes(key) && !(key === 'seed' && definition?.controls.seededStart),
  );
