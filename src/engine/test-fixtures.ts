// Networks and examples for the engine's own tests, written out as plain data: the articles' definitions live in
// src/examples/articles.ts, which the engine does not import. These are article 000's 2-2-1 start and example and
// article 003's XOR start, as literals.
import type { ActivationName } from './activations.ts';
import type { Example, Network } from './network.ts';

/** Article 000's 2-2-1 network without biases (w1 … w6 = 0.12, 0.33, 0.15, 0.09, 0.11, 0.12), a linear output. */
export const twoTwoOne = (hidden: ActivationName = 'identity', w3 = 0.15): Network => ({
  layers: [
    {
      weights: [
        [0.12, 0.33],
        [w3, 0.09],
      ],
      biases: null,
      activation: hidden,
    },
    { weights: [[0.11, 0.12]], biases: null, activation: 'identity' },
  ],
});

/** Article 000's one example: inputs [2, 3], target 1. */
export const EXAMPLE_2_3: Example = { input: [2, 3], target: [1] };

/** Article 003's 2-2-1 XOR start, sigmoid on both layers. */
export const xorStart = (): Network => ({
  layers: [
    {
      weights: [
        [-4, -4],
        [-1, 1],
      ],
      biases: [-1, 2],
      activation: 'sigmoid',
    },
    { weights: [[-3, -2]], biases: [3], activation: 'sigmoid' },
  ],
});

/** The four XOR examples, in truth-table order. */
export const XOR: Example[] = [
  { input: [0, 0], target: [0] },
  { input: [0, 1], target: [1] },
  { input: [1, 0], target: [1] },
  { input: [1, 1], target: [0] },
];
