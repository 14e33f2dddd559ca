// Training runs: the network after `steps` steps and the loss before each, step by step or on the engine's fast path;
// and what a page shows for a state after them (views.ts). Loaded by pages that train (page.ts), and by code that
// computes a state's numbers after some steps (exercises, predictions, answer keys, time travel).
import { batchLoss, lossOf, onlineOrder, type Network } from '../engine/index.ts';
import type { ExampleDefinition, PageState, Setup } from '../examples/types.ts';
import { parametersOf } from './notation.ts';
import { stepOnce } from './quantities.ts';
import { viewAt, type FastTrain, type Run, type View } from './views.ts';

/** True when the engine's fast path trains this setup exactly: no shared parameter, and every bias trains. */
function fastPathFits(definition: ExampleDefinition, setup: Setup): boolean {
  const plain = parametersOf(definition.notation, setup.network).every((parameter) => parameter.slots.length === 1);
  return plain && (setup.trainBiases || setup.network.layers.every((layer) => layer.biases === null));
}

/** A buffer holding at least `length` losses, keeping the first `keep` of `old`. */
function grown(old: Float64Array | undefined, keep: number, length: number): Float64Array {
  if (old && old.length >= length) return old;
  const buffer = new Float64Array(Math.max(length, 2 * (old?.length ?? 0), 64));
  if (old) buffer.set(old.subarray(0, keep));
  return buffer;
}

/** `count` steps from `network`, starting at step `done`: the new network, the steps done, divergence. */
function advance(
  definition: ExampleDefinition,
  setup: Setup,
  network: Network,
  done: number,
  count: number,
  losses: Float64Array,
  fast?: FastTrain,
) {
  const m = setup.examples.length;
  const online = setup.mode === 'online';
  if (fast && fastPathFits(definition, setup)) {
    const result = fast.train(network, setup.examples, {
      learningRate: setup.learningRate,
      loss: setup.loss,
      steps: count,
      mode: setup.mode,
      recordLoss: true,
      firstStep: done,
      shuffleSeed: setup.shuffleSeed,
    });
    losses.set(result.losses, done);
    return { network: result.network, steps: result.steps, diverged: result.diverged };
  }
  let current = network;
  const order = online ? onlineOrder(m, setup.shuffleSeed, done, count) : [];
  for (let k = 0; k < count; k++) {
    const example = order[k];
    const stepSetup = online ? { ...setup, example } : setup;
    const loss = online
      ? lossOf(current, setup.examples[example], setup.loss)
      : batchLoss(current, setup.examples, setup.loss);
    const next = stepOnce(definition, stepSetup, current);
    if (
      !Number.isFinite(loss) ||
      !next.layers.every((layer) =>
        layer.weights
          .flat()
          .concat(layer.biases ?? [])
          .every(Number.isFinite),
      )
    ) {
      return { network: current, steps: k, diverged: true };
    }
    losses[done + k] = loss;
    current = next;
  }
  return { network: current, steps: count, diverged: false };
}

/**
 * Trains the setup up to `steps` steps (at most the definition's maxSteps), with the engine's fast path when it is
 * given and fits, step by step otherwise (the same numbers). Given an earlier run of the same setup
 * that is not past `steps`, it carries on from there: the numbers are the same, the work is not repeated.
 */
export function runTo(definition: ExampleDefinition, setup: Setup, steps: number, from?: Run, train?: FastTrain): Run {
  const wanted = Math.min(Math.max(0, Math.floor(steps)), definition.maxSteps);
  const start = from && from.setup === setup && from.steps <= wanted && !from.diverged ? from : undefined;
  const done = start?.steps ?? 0;
  const losses = grown(start?.losses, done, wanted);
  const result = advance(definition, setup, start?.network ?? setup.network, done, wanted - done, losses, train);
  return { setup, network: result.network, steps: done + result.steps, losses, diverged: result.diverged };
}

/** All a page shows for a state: the run so far and every quantity at its current weights. */
export function viewOf(definition: ExampleDefinition, state: PageState, from?: Run, train?: FastTrain): View {
  return viewAt(definition, state, runTo(definition, state.setup, state.steps, from, train));
}
