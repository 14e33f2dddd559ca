// Part I's example (articles 000 and 002): a 2-2-1 network without biases, a linear output, one example [2, 3] → 1.
import {
  ARTICLE_000,
  ARTICLE_002,
  ARTICLE_EXAMPLE,
  ARTICLE_LEARNING_RATE,
  articleNetwork,
  type ArticleWeights,
} from './articles.ts';
import type { ExampleDefinition, Setup } from './types.ts';

const setupFrom = (weights: ArticleWeights): Setup => ({
  network: articleNetwork(weights, 'identity'),
  examples: [{ input: [...ARTICLE_EXAMPLE.input], target: [...ARTICLE_EXAMPLE.target] }],
  example: 0,
  learningRate: ARTICLE_LEARNING_RATE,
  loss: 'half-squared-error',
  mode: 'online',
  trainBiases: true,
});

/** h1 = i1·w1 + i2·w2, h2 = i1·w3 + i2·w4, o1 = h1·w5 + h2·w6; E = ½(o1 − t1)². */
export const workedExample: ExampleDefinition = {
  id: 'worked-example',
  title: 'The 2-2-1 network of Part I',
  notation: {
    kind: 'named',
    inputs: ['i1', 'i2'],
    targets: ['t1'],
    units: [['h1', 'h2'], ['o1']],
    weights: [
      [
        ['w1', 'w2'],
        ['w3', 'w4'],
      ],
      [['w5', 'w6']],
    ],
    biases: [null, null],
  },
  defaults: setupFrom(ARTICLE_000),
  presets: [
    { id: 'article-000', label: 'article 000', setup: setupFrom(ARTICLE_000) },
    { id: 'article-002', label: 'article 002', setup: setupFrom(ARTICLE_002) },
  ],
  controls: { exampleFields: true, activation: { layers: [0] } },
  maxSteps: 10_000,
  sections: {
    input: '/part-1/the-network/#the-single-example',
    target: '/part-1/the-network/#the-single-example',
    weight: '/part-1/the-network/#the-starting-weights',
    bias: '/part-1/the-network/#the-starting-weights',
    lr: '/part-1/backpropagation/#gradient-descent',
    sum: '/part-1/forward-pass/#the-hidden-layer',
    output: '/part-1/forward-pass/#the-prediction',
    fprime: '/part-1/forward-pass/#the-hidden-activation',
    error: '/part-1/error/#the-error-function',
    miss: '/part-1/error/#the-gap-between-prediction-and-target',
    outputDelta: '/part-1/backpropagation/#the-chain-rule-for-w6',
    hiddenError: '/part-1/backpropagation/#the-hidden-deltas',
    hiddenDelta: '/part-1/backpropagation/#the-hidden-deltas',
    outputGrad: '/part-1/backpropagation/#the-chain-rule-for-w5',
    hiddenGrad: '/part-1/backpropagation/#the-chain-rule-for-w1',
    biasGrad: '/part-1/backpropagation/#the-six-update-rules',
    change: '/part-1/backpropagation/#the-six-update-rules',
    next: '/part-1/training/#the-new-weights',
    nextPass: '/part-1/training/#the-second-forward-pass',
    prediction: '/part-1/forward-pass/#the-prediction',
    exampleError: '/part-1/error/#the-error-function',
    totalError: '/part-1/error/#the-error-function',
    // Part I works w6 before w5.
    parameters: { w6: '/part-1/backpropagation/#the-chain-rule-for-w6' },
  },
  // Small positive weights and inputs, targets from 0.5 to 2, one decimal: numbers to work with by hand.
  exerciseDraw: {
    kind: 'ranges',
    weights: { low: 0.05, high: 0.5 },
    biases: { low: 0, high: 0 },
    inputs: { low: 0.5, high: 3, decimals: 1 },
    targets: { low: 0.5, high: 2, decimals: 1 },
  },
};
