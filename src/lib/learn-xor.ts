// Training one seeded start on XOR until every prediction is within a tolerance of its target, online and in batch.
// Run by the random-starts Web Worker, never on the page's thread.
import { forward, train, type Network } from '../engine/index.ts';
import { XOR_EXAMPLES } from '../examples/articles.ts';
import { xorStart } from '../examples/xor.ts';
import { EXPERIMENT, type ExperimentOptions, type StartOutcome } from './random-starts.ts';

const examples = XOR_EXAMPLES.map((example) => ({ input: [...example.input], target: [...example.target] }));

/** True when every prediction is within the tolerance of its target: |ŷ − t| < tolerance for all four rows. */
function learnt(network: Network, tolerance: number): boolean {
  return examples.every(
    (example) => Math.abs(forward(network, example.input).output[0] - example.target[0]) < tolerance,
  );
}

/** The epochs a start needs to learn XOR in one mode, counted in steps of checkEvery; null if it does not within maxEpochs. */
export function epochsToLearn(start: Network, mode: 'online' | 'batch', options: ExperimentOptions): number | null {
  const perEpoch = mode === 'online' ? examples.length : 1;
  let network = start;
  for (let epochs = 0; epochs <= options.maxEpochs; epochs += options.checkEvery) {
    if (learnt(network, options.tolerance)) return epochs;
    const result = train(network, examples, {
      learningRate: options.learningRate,
      loss: options.loss,
      steps: options.checkEvery * perEpoch,
      mode,
    });
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
