// A page's state in its query string, for any example. Named notation: one key per symbol (`?w1=0.5&lr=0.1`);
// matrix notation: one key per matrix, rows split by `;` and entries by `,` (`?W1=-4,-4;-1,1&b1=-1,2`).
// Reading never trusts the URL: each value is checked, and anything unknown or invalid becomes a notice.
import { activationNames, initNetwork, type ActivationName, type LossName, type Network } from '../engine/index.ts';
import type { ExampleDefinition, PageState, Setup } from '../examples/types.ts';
import { parseNumber } from './format.ts';
import { inputName, parametersOf, targetName, valueAt, withParameter } from './notation.ts';
import { seededNetwork } from './seeded-start.ts';

const ACTIVATION_ALIASES: Record<string, ActivationName> = { linear: 'identity' };
const LOSS_ALIASES: Record<string, LossName> = { mse: 'mean-squared-error', half: 'half-squared-error' };

/** A value from the URL, shortened and made printable, for a notice (notices are text, never HTML). */
const shown = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

const activationOf = (text: string): ActivationName | null => {
  const name = ACTIVATION_ALIASES[text] ?? text;
  return (activationNames as readonly string[]).includes(name) ? (name as ActivationName) : null;
};

/** Rows split by `;`, entries by `,`: null unless every entry is a number. */
export function parseMatrix(text: string): number[][] | null {
  const rows = text.split(';').map((row) => row.split(',').map((entry) => parseNumber(entry)));
  return rows.every((row) => row.every((x) => x !== null)) ? (rows as number[][]) : null;
}

const writeMatrix = (rows: number[][]) => rows.map((row) => row.join(',')).join(';');

/** A matrix-notation network of another shape: weights drawn from seed 1, so that the same link gives the same net. */
export function networkOfShape(shape: number[], acts: ActivationName[], biases: boolean): Network {
  return initNetwork(shape, acts, { seed: 1, bias: biases });
}

type Reader = { setup: Setup; notices: string[] };

/** shape=, act=, biases= and data= rebuild the network and the training set; they are read first. */
function readStructure(definition: ExampleDefinition, params: URLSearchParams, r: Reader): void {
  const { controls } = definition;
  const data = params.get('data');
  if (data !== null) {
    const set = controls.dataSets?.[data];
    if (set) r.setup = { ...r.setup, dataSet: data, examples: set.examples, example: 0, loss: set.loss ?? r.setup.loss, learningRate: set.learningRate ?? r.setup.learningRate };
    else r.notices.push(`Ignored data=${shown(data)}: choose ${Object.keys(controls.dataSets ?? {}).join(', ') || 'nothing; this page has one data set'}.`);
  }
  const layers = r.setup.network.layers;
  let shape = [layers[0].weights[0].length, ...layers.map((layer) => layer.weights.length)];
  let acts = layers.map((layer) => layer.activation);
  let biases = layers.every((layer) => layer.biases !== null);
  const rawShape = params.get('shape');
  if (rawShape !== null) {
    const sizes = rawShape.split('-').map(Number);
    const limits = controls.shape;
    const fits = limits && sizes.length >= 2 && sizes.length - 1 <= limits.maxLayers && sizes.every((n) => Number.isInteger(n) && n >= 1 && n <= limits.maxUnits);
    const example = r.setup.examples[0];
    if (fits && sizes[0] === example.input.length && sizes.at(-1) === example.target.length) {
      shape = sizes;
      acts = sizes.slice(1).map((_n, l) => acts[Math.min(l, acts.length - 1)]);
    } else if (fits) {
      r.notices.push(`Ignored shape=${shown(rawShape)}: the data set has ${example.input.length} inputs and ${example.target.length} outputs, so the shape must start with ${example.input.length} and end with ${example.target.length}.`);
    } else {
      r.notices.push(limits ? `Ignored shape=${shown(rawShape)}: sizes from 1 to ${limits.maxUnits} joined by "-", at most ${limits.maxLayers} weight layers.` : `Ignored "shape": this page's network has a fixed shape.`);
    }
  }
  const rawActs = params.get('act');
  if (rawActs !== null) {
    const names = rawActs.split(',').map(activationOf);
    if (!controls.activationPerLayer) r.notices.push(`Ignored "act": this page has no such setting.`);
    else if (names.length !== shape.length - 1 || names.some((name) => name === null)) {
      r.notices.push(`Ignored act=${shown(rawActs)}: give ${shape.length - 1} of ${activationNames.join(', ')}, separated by commas.`);
    } else acts = names as ActivationName[];
  }
  const rawBiases = params.get('biases');
  if (rawBiases !== null) {
    if (controls.shape && (rawBiases === 'on' || rawBiases === 'off')) biases = rawBiases === 'on';
    else r.notices.push(controls.shape ? `Ignored biases=${shown(rawBiases)}: on or off.` : `Ignored "biases": this page has no such setting.`);
  }
  const current = [layers[0].weights[0].length, ...layers.map((layer) => layer.weights.length)];
  const sameShape = current.join('-') === shape.join('-') && layers.every((layer) => (layer.biases !== null) === biases);
  const network = sameShape
    ? { layers: layers.map((layer, l) => ({ ...layer, activation: acts[l] })) }
    : networkOfShape(shape, acts, biases);
  r.setup = { ...r.setup, network };
  readSeed(definition, params.get('seed'), r);
}

