// Matrix notation and the network's structure in the query string: one key per matrix, rows split by `;` and
// entries by `,` (`?W1=-4,-4;-1,1&b1=-1,2&W2=-3,-2&b2=3`), and shape=2-3-3-1, act=tanh,tanh,sigmoid, biases=on|off,
// data=xor, init=zeros and seed=7 for examples that allow them. Pages load this module only when their example needs it.
import {
  activationNames,
  initNetwork,
  isHead,
  seededNetwork,
  type ActivationName,
  type Network,
} from '../engine/index.ts';
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import { parseNumber, parseWholeNumber } from './format.ts';
import type { ExtraKeys, Reader } from './url-state.ts';
import { activationOf, ownEntry, seedOf, shown } from './url-values.ts';

/** "1 input", "2 inputs". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Rows split by `;`, entries by `,`: null unless every entry is a number. */
export function parseMatrix(text: string): number[][] | null {
  const rows = text.split(';').map((row) => row.split(',').map((entry) => parseNumber(entry)));
  return rows.every((row) => row.every((x) => x !== null)) ? (rows as number[][]) : null;
}

const writeMatrix = (rows: number[][]) => rows.map((row) => row.join(',')).join(';');

/** A matrix-notation network of another shape: weights drawn from seed 1, so that the same link gives the same net, or all 0 (init=zeros). */
function networkOfShape(shape: number[], acts: ActivationName[], biases: boolean, init?: Setup['init']): Network {
  const network = initNetwork(shape, acts, { seed: 1, bias: biases });
  return init === 'zeros'
    ? { layers: network.layers.map((layer) => ({ ...layer, weights: layer.weights.map((row) => row.map(() => 0)) })) }
    : network;
}

