// What the builder's chapter (/part-2/build-a-network/) knows about the builder's numbers: the sections that derive
// each kind of quantity, and how its exercises draw a setup from a seed. Kept beside the builder's definition.
import type { ExerciseDraw, Sections } from './types.ts';

const chapter = '/part-2/build-a-network/';
const forward = `${chapter}#the-notation-for-any-depth`;
const backward = `${chapter}#the-backward-pass-layer-by-layer`;
const setting = `${chapter}#every-setting-in-the-setup`;
const training = `${chapter}#train-it`;

export const builderSections: Sections = {
  input: setting,
  target: setting,
  weight: forward,
  bias: forward,
  lr: setting,
  sum: forward,
  output: forward,
  fprime: backward,
  error: forward,
  miss: backward,
  outputDelta: backward,
  hiddenError: backward,
  hiddenDelta: backward,
  outputGrad: backward,
  hiddenGrad: backward,
  biasGrad: backward,
  change: backward,
  next: backward,
  nextPass: training,
  prediction: training,
  exampleError: training,
  totalError: training,
};

/** The builder's exercises work on a 2-2-1 sigmoid network with biases, small enough to work through by hand. */
const layer = (units: number, inputs: number) => ({
  weights: Array.from({ length: units }, () => Array<number>(inputs).fill(0)),
  biases: Array<number>(units).fill(0),
  activation: 'sigmoid' as const,
});

export const builderExerciseDraw: ExerciseDraw = {
  kind: 'ranges',
  network: { layers: [layer(2, 2), layer(1, 2)] },
  weights: { low: -1, high: 1 },
  biases: { low: -0.5, high: 0.5 },
};
