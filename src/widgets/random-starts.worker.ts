// Runs the random-starts experiment off the page's thread: one message per start trained, then "done".
import { outcomeOf } from '../lib/learn-xor.ts';
import type { ExperimentOptions, StartOutcome } from '../lib/random-starts.ts';

/** What the page asks: seeds first … first + count − 1, under these rules. */
export type ExperimentRequest = { first: number; count: number; options: ExperimentOptions };
/** What the worker answers: each start's outcome in seed order, then the end. */
export type ExperimentMessage = { kind: 'outcome'; outcome: StartOutcome } | { kind: 'done' };

self.onmessage = (event: MessageEvent<ExperimentRequest>) => {
  const { first, count, options } = event.data;
  for (let seed = first; seed < first + count; seed++) {
    self.postMessage({ kind: 'outcome', outcome: outcomeOf(seed, options) } satisfies ExperimentMessage);
  }
  self.postMessage({ kind: 'done' } satisfies ExperimentMessage);
};
