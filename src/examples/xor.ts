// Part III's example (article 003): XOR on a 2-2-1 sigmoid network with biases, in matrix notation.
import { seededNetwork, type Network } from '../engine/index.ts';
import { ARTICLE_003, ARTICLE_003_LEARNING_RATE, XOR_EXAMPLES, xorNetwork } from './articles.ts';
import type { ExampleDefinition, Setup } from './types.ts';

/** Article 003 draws its starting weights from the whole numbers −4 … 4, leaving out 0. */
const XOR_START = { low: -4, high: 4 };

const defaults: Setup = {
  network: xorNetwork(ARTICLE_003),
  examples: XOR_EXAMPLES.map((example) => ({ input: [...example.input], target: [...example.target] })),
  example: 0,
  learningRate: ARTICLE_003_LEARNING_RATE,
  loss: 'half-squared-error',
  mode: 'online',
  trainBiases: true,
};

/** a1 = σ(W1·x + b1), a2 = σ(W2·a1 + b2), trained on the four rows of XOR's truth table. */
export const xorExample: ExampleDefinition = {
  id: 'xor',
  title: 'XOR on a 2-2-1 sigmoid network (Part III)',
  notation: { kind: 'matrix' },
  defaults,
  presets: [{ id: 'article-003', label: 'article 003', setup: defaults }],
  controls: { exampleChoice: true, mode: true, seededStart: XOR_START },
  maxSteps: 1_000_000,
  sections: {
    input: '/part-3/why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses',
    target: '/part-3/why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses',
    weight: '/part-3/one-example-forward/#the-hidden-layer',
    bias: '/part-3/one-example-forward/#biases-are-weights-on-a-constant-1',
    lr: '/part-3/backward-with-the-erratum/#the-update',
    sum: '/part-3/one-example-forward/#the-hidden-layer',
    output: '/part-3/one-example-forward/#the-output',
    fprime: '/part-3/backward-with-the-erratum/#the-output-units-delta',
    error: '/part-3/one-example-forward/#the-error-and-which-way-round',
    miss: '/part-3/one-example-forward/#the-error-and-which-way-round',
    outputDelta: '/part-3/backward-with-the-erratum/#the-output-units-delta',
    hiddenError: '/part-3/backward-with-the-erratum/#the-hidden-units-error-a-sum-over-what-they-feed',
    hiddenDelta: '/part-3/backward-with-the-erratum/#the-hidden-deltas',
    outputGrad: '/part-3/backward-with-the-erratum/#every-gradient',
    hiddenGrad: '/part-3/backward-with-the-erratum/#every-gradient',
    biasGrad: '/part-3/backward-with-the-erratum/#every-gradient',
    change: '/part-3/backward-with-the-erratum/#the-update',
    next: '/part-3/backward-with-the-erratum/#the-update',
    nextPass: '/part-3/backward-with-the-erratum/#the-update',
    prediction: '/part-3/why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses',
    exampleError: '/part-3/why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses',
    totalError: '/part-3/training-online-or-batch/#online-and-batch-side-by-side',
  },
  exerciseDraw: { kind: 'seeded' },
};

/** A starting network drawn like article 003's: W1, b1, W2, b2 in that order, each entry from {−4 … 4}\{0}, seeded. */
export function xorStart(seed: number): Network {
  return seededNetwork(defaults.network, XOR_START, seed);
}
