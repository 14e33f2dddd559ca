// An instructor's lock=, held against every control of the page: Reset, the presets, a seeded start, the builder's
// shape, data set and biases. The page's state passes through holdLocked on every change (the store's guard), so a
// locked value keeps the value the link gave it whatever wrote the new state. Names are the ones lock= takes: the
// controls' names (w1, W2_1_3, b1, i1, t1, lr) and the labels of selects and switches (activation, activation of
// layer 2, loss, mode, order, example, train biases), the builder's (data set, weight layers, units in layer 1,
// shape, biases) and Part III's start (seed). A name this file does not know holds nothing (the page says so).
import type { Network } from '../engine/index.ts';
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import { inputName, parametersOf, targetName, valueAt } from './notation.ts';

/** Lock names that hold the network's shape: any of them keeps the layer sizes the link gave. */
export const SHAPE = /^(shape|weight layers|units in layer \d+)$/;

const shapeOf = (network: Network): string =>
  [network.layers[0].weights[0].length, ...network.layers.map((layer) => layer.weights.length)].join('-');
const biasesOf = (network: Network): string => network.layers.map((layer) => layer.biases !== null).join();

/** A copy of the network with one value written into a slot (input −1: the bias), or the network itself when it has no such slot. */
function withValue(
  network: Network,
  { layer, unit, input }: { layer: number; unit: number; input: number },
  value: number,
): Network {
  const target = network.layers[layer];
  const row = target?.weights[unit];
  if (!row || (input < 0 ? !target.biases : input >= row.length)) return network;
  if ((input < 0 ? target.biases?.[unit] : row[input]) === value) return network;
  const layers = network.layers.slice();
  layers[layer] =
    input < 0
      ? { ...target, biases: (target.biases as number[]).map((b, j) => (j === unit ? value : b)) }
      : {
          ...target,
          weights: target.weights.map((r, j) => (j === unit ? r.map((w, i) => (i === input ? value : w)) : r)),
        };
  return { layers };
}

/** The numbers of the example shown, with one input or target held. */
function withExampleValue(setup: Setup, held: Setup, kind: 'input' | 'target', index: number): Setup {
  const example = setup.examples[setup.example];
  const value = held.examples[held.example]?.[kind][index];
  if (!example || value === undefined || example[kind][index] === undefined || example[kind][index] === value)
    return setup;
  const changed = { ...example, [kind]: example[kind].map((v, k) => (k === index ? value : v)) };
  return { ...setup, examples: setup.examples.map((e, k) => (k === setup.example ? changed : e)) };
}

/**
 * `next` with every locked value of `held` kept; `next` itself when nothing had to change (so that a training step,
 * which keeps the setup, keeps its identity and its cached run).
 */
export function holdLocked(definition: ExampleDefinition, names: readonly string[], held: Setup, next: Setup): Setup {
  const { notation, controls } = definition;
  const locked = new Set(names);
  let setup = next;
  const keep = <K extends keyof Setup>(key: K) => {
    if (setup[key] !== held[key]) setup = { ...setup, [key]: held[key] };
  };
  // The structure first: a shape, biases or start held keeps the whole network the link gave.
  const structure =
    ([...locked].some((name) => SHAPE.test(name)) && shapeOf(setup.network) !== shapeOf(held.network)) ||
    (locked.has('biases') && biasesOf(setup.network) !== biasesOf(held.network)) ||
    (locked.has('seed') && setup.startSeed !== held.startSeed);
  if (structure) setup = { ...setup, network: held.network, startSeed: held.startSeed };
  if (locked.has('data set')) (keep('dataSet'), keep('examples'), keep('example'));
  // A network that no longer fits the data (one of them held, the other changed) takes back both.
  const example = setup.examples[setup.example];
  const sizes = shapeOf(setup.network).split('-');
  if (example && (Number(sizes[0]) !== example.input.length || Number(sizes.at(-1)) !== example.target.length)) {
    setup = {
      ...setup,
      network: held.network,
      startSeed: held.startSeed,
      dataSet: held.dataSet,
      examples: held.examples,
      example: held.example,
    };
  }
  for (const parameter of parametersOf(notation, held.network)) {
    if (!locked.has(parameter.name)) continue;
    const value = valueAt(held.network, parameter.slots[0]);
    let network = setup.network;
    for (const slot of parameter.slots) network = withValue(network, slot, value);
    if (network !== setup.network) setup = { ...setup, network };
  }
  const shown = held.examples[held.example];
  shown?.input.forEach(
    (_x, i) => locked.has(inputName(notation, i)) && (setup = withExampleValue(setup, held, 'input', i)),
  );
  shown?.target.forEach(
    (_t, k) => locked.has(targetName(notation, k)) && (setup = withExampleValue(setup, held, 'target', k)),
  );
  if (locked.has('lr')) keep('learningRate');
  if (locked.has('loss')) keep('loss');
  if (locked.has('mode')) keep('mode');
  if (locked.has('example')) keep('example');
  if (locked.has('train biases')) keep('trainBiases');
  if (locked.has('order') || locked.has('shuffle')) keep('shuffleSeed');
  const activationLayers = [
    ...(locked.has('activation') ? (controls.activation?.layers ?? setup.network.layers.map((_l, l) => l)) : []),
    ...setup.network.layers.flatMap((_l, l) => (locked.has(`activation of layer ${l + 1}`) ? [l] : [])),
  ];
  for (const l of activationLayers) {
    const was = held.network.layers[l]?.activation;
    const layer = setup.network.layers[l];
    if (!was || !layer || layer.activation === was) continue;
    setup = {
      ...setup,
      network: { layers: setup.network.layers.map((x, k) => (k === l ? { ...x, activation: was } : x)) },
    };
  }
  return setup;
}
