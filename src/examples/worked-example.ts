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
};
