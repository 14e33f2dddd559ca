// Runs the random-starts experiment off the page's thread: one message per start trained, then "done". It also
// measures given starts under several losses (Part IV's steps-to-learn table): one message per start and loss.
import type { LossName, Network } from '../engine/index.ts';
import { epochsToLearn, outcomeOf } from '../lib/learn-xor.ts';
import type { ExperimentOptions, StartOutcome } from '../lib/random-starts.ts';

/** What the page asks: seeds first … first + count − 1, under these rules. */
export type ExperimentRequest = { first: number; count: number; options: ExperimentOptions };
/** Or: these starts, trained in one mode under each of the losses, the rest of the rules as in options. */
export type StartsRequest = {
  starts: Network[];
  mode: 'online' | 'batch';
  losses: LossName[];
  options: ExperimentOptions;
};
/** What the worker answers: each start's outcome in seed order (or each start's epochs under one loss), then the end. */
export type ExperimentMessage =
  | { kind: 'outcome'; outcome: StartOutcome }
  | { kind: 'epochs'; start: number; loss: LossName; epochs: number | null }
  | { kind: 'done' };

self.onmessage = (event: MessageEvent<ExperimentRequest | StartsRequest>) => {
  const request = event.data;
  if ('starts' in request) {
    request.starts.forEach((start, k) => {
      for (const loss of request.losses) {
        const epochs = epochsToLearn(start, request.mode, { ...request.options, loss });
        self.postMessage({ kind: 'epochs', start: k, loss, epochs } satisfies ExperimentMessage);
      }
    });
  } else {
    for (let seed = request.first; seed < request.first + request.count; seed++) {
      self.postMessage({ kind: 'outcome', outcome: outcomeOf(seed, request.options) } satisfies ExperimentMessage);
    }
  }
  self.postMessage({ kind: 'done' } satisfies ExperimentMessage);
};
