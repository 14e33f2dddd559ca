// What a page shows for a state: every named quantity at the current weights, and the error along the run so far.
// Training itself (runs.ts) loads only on pages that train or whose link names steps; a page at step 0 needs none.
import { batchScale, type Network } from '../engine/index.ts';
import type { ExampleDefinition, PageState, Setup } from '../examples/types.ts';
import { quantitiesOf } from './quantities.ts';

/**
 * A training run from a setup: the network after `steps` steps and the loss before each step (online: of that
 * step's example; batch: over the training set). `losses` may be longer than `steps` (a buffer shared with later
 * runs of the same setup, which only ever append the same numbers): read its first `steps` entries.
 */
export type Run = { setup: Setup; network: Network; steps: number; losses: Float64Array; diverged: boolean };

/** What long runs need (long-runs.ts), when a page has loaded it: the engine's fast path. */
export type FastTrain = { train: typeof import('./long-runs.ts').train };

/** A setup before any step: the run a page at step 0 shows. */
export const startOf = (setup: Setup): Run => ({
  setup,
  network: setup.network,
  steps: 0,
  losses: new Float64Array(0),
  diverged: false,
});

/** What a page shows for a state. */
export type View = {
  /** Every named quantity at the current weights (after `steps` steps). */
  quantities: Record<string, number>;
  /** The training-set error before each epoch (online) or step (batch) so far, then now. */
  errors: number[];
  steps: number;
  /** Whole passes over the training set. */
  epochs: number;
  diverged: boolean;
  network: Network;
  run: Run;
};

/** The error per epoch: online, the sum (or mean) of each example's loss as it was seen; batch, the loss per step. */
function errorsOf(setup: Setup, run: Run, now: number): number[] {
  const m = setup.mode === 'online' ? setup.examples.length : 1;
  const scale = setup.mode === 'online' ? batchScale(setup.loss, m) : 1;
  const errors: number[] = [];
  for (let epoch = 0; (epoch + 1) * m <= run.steps; epoch++) {
    let sum = 0;
    for (let e = 0; e < m; e++) sum += run.losses[epoch * m + e];
    errors.push(sum / scale);
  }
  errors.push(now);
  return errors;
}

/** All a page shows for a state, from its run (the network after the state's steps). */
export function viewAt(definition: ExampleDefinition, state: PageState, run: Run): View {
  const quantities = quantitiesOf(definition, state.setup, run.network);
  quantities.steps = run.steps;
  const total = state.setup.examples.length > 1 ? quantities.E_total : quantities.E;
  const epochs = Math.floor(run.steps / (state.setup.mode === 'online' ? state.setup.examples.length : 1));
  const diverged = run.diverged || !Number.isFinite(total);
  return {
    quantities,
    errors: errorsOf(state.setup, run, total),
    steps: run.steps,
    epochs,
    diverged,
    network: run.network,
    run,
  };
}
