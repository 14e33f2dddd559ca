// Part IV's example: three classes of points in the plane, on a 2-3-3 network with tanh hidden units and a softmax
// output, learned with cross-entropy, in matrix notation. Six points, two per class, inside the unit square; the
// starting weights are short decimals a reader can follow by hand.
import type { Example, Network } from '../engine/index.ts';
import type { ExampleDefinition, Setup } from './types.ts';

/** One-hot targets: class k of three is the target with a 1 in place k. */
const oneHot = (k: number): number[] => [0, 1, 2].map((j) => (j === k ? 1 : 0));

/** Two points per class: class 1 low on the left, class 2 low on the right, class 3 at the top. */
export const THREE_CLASS_EXAMPLES: readonly Example[] = [
  { input: [0.1, 0.2], target: oneHot(0) },
  { input: [0.3, 0.1], target: oneHot(0) },
  { input: [0.9, 0.2], target: oneHot(1) },
  { input: [0.8, 0.4], target: oneHot(1) },
  { input: [0.4, 0.9], target: oneHot(2) },
  { input: [0.6, 0.8], target: oneHot(2) },
];

/** The starting network: W1 (3×2), b1, W2 (3×3), b2, every entry a short decimal. */
const start: Network = {
  layers: [
    {
      weights: [
        [1, -1],
        [0.5, 1],
        [-1, 0.5],
      ],
      biases: [0, -0.5, 0.2],
      activation: 'tanh',
    },
    {
      weights: [
        [0.5, -0.5, 0.3],
        [-0.4, 0.6, 0.2],
        [0.3, 0.2, -0.6],
      ],
      biases: [0.1, 0, -0.1],
      activation: 'softmax',
    },
  ],
};

const defaults: Setup = {
  network: start,
  examples: THREE_CLASS_EXAMPLES.map((example) => ({ input: [...example.input], target: [...example.target] })),
  example: 2,
  learningRate: 0.5,
  loss: 'cross-entropy',
  mode: 'online',
  trainBiases: true,
};

/** a1 = tanh(W1·x + b1), a2 = softmax(W2·a1 + b2), E = −Σ t ln a2, trained on six points of three classes. */
export const threeClasses: ExampleDefinition = {
  id: 'three-classes',
  title: 'Three classes on a 2-3-3 network with a softmax output (Part IV)',
  notation: { kind: 'matrix' },
  defaults,
  presets: [{ id: 'start', label: 'the chapter\u2019s start', setup: defaults }],
  controls: { exampleChoice: true, mode: true },
  maxSteps: 100_000,
  sections: {
    input: '/part-4/softmax-and-cross-entropy/#six-points-three-classes',
    target: '/part-4/softmax-and-cross-entropy/#six-points-three-classes',
    weight: '/part-4/softmax-and-cross-entropy/#the-forward-pass-up-to-the-logits',
    bias: '/part-4/softmax-and-cross-entropy/#the-forward-pass-up-to-the-logits',
    lr: '/part-4/the-gradient-is-a-minus-t/#the-update',
    sum: '/part-4/softmax-and-cross-entropy/#the-forward-pass-up-to-the-logits',
    output: '/part-4/softmax-and-cross-entropy/#softmax-from-logits-to-probabilities',
    fprime: '/part-4/the-gradient-is-a-minus-t/#the-hidden-layer',
    error: '/part-4/softmax-and-cross-entropy/#cross-entropy-the-error-of-a-probability',
    miss: '/part-4/the-gradient-is-a-minus-t/#the-chain-through-the-error',
    outputDelta: '/part-4/the-gradient-is-a-minus-t/#the-chain-through-the-error',
    hiddenError: '/part-4/the-gradient-is-a-minus-t/#the-hidden-layer',
    hiddenDelta: '/part-4/the-gradient-is-a-minus-t/#the-hidden-layer',
    outputGrad: '/part-4/the-gradient-is-a-minus-t/#the-output-layers-gradients',
    hiddenGrad: '/part-4/the-gradient-is-a-minus-t/#the-hidden-layer',
    biasGrad: '/part-4/the-gradient-is-a-minus-t/#the-output-layers-gradients',
    change: '/part-4/the-gradient-is-a-minus-t/#the-update',
    next: '/part-4/the-gradient-is-a-minus-t/#the-update',
    nextPass: '/part-4/the-gradient-is-a-minus-t/#the-update',
    prediction: '/part-4/training-a-classifier/#train-it',
    exampleError: '/part-4/training-a-classifier/#train-it',
    totalError: '/part-4/training-a-classifier/#train-it',
    jacobian: '/part-4/the-gradient-is-a-minus-t/#how-each-probability-moves-with-each-logit',
  },
  // The six points stay; the weights and the point shown are drawn.
  exerciseDraw: { kind: 'ranges', weights: { low: -1, high: 1 }, biases: { low: -0.5, high: 0.5 } },
};
