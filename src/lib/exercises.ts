// Exercises with numbers of their own: a setup drawn from a seed (values a reader can work with by hand), every
// value it holds listed, and each exercise's answer read from the engine (quantitiesOf through viewOf), with the
// formula it comes from (derivations.ts, the same table as the "where does this number come from" dialog).
// Pure functions, no DOM: the server renders the fixed seed's numbers, the browser draws other seeds.
import { createRng, seededNetwork, setupProblem, type Network } from '../engine/index.ts';
import type { ExerciseDefinition } from '../examples/exercises.ts';
import type { DrawRange, ExampleDefinition, Setup } from '../examples/types.ts';
import { toleranceText } from './answers.ts';
import { formulaWithValues } from './derivations/formula.ts';
import { derivationsOf } from './derivations/index.ts';
import { formatNumber } from './format.ts';
import { activationLabels, inputName, lossLabels, parametersOf, targetName, valueAt } from './notation.ts';
import { viewOf } from './runs.ts';
import { withAssignment } from './url-assignment.ts';
import { queryFromState, type ExtraKeys } from './url-state.ts';

/** The seed of a page without seed=: every reader of that page sees the same numbers. */
export const FIXED_SEED = 1;

/** One value of the drawn setup as shown: its name (data-given), its label and its text. */
export type Given = { name: string; label: string; text: string; value?: number };

/** One exercise with its numbers: prompt filled in, answer, tolerance, and the formula with the values in it. */
export type ExerciseNumbers = {
  prompt: string;
  quantity: string;
  steps: number;
  decimals: number;
  answer: number;
  tolerance: string;
  formula: string;
};

/** The exercises of a chapter for one seed. */
export type ExerciseSet = { seed: number; setup: Setup; given: Given[]; query: string; exercises: ExerciseNumbers[] };

/** A number drawn uniformly from the range, rounded to its decimals (two unless it says). */
const drawIn = (random: () => number, { low, high, decimals = 2 }: DrawRange): number =>
  Number((low + random() * (high - low)).toFixed(decimals));

/** The network with every weight and every bias drawn from its range (a shared bias once). */
function drawnNetwork(
  definition: ExampleDefinition,
  network: Network,
  random: () => number,
  weights: DrawRange,
  biases: DrawRange,
): Network {
  const layers = network.layers.map((layer) => ({
    ...layer,
    weights: layer.weights.map((row) => row.slice()),
    biases: layer.biases?.slice() ?? null,
  }));
  for (const parameter of parametersOf(definition.notation, network)) {
    const value = drawIn(random, parameter.bias ? biases : weights);
    for (const { layer, unit, input } of parameter.slots) {
      if (input < 0) (layers[layer].biases as number[])[unit] = value;
      else layers[layer].weights[unit][input] = value;
    }
  }
  return { layers };
}

/** The setup an exercise set works on, drawn from `seed` as the definition's `exerciseDraw` says: its structure, new numbers. */
export function drawSetup(definition: ExampleDefinition, seed: number): Setup {
  const random = createRng(seed);
  const base = definition.defaults;
  const draw = definition.exerciseDraw;
  const start = definition.controls.seededStart;
  if (draw.kind === 'seeded' && start) {
    // The page's own seeded start, so that seed= means one network everywhere on the page.
    const shown = Math.floor(createRng(seed ^ 0x5bd1e995)() * base.examples.length);
    return { ...base, network: seededNetwork(base.network, start, seed), startSeed: seed, example: shown };
  }
  if (draw.kind === 'seeded')
    throw new Error(`${definition.id}: exercises drawn from a seeded start need controls.seededStart`);
  const network = drawnNetwork(definition, draw.network ?? base.network, random, draw.weights, draw.biases);
  const { inputs, targets } = draw;
  if (!inputs) return { ...base, network, example: Math.floor(random() * base.examples.length) };
  // The single example's inputs and targets; targets the loss cannot take (a class for cross-entropy: one 1, the
  // rest 0) stay the example's own.
  const example = base.examples[base.example];
  const input = example.input.map(() => drawIn(random, inputs));
  const drawn = example.target.map((t) => (targets ? drawIn(random, targets) : t));
  const target = setupProblem(network, base.loss, [{ input, target: drawn }]) === null ? drawn : example.target;
  return { ...base, network, examples: [{ input, target }] };
}

