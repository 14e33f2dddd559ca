// Reading a page's state from its query string (written by url-state.ts). Pages load this only when their URL has
// keys (or their example has url-matrix.ts's): a chapter opened plainly starts from its defaults without it.
// Reading never trusts the URL: each value is checked, and anything unknown or invalid becomes a notice.
import { activationNames, setupProblem, type LossName } from '../engine/index.ts';
import type { ExampleDefinition, PageState, Setup } from '../examples/types.ts';
import { parseNumber, parseWholeNumber } from './format.ts';
import { inputName, parametersOf, targetName, withParameter } from './notation.ts';
import { PAGE_KEYS } from './url-keys.ts';

export { assignmentOf } from './url-keys.ts';
import {
  activationOf,
  learningRateProblem,
  onceEach,
  ownEntry,
  seedOf,
  shown,
  type ExtraKeys,
  type Reader,
} from './url-state.ts';

const LOSS_ALIASES: Record<string, LossName> = { mse: 'mean-squared-error', half: 'half-squared-error' };

/** Reads one single-number key: a named parameter, an input, a target or the learning rate. */
function readNumberKey(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean {
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
  if (!parameter && inputAt < 0 && targetAt < 0 && key !== 'lr') return false;
  const value = parseNumber(raw);
  const problem = key === 'lr' && value !== null ? learningRateProblem(value) : null;
  if (value === null) r.notices.push(`Ignored ${key}=${shown(raw)}: not a number.`);
  else if (problem) r.notices.push(`Ignored ${key}=${shown(raw)}: ${problem}.`);
  else if (parameter) r.setup = { ...r.setup, network: withParameter(r.setup.network, parameter, value) };
  else if (key === 'lr') r.setup = { ...r.setup, learningRate: value };
  else r.setup = { ...r.setup, examples: [withExampleValue(example, inputAt, targetAt, value)] };
  return true;
}

const withExampleValue = (example: Setup['examples'][number], inputAt: number, targetAt: number, value: number) => ({
  input: example.input.map((x, i) => (i === inputAt ? value : x)),
  target: example.target.map((t, k) => (k === targetAt ? value : t)),
});

/** Reads the settings that are neither numbers nor matrices: activation, loss, train biases. */
function readChoice(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean {
  const { controls } = definition;
  if (key === 'activation' && controls.activation) {
    const name = activationOf(raw);
    const layers = controls.activation.layers;
    if (name)
      r.setup = {
        ...r.setup,
        network: {
          layers: r.setup.network.layers.map((layer, l) =>
            layers.includes(l) ? { ...layer, activation: name } : layer,
          ),
        },
      };
    else r.notices.push(`Ignored activation=${shown(raw)}: choose ${activationNames.join(', ')}.`);
  } else if (key === 'loss' && controls.losses) {
    const name = ownEntry(LOSS_ALIASES, raw) ?? raw;
    if (controls.losses.includes(name as LossName)) r.setup = { ...r.setup, loss: name as LossName };
    else r.notices.push(`Ignored loss=${shown(raw)}: choose ${controls.losses.join(', ')}.`);
  } else if (key === 'trainBiases' && controls.trainBiases) {
    if (raw === 'on' || raw === 'off') r.setup = { ...r.setup, trainBiases: raw === 'on' };
    else r.notices.push(`Ignored trainBiases=${shown(raw)}: on or off.`);
  } else return false;
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
    if (key === 'seed' && seedOf(raw) === null)
      r.notices.push(`Ignored seed=${shown(rawValue)}: a whole number from 0 to 2147483648 is expected.`);
    if (PAGE_KEYS.includes(key)) continue;
    if (key === 'steps') {
      const number = parseWholeNumber(raw, 0, definition.maxSteps);
      if (number !== null) steps = number;
      else
        r.notices.push(
          `Ignored steps=${shown(rawValue)}: a whole number from 0 to ${definition.maxSteps} is expected.`,
        );
      continue;
    }
    const known =
      extra?.readKey(definition, key, raw, r) ||
      readNumberKey(definition, key, raw, r) ||
      readChoice(definition, key, raw, r);
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