/** seed= draws every weight and bias again, where the example allows it. */
function readSeed(definition: ExampleDefinition, raw: string | null, r: Reader): void {
  if (raw === null) return;
  const spec = definition.controls.seededStart;
  const seed = Number(raw);
  if (!spec) r.notices.push(`Ignored "seed": this page has no such setting.`);
  else if (raw.trim() === '' || !Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) r.notices.push(`Ignored seed=${shown(raw)}: a whole number from 0 to 2147483648 is expected.`);
  else r.setup = { ...r.setup, startSeed: seed, network: seededNetwork(r.setup.network, spec, seed) };
}

/** Reads one matrix (W2) or bias vector (b2) of a matrix-notation network. */
function readMatrix(key: string, raw: string, r: Reader): boolean {
  const match = /^([Wb])([1-9]\d*)$/.exec(key);
  if (!match) return false;
  const l = Number(match[2]) - 1;
  const layer = r.setup.network.layers[l];
  if (!layer || (match[1] === 'b' && layer.biases === null)) {
    r.notices.push(`Ignored ${shown(key)}: this network has no ${match[1] === 'W' ? 'weight matrix' : 'bias vector'} ${key}.`);
    return true;
  }
  const rows = parseMatrix(raw);
  const expected = match[1] === 'W' ? [layer.weights.length, layer.weights[0].length] : [1, layer.weights.length];
  if (!rows || rows.length !== expected[0] || rows.some((row) => row.length !== expected[1])) {
    const size = match[1] === 'W' ? `${expected[0]} rows of ${expected[1]} numbers` : `${expected[1]} numbers`;
    r.notices.push(`Ignored ${key}=${shown(raw)}: ${key} takes ${size} (rows separated by ";", entries by ",").`);
    return true;
  }
  const layersCopy = r.setup.network.layers.slice();
  layersCopy[l] = match[1] === 'W' ? { ...layer, weights: rows } : { ...layer, biases: rows[0] };
  r.setup = { ...r.setup, network: { layers: layersCopy } };
  return true;
}

/** The example whose inputs are `raw` (x=0,1). */
function readExampleChoice(raw: string, r: Reader): void {
  const index = r.setup.examples.findIndex((example) => example.input.join(',') === raw.replace(/\s/g, ''));
  if (index >= 0) r.setup = { ...r.setup, example: index };
  else r.notices.push(`Ignored x=${shown(raw)}: choose one of ${r.setup.examples.map((example) => example.input.join(',')).join(' · ')}.`);
}