/** Every value of the setup a reader needs to work the exercises by hand, in the order of the setup form. */
function givenOf(definition: ExampleDefinition, setup: Setup): Given[] {
  const { notation } = definition;
  const number = (name: string, label: string, value: number): Given => ({
    name,
    label,
    text: formatNumber(value),
    value,
  });
  const example = setup.examples[setup.example];
  const given: Given[] = [
    ...example.input.map((x, i) => number(inputName(notation, i), inputName(notation, i), x)),
    ...example.target.map((t, k) => number(targetName(notation, k), targetName(notation, k), t)),
    ...parametersOf(notation, setup.network).map((p) => number(p.name, p.label, valueAt(setup.network, p.slots[0]))),
    number('lr', 'η', setup.learningRate),
  ];
  const acts = [
    ...new Set(setup.network.layers.map((layer) => activationLabels[layer.activation] ?? layer.activation)),
  ];
  given.push({
    name: 'activation',
    label: 'activation',
    text: setup.network.layers.map((layer, l) => `${activationLabels[layer.activation]} (layer ${l + 1})`).join(', '),
  });
  if (acts.length === 1) given[given.length - 1].text = `${acts[0]} in every layer`;
  given.push({ name: 'loss', label: 'error', text: lossLabels[setup.loss] ?? setup.loss });
  if (setup.examples.length > 1) {
    given.push({
      name: 'examples',
      label: 'training set',
      text: setup.examples.map((e) => `(${e.input.join(', ')}) → ${e.target.join(', ')}`).join('; '),
    });
    given.push({
      name: 'mode',
      label: 'mode',
      text:
        setup.mode === 'batch'
          ? 'batch: one step from the sum over all examples'
          : 'online: one example per step, in the order of the training set',
    });
  }
  return given;
}

/** Below this size an answer is degenerate: a hand calculation cannot tell it from zero. */
const SMALLEST_ANSWER = 1e-6;
/** Below this an activation's slope is saturated: every gradient through it is close to zero. */
const SATURATED_SLOPE = 1e-3;
/** How many draws a seed may take before its setup is used as it is. */
const MAX_DRAWS = 32;

/** The seed of a seed's k-th draw: the seed itself first, then a fixed sequence (the same for everyone). */
const drawSeed = (seed: number, k: number): number => (k === 0 ? seed : (seed + k * 104_729) % 2 ** 31);

/** Why a set's numbers are not worth working by hand, or null: an answer too small, or a saturated slope on the way. */
function degenerate(
  exercises: readonly { answer: number; quantity: string }[],
  quantities: Record<string, number>,
): string | null {
  const tiny = exercises.find((e) => !(Math.abs(e.answer) >= SMALLEST_ANSWER));
  if (tiny) return `${tiny.quantity} is below ${SMALLEST_ANSWER}`;
  const flat = Object.keys(quantities).find(
    (name) => name.startsWith('fprime') && Math.abs(quantities[name]) < SATURATED_SLOPE,
  );
  return flat ? `${flat} is saturated` : null;
}

/** The exercises of one drawn setup. */
function exercisesOn(
  definition: ExampleDefinition,
  list: readonly ExerciseDefinition[],
  setup: Setup,
  values: Record<string, number>,
): { exercises: ExerciseNumbers[]; quantities: Record<string, number> } {
  let quantities: Record<string, number> = {};
  const exercises = list.map(({ prompt, quantity, steps = 0, decimals = 4 }) => {
    const view = viewOf(definition, { setup, steps });
    if (steps === 0) quantities = view.quantities;
    const answer = view.quantities[quantity];
    if (answer === undefined)
      throw new Error(`Exercise "${prompt}": the example "${definition.id}" has no quantity named "${quantity}".`);
    const all = derivationsOf(definition, { ...setup, network: view.network });
    const filled = prompt.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name === 'steps' ? String(steps) : name in values ? formatNumber(values[name]) : whole,
    );
    return {
      prompt: filled,
      quantity,
      steps,
      decimals,
      answer,
      tolerance: toleranceText(answer),
      formula: formulaWithValues(all.get(quantity), quantity, view.quantities, all, { decimals }),
    };
  });
  return {
    exercises,
    quantities: Object.keys(quantities).length > 0 ? quantities : viewOf(definition, { setup, steps: 0 }).quantities,
  };
}

/**
 * The exercises of a chapter for `seed`: the drawn setup, its values, the link to it, and every answer. A draw whose
 * answers degenerate (below 10⁻⁶, or through a saturated slope) is skipped for the seed's next draw, so no student is
 * handed one; the same seed always gives the same numbers.
 */
export function exerciseSet(
  definition: ExampleDefinition,
  list: readonly ExerciseDefinition[],
  seed: number,
  extra?: ExtraKeys,
): ExerciseSet {
  let drawn!: { setup: Setup; given: Given[]; exercises: ExerciseNumbers[] };
  for (let k = 0; k < MAX_DRAWS; k++) {
    const setup = drawSetup(definition, drawSeed(seed, k));
    const given = givenOf(definition, setup);
    const values = Object.fromEntries(given.flatMap((g) => (g.value === undefined ? [] : [[g.name, g.value]])));
    const { exercises, quantities } = exercisesOn(definition, list, setup, values);
    drawn = { setup, given, exercises };
    if (!degenerate(exercises, quantities)) break;
  }
  const query = queryFromState({ setup: drawn.setup, steps: 0 }, definition, extra);
  // Where the example draws its start from seed=, the setup writes the seed (of the draw used) itself.
  const link = definition.controls.seededStart ? query : withAssignment(query, [['seed', String(seed)]]);
  return { seed, setup: drawn.setup, given: drawn.given, query: link, exercises: drawn.exercises };
}

/** A new seed for "Other numbers": any but the current one. */
export const otherSeed = (current: number, random: () => number): number => {
  const seed = 1 + Math.floor(random() * 9999);
  return seed === current ? seed + 1 : seed;
};