/** shape=, act=, biases= and data= rebuild the network and the training set; they are read first. */
function readStructure(definition: ExampleDefinition, params: URLSearchParams, r: Reader): void {
  const { controls } = definition;
  const data = params.get('data');
  const set = data === null ? undefined : ownEntry(controls.dataSets, data);
  if (set)
    r.setup = {
      ...r.setup,
      dataSet: data!,
      examples: set.examples,
      testExamples: set.testExamples,
      draw: set.draw,
      example: 0,
      loss: set.loss ?? r.setup.loss,
      learningRate: set.learningRate ?? r.setup.learningRate,
    };
  else if (data !== null)
    r.notices.push(
      `Ignored data=${shown(data)}: choose ${Object.keys(controls.dataSets ?? {}).join(', ') || 'nothing; this page has one data set'}.`,
    );
  const layers = r.setup.network.layers;
  let shape = [layers[0].weights[0].length, ...layers.map((layer) => layer.weights.length)];
  let acts = layers.map((layer) => layer.activation);
  // A data set may name the output it needs (three classes: softmax); another set hands an output head back to the
  // chapter's own output activation.
  if (set && (set.output || isHead(acts[acts.length - 1])))
    acts[acts.length - 1] = set.output ?? definition.defaults.network.layers[acts.length - 1].activation;
  let biases = layers.every((layer) => layer.biases !== null);
  // A data set with other numbers of inputs or outputs resizes the first and the last layer to fit it.
  const fit = r.setup.examples[0];
  shape = [fit.input.length, ...shape.slice(1, -1), fit.target.length];
  const rawShape = params.get('shape');
  if (rawShape !== null) {
    const limits = controls.shape;
    const sizes = rawShape.split('-').map((size) => parseWholeNumber(size, 1, limits?.maxUnits ?? 0) ?? NaN);
    const fits =
      limits && sizes.length >= 2 && sizes.length - 1 <= limits.maxLayers && sizes.every((n) => !Number.isNaN(n));
    const example = r.setup.examples[0];
    if (fits && sizes[0] === example.input.length && sizes.at(-1) === example.target.length) {
      shape = sizes;
      // New layers take the hidden layers' activation (of a net with no hidden layer, its output's, unless that is
      // an output head such as softmax: then tanh); the output keeps its own.
      const [last, output] = [acts.length > 1 ? acts[acts.length - 2] : acts[0], acts[acts.length - 1]];
      const hidden: ActivationName = isHead(last) ? 'tanh' : last;
      acts = sizes
        .slice(1)
        .map((_n, l) =>
          l === sizes.length - 2 ? output : acts[l] !== undefined && l < acts.length - 1 ? acts[l] : hidden,
        );
    } else if (fits) {
      r.notices.push(
        `Ignored shape=${shown(rawShape)}: the data set has ${count(example.input.length, 'input')} and ${count(example.target.length, 'output')}, so the shape must start with ${example.input.length} and end with ${example.target.length}.`,
      );
    } else {
      r.notices.push(
        limits
          ? `Ignored shape=${shown(rawShape)}: sizes from 1 to ${limits.maxUnits} joined by "-", at most ${limits.maxLayers} weight layers.`
          : `Ignored "shape": this page's network has a fixed shape.`,
      );
    }
  }
  const rawActs = params.get('act');
  if (rawActs !== null) {
    const names = rawActs.split(',').map(activationOf);
    if (!controls.activationPerLayer) r.notices.push(`Ignored "act": this page has no such setting.`);
    else if (names.length !== shape.length - 1 || names.some((name) => name === null)) {
      r.notices.push(
        `Ignored act=${shown(rawActs)}: give ${shape.length - 1} of ${activationNames.join(', ')}, separated by commas.`,
      );
    } else if (names.some((name, l) => name !== null && isHead(name) && l !== names.length - 1)) {
      r.notices.push(
        `Ignored act=${shown(rawActs)}: softmax goes on the output layer only (the last of the ${names.length}).`,
      );
    } else acts = names as ActivationName[];
  }
  const rawBiases = params.get('biases');
  if (rawBiases !== null) {
    if (controls.shape && (rawBiases === 'on' || rawBiases === 'off')) biases = rawBiases === 'on';
    else
      r.notices.push(
        controls.shape
          ? `Ignored biases=${shown(rawBiases)}: on or off.`
          : `Ignored "biases": this page has no such setting.`,
      );
  }
  // init= draws the start again (Xavier's range from seed 1, or zeros); a new shape keeps the start's kind.
  const rawInit = params.get('init');
  let init = r.setup.init;
  if (rawInit !== null) {
    if (controls.shape && /^(xavier|zeros)$/.test(rawInit)) init = rawInit === 'zeros' ? rawInit : undefined;
    else
      r.notices.push(
        `Ignored init=${shown(rawInit)}: ${controls.shape ? 'xavier or zeros' : 'this page has no such setting'}.`,
      );
  }
  const current = [layers[0].weights[0].length, ...layers.map((layer) => layer.weights.length)];
  const sameShape =
    current.join('-') === shape.join('-') && layers.every((layer) => (layer.biases !== null) === biases);
  const network =
    sameShape && init === r.setup.init
      ? { layers: layers.map((layer, l) => ({ ...layer, activation: acts[l] })) }
      : networkOfShape(shape, acts, biases, init);
  r.setup = { ...r.setup, network, init };
  readSeed(definition, params.get('seed'), r);
}

/** seed= draws every weight and bias again, where the example allows it (elsewhere it only draws the exercises). */
function readSeed(definition: ExampleDefinition, raw: string | null, r: Reader): void {
  if (raw === null) return;
  const spec = definition.controls.seededStart;
  const seed = seedOf(raw);
  if (seed === null) r.notices.push(`Ignored seed=${shown(raw)}: a whole number from 0 to 2147483648 is expected.`);
  else if (spec) r.setup = { ...r.setup, startSeed: seed, network: seededNetwork(r.setup.network, spec, seed) };
}

