// Part II's network builder: any shape up to 6 weight layers of 8 units, in matrix notation, on a data set the
// reader picks. The weights of a new shape are drawn from seed 1 (Xavier's uniform range), so a link that names a
// shape gives the same network everywhere.
import { initNetwork, type Example } from '../engine/index.ts';
import { MAZUR_EXAMPLE, XOR_EXAMPLES } from './articles.ts';
import { builderExerciseDraw, builderSections } from './builder-chapter.ts';
import type { DataDraw } from './planar-data.ts';
import { THREE_CLASS_EXAMPLES } from './three-classes.ts';
import type { DataSet, ExampleDefinition, Setup } from './types.ts';

const copy = (examples: readonly Example[]): Example[] =>
  examples.map((e) => ({ input: [...e.input], target: [...e.target] }));

/** y = x² at six points of [−1, 1]: a curve a linear model cannot follow. */
const parabola: Example[] = [-1, -0.6, -0.2, 0.2, 0.6, 1].map((x) => ({
  input: [x],
  target: [Number((x * x).toFixed(10))],
}));

/** y = 2x + 1 at six points of [−1, 1]: targets from −1 to 3, past what a sigmoid or tanh output can give. */
const line: Example[] = [-1, -0.6, -0.2, 0.2, 0.6, 1].map((x) => ({
  input: [x],
  target: [Number((2 * x + 1).toFixed(10))],
}));

/** A draw of a generated set as the page starts it: seed 1, a little noise, a quarter of the points held out. */
const DRAW: DataDraw = { seed: 1, noise: 0.1, test: 0.25 };

/**
 * A generated planar set: its draw only, no points (the page's definition JSON stays small); src/lib/url-data.ts draws
 * the points from it when a link or a choice names the set (a link's dataSeed=, noise= and test= draw them again).
 */
const planar = (label: string): DataSet => ({
  label,
  examples: [],
  draw: DRAW,
  loss: 'half-squared-error',
  learningRate: 0.1,
});

/** The data sets, by their URL name (data=…). */
export const dataSets: Record<string, DataSet> = {
  xor: {
    label: 'XOR (four examples, two inputs, one output)',
    examples: copy(XOR_EXAMPLES),
    loss: 'half-squared-error',
  },
  'two-outputs': {
    label: 'the 2-2-2 example (one example, two outputs)',
    examples: copy([MAZUR_EXAMPLE]),
    loss: 'half-squared-error',
  },
  parabola: {
    label: 'a small regression: y = x² at six points',
    examples: parabola,
    loss: 'mean-squared-error',
    learningRate: 0.1,
  },
  // An identity output reaches every target; a sigmoid or tanh output cannot reach those past 1 (or below 0, −1).
  line: {
    label: 'a line past 1: y = 2x + 1 at six points',
    examples: line,
    output: 'identity',
    loss: 'mean-squared-error',
    learningRate: 0.1,
  },
  'three-classes': {
    label: 'three classes: six points of the plane, two per class (Part IV)',
    examples: copy(THREE_CLASS_EXAMPLES),
    output: 'softmax',
    loss: 'cross-entropy',
    learningRate: 0.5,
  },
  circle: planar('circle: one class inside a ring of the other'),
  gaussians: planar('two Gaussian clouds'),
  spiral: planar('spiral: two arms wound round each other'),
  'xor-cloud': planar('XOR cloud: the four quadrants'),
  // Three classes: a softmax output and cross-entropy (Part IV), so δ = a − t at the output.
  blobs: {
    ...planar('three Gaussian clouds (three classes, three outputs)'),
    output: 'softmax',
    loss: 'cross-entropy',
    learningRate: 0.05,
  },
};

const defaults: Setup = {
  network: initNetwork([2, 3, 3, 1], ['tanh', 'tanh', 'sigmoid'], { seed: 1, bias: true }),
  examples: dataSets.xor.examples,
  example: 1,
  learningRate: 0.5,
  loss: 'half-squared-error',
  mode: 'batch',
  trainBiases: true,
  dataSet: 'xor',
};

/** A network the reader builds: shape, activations, biases, loss, data set and learning mode all in the URL. */
export const builderExample: ExampleDefinition = {
  id: 'builder',
  title: 'A network you build (Part II)',
  notation: { kind: 'matrix' },
  defaults,
  presets: [],
  controls: {
    shape: { maxLayers: 6, maxUnits: 8 },
    activationPerLayer: true,
    losses: ['half-squared-error', 'mean-squared-error', 'cross-entropy', 'binary-cross-entropy'],
    mode: true,
    exampleChoice: true,
    dataSets,
  },
  maxSteps: 100_000,
  sections: builderSections,
  exerciseDraw: builderExerciseDraw,
};
