import { losses, type LossName } from './losses.ts';
import type { Example, Network } from './network.ts';
import { flatLayout, packExamples, packParameters, unpackParameters } from './flat.ts';
import { learn, type Buffers } from './kernels.ts';
import { onlineOrder } from './order.ts';

/**
 * How to train: online (one example per step, in the order onlineOrder gives: the training set's, or shuffled each
 * epoch by `shuffleSeed`) or batch (all examples per step; the order does not matter). `firstStep` numbers the first
 * step (default 0), so that a run carried on takes the examples it would have taken in one go.
 */
export type TrainOptions = {
  learningRate: number;
  loss: LossName;
  steps: number;
  mode: 'online' | 'batch';
  recordLoss?: boolean;
  firstStep?: number;
  shuffleSeed?: number;
};

/** What training did: the trained network, the steps done, the loss before each step, the final loss, and divergence. */
export type TrainResult = {
  network: Network; // the trained network, or the last finite one when training diverged
  steps: number; // steps actually done
  losses: Float64Array; // loss before each step's update (online: that step's example; batch: the batch objective); empty unless recordLoss
  finalLoss: number; // batch objective of the returned network: Σ_examples E, or (1/m) Σ_examples E (the loss's reduction)
  diverged: boolean; // true as soon as a loss or a weight is not finite; training stops there
};

type Workspace = Buffers & {
  options: TrainOptions;
  losses: Float64Array; // the loss before each step, or empty unless recordLoss
  exampleLosses: Float64Array; // batch: each example's loss in this step
  gradient: Float64Array; // batch: G = Σ_examples ∂E/∂θ, indexed like the parameters
  order: Int32Array; // online: the example of each step of the chunk being run; batch: 0 … m − 1
};

// Steps from…to − 1 of a run, in place; returns the step it stopped at (before that step's update) if its loss is not finite.
type Steps = (ws: Workspace, p: Float64Array, from: number, to: number) => number;

/** Steps between the copies kept to find the last finite network after a divergence. */
const CHECKPOINT_EVERY = 1024;

function workspace(network: Network, examples: Example[], options: TrainOptions): Workspace {
  const layout = flatLayout(network);
  const top = network.layers[network.layers.length - 1];
  return {
    layout,
    options,
    loss: losses[options.loss],
    head: top.activation,
    logits: new Float64Array(top.weights.length),
    ...packExamples(examples, layout),
    outputs: new Float64Array(layout.unitCount),
    deltas: new Float64Array(layout.unitCount),
    losses: new Float64Array(options.recordLoss ? options.steps : 0),
    exampleLosses: new Float64Array(examples.length),
    gradient: new Float64Array(layout.parameterCount),
    order: onlineOrder(examples.length, undefined, 0, Math.max(CHECKPOINT_EVERY, examples.length)),
  };
}

// Online: step k uses the example onlineOrder gives for it and moves w ← w − η δ_j a_i at once.
const onlineSteps: Steps = (ws, p, from, to) => {
  onlineOrder(ws.exampleLosses.length, ws.options.shuffleSeed, (ws.options.firstStep ?? 0) + from, to - from, ws.order);
  return learn(ws, p, from, to, p, -ws.options.learningRate, ws.losses, ws.order);
};

// Batch objective: Σ_examples E, or (1/m) Σ_examples E when the loss's reduction is 'mean'; with c = 1,
// also G = Σ_examples ∂E/∂θ into ws.gradient.
function batchObjective(ws: Workspace, p: Float64Array, c: number): number {
  const m = ws.exampleLosses.length;
  ws.gradient.fill(0);
  onlineOrder(m, undefined, 0, m, ws.order);
  learn(ws, p, 0, m, ws.gradient, c, ws.exampleLosses, ws.order);
  let sum = 0;
  for (let e = 0; e < m; e++) sum += ws.exampleLosses[e];
  return sum / (ws.loss.reduction === 'mean' ? m : 1);
}

// Batch: one update per step, w ← w − η(G / m) (m = 1 when the loss's reduction is 'sum').
function batchSteps(ws: Workspace, p: Float64Array, from: number, to: number): number {
  const scale = ws.loss.reduction === 'mean' ? ws.exampleLosses.length : 1;
  for (let k = from; k < to; k++) {
    const value = batchObjective(ws, p, 1);
    if (!Number.isFinite(value)) return k;
    if (k < ws.losses.length) ws.losses[k] = value;
    for (let q = 0; q < p.length; q++) p[q] -= ws.options.learningRate * (ws.gradient[q] / scale);
  }
  return to;
}

function allFinite(p: Float64Array): boolean {
  for (let q = 0; q < p.length; q++) if (!Number.isFinite(p[q])) return false;
  return true;
}

// Runs the steps in chunks, keeping a copy of p before each. A weight that is ±∞ or NaN stays so (w − η·g), so
// checking the weights at the end of a chunk suffices; a chunk that fails is redone from its copy one checked step at a time.
function checkedRun(ws: Workspace, p: Float64Array, run: Steps): number {
  const steps = ws.options.steps;
  const saved = new Float64Array(p.length);
  for (let from = 0; from < steps; from += CHECKPOINT_EVERY) {
    const to = Math.min(from + CHECKPOINT_EVERY, steps);
    saved.set(p);
    if (run(ws, p, from, to) === to && allFinite(p)) continue;
    p.set(saved);
    for (let k = from; k < to; k++, saved.set(p)) {
      if (run(ws, p, k, k + 1) === k || !allFinite(p)) {
        p.set(saved);
        return k;
      }
    }
  }
  return steps;
}

/** Trains for many steps on flat Float64Arrays, allocation-free per step; same numbers as repeated trainStep/batchStep. */
export function train(network: Network, examples: Example[], options: TrainOptions): TrainResult {
  if (!Number.isInteger(options.steps) || options.steps < 0)
    throw new Error(`steps must be a whole number ≥ 0, got ${options.steps}.`);
  const ws = workspace(network, examples, options);
  const p = packParameters(network, ws.layout);
  const steps = checkedRun(ws, p, options.mode === 'batch' ? batchSteps : onlineSteps);
  return {
    network: unpackParameters(network, ws.layout, p),
    steps,
    losses: steps === ws.losses.length ? ws.losses : ws.losses.slice(0, steps),
    finalLoss: batchObjective(ws, p, 0),
    diverged: steps < options.steps,
  };
}
