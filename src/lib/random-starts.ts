// How often a random start learns XOR: seeded starts drawn like article 003's, each trained online and in batch
// until every prediction is within a tolerance of its target. Plain TypeScript, run by a Web Worker on the page.
import { XOR_EXAMPLES, forward, train, type Network } from '../engine/index.ts';
import { xorStart } from '../examples/xor.ts';

/** The rules of the experiment: learning rate, how long a start may train, how close counts as learnt, how often to look. */
export type ExperimentOptions = { learningRate: number; maxEpochs: number; tolerance: number; checkEvery: number };

/** One start: its seed and the epochs it needed online and in batch (null: not learnt within maxEpochs). */
export type StartOutcome = { seed: number; online: number | null; batch: number | null };

/** The defaults the chapter states: α = 1, up to 10 000 epochs, every prediction within 0.1, checked every 10 epochs. */
export const EXPERIMENT: ExperimentOptions = { learningRate: 1, maxEpochs: 10_000, tolerance: 0.1, checkEvery: 10 };

const examples = XOR_EXAMPLES.map((example) => ({ input: [...example.input], target: [...example.target] }));

/** True when every prediction is within the tolerance of its target: |ŷ − t| < tolerance for all four rows. */
export function learnt(network: Network, tolerance: number): boolean {
  return examples.every((example) => Math.abs(forward(network, example.input).output[0] - example.target[0]) < tolerance);
}

/** The epochs a start needs to learn XOR in one mode, counted in steps of checkEvery; null if it does not within maxEpochs. */
export function epochsToLearn(start: Network, mode: 'online' | 'batch', options: ExperimentOptions): number | null {
  const perEpoch = mode === 'online' ? examples.length : 1;
  let network = start;
  for (let epochs = 0; epochs <= options.maxEpochs; epochs += options.checkEvery) {
    if (learnt(network, options.tolerance)) return epochs;
    const result = train(network, examples, { learningRate: options.learningRate, loss: 'half-squared-error', steps: options.checkEvery * perEpoch, mode });
    if (result.diverged) return null;
    network = result.network;
  }
  return null;
}

/** The outcome of the start drawn from one seed, trained both ways. */
export function outcomeOf(seed: number, options: ExperimentOptions = EXPERIMENT): StartOutcome {
  const start = xorStart(seed);
  return { seed, online: epochsToLearn(start, 'online', options), batch: epochsToLearn(start, 'batch', options) };
}

/** Where the histogram's bins start and end, in epochs: finer where most starts finish. */
export const BIN_EDGES = [0, 250, 500, 1000, 2500, 5000, 10_000];

/** How many starts needed epochs in [edges[k], edges[k + 1]) for each bin k; starts that did not learn are left out. */
export function histogram(epochs: (number | null)[], edges: number[] = BIN_EDGES): number[] {
  const counts = new Array<number>(edges.length - 1).fill(0);
  for (const e of epochs) {
    if (e === null) continue;
    const k = edges.findIndex((edge, j) => j + 1 < edges.length && e >= edge && (e < edges[j + 1] || j + 2 === edges.length));
    if (k >= 0) counts[k]++;
  }
  return counts;
}
