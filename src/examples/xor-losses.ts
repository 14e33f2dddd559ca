// Part IV's first example: Part III's XOR network and starts, trained with squared error or binary cross-entropy.
import { ARTICLE_003, xorNetwork } from './articles.ts';
import type { ExampleDefinition, Setup } from './types.ts';
import { xorExample, xorStart } from './xor.ts';

const defaults: Setup = xorExample.defaults;

/** The chapter that works this example. */
const chapter = '/part-4/why-squared-error-learns-slowly/';

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
  // Part III's sections, except for the error and the output's delta, which its own chapter derives.
  sections: {
    ...xorExample.sections,
    error: `${chapter}#binary-cross-entropy`,
    miss: `${chapter}#the-output-delta-under-squared-error`,
    fprime: `${chapter}#the-output-delta-under-squared-error`,
    outputDelta: `${chapter}#where-the-slope-cancels`,
    totalError: `${chapter}#the-same-starts-both-losses`,
  },
  exerciseDraw: xorExample.exerciseDraw,
};
