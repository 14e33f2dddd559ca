// Part III's example (article 003): XOR on a 2-2-1 sigmoid network with biases, in matrix notation.
import { ARTICLE_003, ARTICLE_003_LEARNING_RATE, XOR_EXAMPLES, createRng, xorNetwork, type Network } from '../engine/index.ts';
import type { ExampleDefinition, Setup } from './types.ts';

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
  controls: { exampleChoice: true, mode: true, seededStart: { low: -4, high: 4 } },
  maxSteps: 1_000_000,
};

/** The nine nonzero integers a start may draw from: −4 … 4 without 0, as article 003 draws its weights. */
const START_VALUES = [-4, -3, -2, -1, 1, 2, 3, 4];

/** A starting network drawn like article 003's: W1, b1, W2, b2 in that order, each entry from {−4 … 4}\{0}, seeded. */
export function xorStart(seed: number): Network {
  const random = createRng(seed);
  const draw = () => START_VALUES[Math.floor(random() * START_VALUES.length)];
  const W1 = [[draw(), draw()], [draw(), draw()]];
  const b1 = [draw(), draw()];
  const W2 = [[draw(), draw()]];
  const b2 = [draw()];
  return xorNetwork({ W1, b1, W2, b2 });
}
