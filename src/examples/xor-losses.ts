// Part IV's first example: Part III's XOR network and starts, trained with squared error or binary cross-entropy.
import { ARTICLE_003, xorNetwork } from './articles.ts';
import type { ExampleDefinition, Setup } from './types.ts';
import { xorExample, xorStart } from './xor.ts';

const defaults: Setup = xorExample.defaults;

/** Seed 5's start on the row (1, 1): an output that is confidently wrong, its sigmoid far out on the flat part. */
const confidentlyWrong: Setup = { ...defaults, network: xorStart(5), startSeed: 5, example: 3 };

/** a1 = σ(W1·x + b1), a2 = σ(W2·a1 + b2) on XOR, as in Part III, with the loss the reader picks. */
export const xorLossesExample: ExampleDefinition = {
  id: 'xor-losses',
  title: 'XOR with squared error or binary cross-entropy (Part IV)',
  notation: { kind: 'matrix' },
  defaults,
  presets: [
    { id: 'article-003', label: 'article 003', setup: { ...defaults, network: xorNetwork(ARTICLE_003) } },
    { id: 'confidently-wrong', label: 'seed 5, row (1, 1)', setup: confidentlyWrong },
  ],
  controls: { ...xorExample.controls, losses: ['half-squared-error', 'binary-cross-entropy'] },
  comparedLosses: ['half-squared-error', 'binary-cross-entropy'],
  maxSteps: xorExample.maxSteps,
};
