// How often a random start learns XOR: the experiment's rules and its histogram. Plain data, no engine: the page's
// widget imports this; the training itself (learn-xor.ts) runs in a Web Worker.
import type { LossName } from '../engine/index.ts';

/** The rules of the experiment: learning rate, loss, how long a start may train, how close counts as learnt, how often to look. */
export type ExperimentOptions = {
  learningRate: number;
  loss: LossName;
  maxEpochs: number;
  tolerance: number;
  checkEvery: number;
};

/** One start: its seed and the epochs it needed online and in batch (null: not learnt within maxEpochs). */
export type StartOutcome = { seed: number; online: number | null; batch: number | null };

/** The defaults the chapter states: α = 1, squared error, up to 10 000 epochs, every prediction within 0.1, checked every 10 epochs. */
export const EXPERIMENT: ExperimentOptions = {
  learningRate: 1,
  loss: 'half-squared-error',
  maxEpochs: 10_000,
  tolerance: 0.1,
  checkEvery: 10,
};

/** Where the histogram's bins start and end, in epochs: finer where most starts finish. */
export const BIN_EDGES = [0, 250, 500, 1000, 2500, 5000, 10_000];

/** How many starts needed epochs in [edges[k], edges[k + 1]) for each bin k; starts that did not learn are left out. */
export function histogram(epochs: (number | null)[], edges: number[] = BIN_EDGES): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const e of epochs) {
    if (e === null) continue;
    const k = edges.findIndex(
      (edge, j) => j + 1 < edges.length && e >= edge && (e < edges[j + 1] || j + 2 === edges.length),
    );
    if (k >= 0) counts[k]++;
  }
  return counts;
}