/** Reads one matrix (W2) or bias vector (b2) of a matrix-notation network. */
function readMatrix(key: string, raw: string, r: Reader): boolean {
  const match = /^([Wb])([1-9]\d*)$/.exec(key);
  if (!match) return false;
  const l = Number(match[2]) - 1;
  const layer = r.setup.network.layers[l];
  if (!layer || (match[1] === 'b' && layer.biases === null)) {
    r.notices.push(
      `Ignored ${shown(key)}: this network has no ${match[1] === 'W' ? 'weight matrix' : 'bias vector'} ${key}.`,
    );
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

/** Writes the structure keys that differ from the defaults, then the matrices that differ from what those keys give. */
function write(definition: ExampleDefinition, setup: Setup, params: URLSearchParams): Setup {
  const defaults = definition.defaults;
  const shapeOf = (network: Network) =>
    [network.layers[0].weights[0].length, ...network.layers.map((layer) => layer.weights.length)].join('-');
  const actsOf = (network: Network) => network.layers.map((layer) => layer.activation).join(',');
  const biasesOf = (network: Network) => (network.layers.every((layer) => layer.biases !== null) ? 'on' : 'off');
  if (setup.dataSet !== undefined && setup.dataSet !== defaults.dataSet) params.set('data', setup.dataSet);
  if (definition.controls.shape && shapeOf(setup.network) !== shapeOf(defaults.network))
    params.set('shape', shapeOf(setup.network));
  if (definition.controls.activationPerLayer && actsOf(setup.network) !== actsOf(defaults.network))
    params.set('act', actsOf(setup.network));
  if (definition.controls.shape && biasesOf(setup.network) !== biasesOf(defaults.network))
    params.set('biases', biasesOf(setup.network));
  if (setup.startSeed !== undefined && setup.startSeed !== defaults.startSeed)
    params.set('seed', String(setup.startSeed));
  if (setup.init !== defaults.init) params.set('init', setup.init ?? 'xavier');
  // What these keys alone would give (reading a query of structure keys reads them here and nothing else): the
  // matrices are written where they differ from it.
  const read: Reader = { setup: defaults, notices: [] };
  readStructure(definition, params, read);
  const base = read.setup;
  if (definition.notation.kind === 'matrix') {
    setup.network.layers.forEach((layer, l) => {
      const was = base.network.layers[l];
      if (writeMatrix(layer.weights) !== writeMatrix(was.weights)) params.set(`W${l + 1}`, writeMatrix(layer.weights));
      if (layer.biases && was.biases && layer.biases.join(',') !== was.biases.join(','))
        params.set(`b${l + 1}`, layer.biases.join(','));
    });
  }
  writeTrainingSet(definition, setup, base, params);
  return base;
}

/** The example whose inputs are `raw` (x=0,1). */
function readExampleChoice(raw: string, r: Reader): void {
  const index = r.setup.examples.findIndex((example) => example.input.join(',') === raw.replace(/\s/g, ''));
  if (index >= 0) r.setup = { ...r.setup, example: index };
  else
    r.notices.push(
      `Ignored x=${shown(raw)}: choose one of ${r.setup.examples.map((example) => example.input.join(',')).join(' · ')}.`,
    );
}

/** Reads how a training set is used: x= (the example shown) and shuffle=seed|off (mode=: url-read.ts, by its kind). */
function readTrainingSetKey(definition: ExampleDefinition, key: string, raw: string, r: Reader): boolean {
  const { controls } = definition;
  if (key === 'x' && controls.exampleChoice) readExampleChoice(raw, r);
  else if (key === 'shuffle' && controls.mode) {
    const seed = seedOf(raw);
    if (raw === 'off') r.setup = { ...r.setup, shuffleSeed: undefined };
    else if (seed !== null) r.setup = { ...r.setup, shuffleSeed: seed };
    else r.notices.push(`Ignored shuffle=${shown(raw)}: a seed (a whole number from 0 to 2147483648) or off.`);
  } else return false;
  return true;
}

/** Writes how the training set is used, where it differs from `base`. */
function writeTrainingSet(definition: ExampleDefinition, setup: Setup, base: Setup, params: URLSearchParams): void {
  const { controls } = definition;
  if (controls.mode && setup.mode !== base.mode) params.set('mode', setup.mode);
  if (controls.mode && setup.shuffleSeed !== base.shuffleSeed)
    params.set('shuffle', setup.shuffleSeed === undefined ? 'off' : String(setup.shuffleSeed));
  if (controls.exampleChoice && setup.example !== base.example)
    params.set('x', setup.examples[setup.example].input.join(','));
}

/** The keys of matrix notation and of a network's structure, for readStateFromQuery and queryFromState. */
export const matrixKeys: ExtraKeys = {
  // The keys readStructure reads, as url-keys.ts's table has them (a unit test holds the two together): the table
  // itself stays out of the pages that load this module at once.
  structure: ['data', 'shape', 'act', 'biases', 'seed', 'init'],
  readStructure,
  readKey: (definition, key, raw, r) =>
    (definition.notation.kind === 'matrix' && readMatrix(key, raw, r)) || readTrainingSetKey(definition, key, raw, r),
  write,
};
