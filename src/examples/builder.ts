// Part II's network builder: any shape up to 6 weight layers of 8 units, in matrix notation, on a data set the
// reader picks. The weights of a new shape are drawn from seed 1 (Xavier's uniform range), so a link that names a
// shape gives the same network everywhere.
import { initNetwork, type Example } from '../engine/index.ts';
import { MAZUR_EXAMPLE, XOR_EXAMPLES } from './articles.ts';
import type { DataSet, ExampleDefinition, Setup } from './types.ts';

const copy = (examples: readonly Example[]): Example[] => examples.map((e) => ({ input: [...e.input], target: [...e.target] }));

/** y = x² at six points of [−1, 1]: a curve a linear model cannot follow. */
const parabola: Example[] = [-1, -0.6, -0.2, 0.2, 0.6, 1].map((x) => ({ input: [x], target: [Number((x * x).toFixed(10))] }));

/** The data sets, by their URL name (data=…). */
export const dataSets: Record<string, DataSet> = {
  xor: { label: 'XOR (four examples, two inputs, one output)', examples: copy(XOR_EXAMPLES) },
  'two-outputs': { label: 'the 2-2-2 example (one example, two outputs)', examples: copy([MAZUR_EXAMPLE]) },
  parabola: { label: 'a small regression: y = x² at six points', examples: parabola, loss: 'mean-squared-error', learningRate: 0.1 },
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
    losses: ['half-squared-error', 'mean-squared-error'],
    mode: true,
    exampleChoice: true,
    dataSets,
  },
  maxSteps: 100_000,
};