/** Reads one single-number key: a named parameter, an input, a target or the learning rate. */
function readNumberKey(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean {
  const { notation } = definition;
  const parameter = notation.kind === 'named' ? parametersOf(notation, r.setup.network).find((p) => p.name === key) : undefined;
  const example = r.setup.examples[r.setup.example];
  const inputAt = definition.controls.exampleFields ? example.input.findIndex((_x, i) => inputName(notation, i) === key) : -1;
  const targetAt = definition.controls.exampleFields ? example.target.findIndex((_t, k) => targetName(notation, k) === key) : -1;
  if (!parameter && inputAt < 0 && targetAt < 0 && key !== 'lr') return false;
  const value = parseNumber(raw);
  if (value === null) r.notices.push(`Ignored ${key}=${shown(raw)}: not a number.`);
  else if (parameter) r.setup = { ...r.setup, network: withParameter(r.setup.network, parameter, value) };
  else if (key === 'lr') r.setup = { ...r.setup, learningRate: value };
  else r.setup = { ...r.setup, examples: [withExampleValue(example, inputAt, targetAt, value)] };
  return true;
}

const withExampleValue = (example: Setup['examples'][number], inputAt: number, targetAt: number, value: number) => ({
  input: example.input.map((x, i) => (i === inputAt ? value : x)),
  target: example.target.map((t, k) => (k === targetAt ? value : t)),
});

/** Reads the settings that are neither numbers nor matrices: activation, loss, mode, train biases. */
function readChoice(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean {
  const { controls } = definition;
  if (key === 'activation' && controls.activation) {
    const name = activationOf(raw);
    const layers = controls.activation.layers;
    if (name) r.setup = { ...r.setup, network: { layers: r.setup.network.layers.map((layer, l) => (layers.includes(l) ? { ...layer, activation: name } : layer)) } };
    else r.notices.push(`Ignored activation=${shown(raw)}: choose ${activationNames.join(', ')}.`);
  } else if (key === 'loss' && controls.losses) {
    const name = LOSS_ALIASES[raw] ?? raw;
    if (controls.losses.includes(name as LossName)) r.setup = { ...r.setup, loss: name as LossName };
    else r.notices.push(`Ignored loss=${shown(raw)}: choose ${controls.losses.join(', ')}.`);
  } else if (key === 'mode' && controls.mode) {
    if (raw === 'online' || raw === 'batch') r.setup = { ...r.setup, mode: raw };
    else r.notices.push(`Ignored mode=${shown(raw)}: online or batch.`);
  } else if (key === 'trainBiases' && controls.trainBiases) {
    if (raw === 'on' || raw === 'off') r.setup = { ...r.setup, trainBiases: raw === 'on' };
    else r.notices.push(`Ignored trainBiases=${shown(raw)}: on or off.`);
  } else if (key === 'x' && controls.exampleChoice) readExampleChoice(raw, r);
  else return false;
  return true;
}

const STRUCTURE_KEYS = ['data', 'shape', 'act', 'biases', 'seed'];

/** Reads a page state from a query string; what it cannot use is listed in `notices`. */
export function readStateFromQuery(search: string, definition: ExampleDefinition): { state: PageState; notices: string[] } {
  const params = new URLSearchParams(search);
  const r: Reader = { setup: definition.defaults, notices: [] };
  readStructure(definition, params, r);
  let steps = 0;
  for (const [key, rawValue] of params) {
    const raw = rawValue.trim();
    if (STRUCTURE_KEYS.includes(key)) continue;
    if (key === 'steps') {
      const number = Number(raw);
      if (raw !== '' && Number.isInteger(number) && number >= 0 && number <= definition.maxSteps) steps = number;
      else r.notices.push(`Ignored steps=${shown(rawValue)}: a whole number from 0 to ${definition.maxSteps} is expected.`);
      continue;
    }
    const known =
      (definition.notation.kind === 'matrix' && readMatrix(key, raw, r)) ||
      readNumberKey(definition, key, raw, r) ||
      readChoice(definition, key, raw, r);
    if (!known) r.notices.push(`Ignored ${shown(key)}: this page has no such setting.`);
  }
  return { state: { setup: r.setup, steps }, notices: r.notices };
}

/** The structure keys of a setup that differ from the defaults. */
function writeStructure(definition: ExampleDefinition, setup: Setup, params: URLSearchParams): Setup {
  const defaults = definition.defaults;
  const shapeOf = (network: Network) => [network.layers[0].weights[0].length, ...network.layers.map((layer) => layer.weights.length)].join('-');
  const actsOf = (network: Network) => network.layers.map((layer) => layer.activation).join(',');
  const biasesOf = (network: Network) => (network.layers.every((layer) => layer.biases !== null) ? 'on' : 'off');
  if (setup.dataSet !== undefined && setup.dataSet !== defaults.dataSet) params.set('data', setup.dataSet);
  if (definition.controls.shape && shapeOf(setup.network) !== shapeOf(defaults.network)) params.set('shape', shapeOf(setup.network));
  if (definition.controls.activationPerLayer && actsOf(setup.network) !== actsOf(defaults.network)) params.set('act', actsOf(setup.network));
  if (definition.controls.shape && biasesOf(setup.network) !== biasesOf(defaults.network)) params.set('biases', biasesOf(setup.network));
  if (setup.startSeed !== undefined && setup.startSeed !== defaults.startSeed) params.set('seed', String(setup.startSeed));
  // What these keys alone would give: the matrices are written where they differ from it.
  return readStateFromQuery(`?${params}`, definition).state.setup;
}

/** Writes the settings that differ from the defaults, in a fixed order: the shortest link to this exact state. */
export function queryFromState(state: PageState, definition: ExampleDefinition): string {
  const { notation, controls } = definition;
  const { setup } = state;
  const params = new URLSearchParams();
  const base = writeStructure(definition, setup, params);
  if (notation.kind === 'matrix') {
    setup.network.layers.forEach((layer, l) => {
      const was = base.network.layers[l];
      if (writeMatrix(layer.weights) !== writeMatrix(was.weights)) params.set(`W${l + 1}`, writeMatrix(layer.weights));
      if (layer.biases && was.biases && layer.biases.join(',') !== was.biases.join(',')) params.set(`b${l + 1}`, layer.biases.join(','));
    });
  } else {
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
  if (controls.mode && setup.mode !== base.mode) params.set('mode', setup.mode);
  if (controls.trainBiases && setup.trainBiases !== base.trainBiases) params.set('trainBiases', setup.trainBiases ? 'on' : 'off');
  if (controls.exampleChoice && setup.example !== base.example) params.set('x', setup.examples[setup.example].input.join(','));
  if (state.steps !== 0) params.set('steps', String(state.steps));
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3B', ';');
  return query === '' ? '' : `?${query}`;
}

