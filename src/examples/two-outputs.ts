// Part II's example (article 001, whose own figures are lost): the 2-2-2 sigmoid network of the widely used
// published worked example (Mazur, "A Step by Step Backpropagation Example", 2015), with one bias shared by each layer.
import { MAZUR_EXAMPLE, MAZUR_LEARNING_RATE, MAZUR_PRESET, mazurNetwork } from './articles.ts';
import type { ExampleDefinition, Setup } from './types.ts';

const defaults: Setup = {
  network: mazurNetwork(MAZUR_PRESET, 'sigmoid'),
  examples: [{ input: [...MAZUR_EXAMPLE.input], target: [...MAZUR_EXAMPLE.target] }],
  example: 0,
  learningRate: MAZUR_LEARNING_RATE,
  loss: 'half-squared-error',
  mode: 'online',
  trainBiases: true,
};

/** h1 = σ(w1·i1 + w2·i2 + b1), h2 = σ(w3·i1 + w4·i2 + b1), o1 = σ(w5·h1 + w6·h2 + b2), o2 = σ(w7·h1 + w8·h2 + b2). */
export const twoOutputs: ExampleDefinition = {
  id: 'two-outputs',
  title: 'The 2-2-2 sigmoid network of Part II',
  notation: {
    kind: 'named',
    inputs: ['i1', 'i2'],
    targets: ['t1', 't2'],
    units: [
      ['h1', 'h2'],
      ['o1', 'o2'],
    ],
    weights: [
      [
        ['w1', 'w2'],
        ['w3', 'w4'],
      ],
      [
        ['w5', 'w6'],
        ['w7', 'w8'],
      ],
    ],
    biases: [
      ['b1', 'b1'],
      ['b2', 'b2'],
    ],
  },
  defaults,
  presets: [
    { id: 'biases-trained', label: 'biases trained', setup: defaults },
    { id: 'published', label: 'published example (biases fixed)', setup: { ...defaults, trainBiases: false } },
  ],
  controls: {
    exampleFields: true,
    activation: { layers: [0, 1] },
    losses: ['half-squared-error', 'mean-squared-error'],
    trainBiases: true,
  },
  maxSteps: 10_000,
  sections: {
    input: '/part-2/sigmoid-units-and-biases/#the-network',
    target: '/part-2/sigmoid-units-and-biases/#the-network',
    weight: '/part-2/sigmoid-units-and-biases/#the-network',
    bias: '/part-2/sigmoid-units-and-biases/#the-network',
    lr: '/part-2/output-weight-and-the-memo/#all-ten-at-once',
    sum: '/part-2/sigmoid-units-and-biases/#the-forward-pass',
    output: '/part-2/sigmoid-units-and-biases/#the-forward-pass',
    fprime: '/part-2/sigmoid-units-and-biases/#the-sigmoid-and-its-slope',
    error: '/part-2/error-of-two-outputs/#two-ways-to-add-up-the-misses',
    miss: '/part-2/error-of-two-outputs/#each-outputs-share',
    outputDelta: '/part-2/output-weight-and-the-memo/#the-delta-of-an-output-unit',
    hiddenError: '/part-2/output-weight-and-the-memo/#a-hidden-weight-w1',
    hiddenDelta: '/part-2/output-weight-and-the-memo/#a-hidden-weight-w1',
    outputGrad: '/part-2/output-weight-and-the-memo/#the-chain-rule-for-w7',
    hiddenGrad: '/part-2/output-weight-and-the-memo/#a-hidden-weight-w1',
    biasGrad: '/part-2/output-weight-and-the-memo/#the-biases',
    change: '/part-2/output-weight-and-the-memo/#all-ten-at-once',
    next: '/part-2/output-weight-and-the-memo/#all-ten-at-once',
    nextPass: '/part-2/output-weight-and-the-memo/#all-ten-at-once',
    prediction: '/part-2/sigmoid-units-and-biases/#the-forward-pass',
    exampleError: '/part-2/error-of-two-outputs/#two-ways-to-add-up-the-misses',
    totalError: '/part-2/error-of-two-outputs/#two-ways-to-add-up-the-misses',
  },
  // Inputs and targets inside (0, 1), as the published example has them.
  exerciseDraw: {
    kind: 'ranges',
    weights: { low: 0.1, high: 0.8 },
    biases: { low: 0.2, high: 0.7 },
    inputs: { low: 0.05, high: 0.5 },
    targets: { low: 0.01, high: 0.99 },
  },
};
