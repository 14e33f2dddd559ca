import type { LossName } from './losses.ts';
import type { Example, Network } from './network.ts';
import { flatLayout, packExamples, packParameters, unpackParameters, type FlatLayout } from './flat.ts';
import { accumulateGradient, backwardUpdate, forwardFlat, hiddenDeltas, loadInput, outputDeltas, updateBatch } from './kernels.ts';

/** How to train: online (one example per step, in order) or batch (all examples per step). */
export type TrainOptions = { learningRate: number; loss: LossName; steps: number; mode: 'online' | 'batch'; recordLoss?: boolean };

/** What training did: the trained network, the steps done, the loss before each step, the final loss, and divergence. */
export type TrainResult = {
  network: Network; // the trained network, or the last finite one when training diverged
  steps: number; // steps actually done
  losses: Float64Array; // loss before each step's update (online: that step's example; batch: the batch objective); empty unless recordLoss
  finalLoss: number; // batch objective of the returned network: Σ_examples E, or (1/m) Σ_examples E for mean-squared-error
  diverged: boolean; // true as soon as a loss or a weight is not finite; training stops there
};

type Workspace = {
  layout: FlatLayout;
  meanSquared: boolean;
  exampleCount: number;
  inputs: Float64Array;
  targets: Float64Array;
  outputs: Float64Array; // every layer's units, the input first
  sums: Float64Array; // weighted sums z, same indexing
  deltas: Float64Array; // δ = ∂E/∂z, same indexing
  gradient: Float64Array; // batch gradient, same indexing as the parameters
};

type Run = { parameters: Float64Array; steps: number; diverged: boolean };

function workspace(network: Network, examples: Example[], loss: LossName): Workspace {
  const layout = flatLayout(network);
  const { inputs, targets } = packExamples(examples, layout);
  const units = () => new Float64Array(layout.unitCount);
  return {
    layout, meanSquared: loss === 'mean-squared-error', exampleCount: examples.length, inputs, targets,
    outputs: units(), sums: units(), deltas: units(), gradient: new Float64Array(layout.parameterCount),
  };
}

// Forward pass of example e and its output deltas; returns that example's loss.
function exampleLoss(ws: Workspace, p: Float64Array, e: number): number {
  const { layout } = ws;
  loadInput(layout, ws.inputs, e, ws.outputs);
  forwardFlat(layout, p, ws.outputs, ws.sums);
  return outputDeltas(layout, ws.meanSquared, ws.targets, e * layout.sizes[layout.layerCount], ws.outputs, ws.sums, ws.deltas);
}

// Batch objective: Σ_examples E (half-squared-error) or (1/m) Σ_examples E (mean-squared-error).
function datasetLoss(ws: Workspace, p: Float64Array): number {
  let sum = 0;
  for (let e = 0; e < ws.exampleCount; e++) sum += exampleLoss(ws, p, e);
  return sum / (ws.meanSquared ? ws.exampleCount : 1);
}

// Step k uses examples[k mod m]; the two parameter buffers swap, so the last finite one survives divergence.
function runOnline(ws: Workspace, start: Float64Array, options: TrainOptions, losses: Float64Array): Run {
  let p: Float64Array = start;
  let next: Float64Array = new Float64Array(p.length);
  const { layout, outputs, sums, deltas, inputs, targets, meanSquared } = ws;
  const outputSize = layout.sizes[layout.layerCount];
  const record = losses.length > 0;
  let e = 0;
  for (let k = 0; k < options.steps; k++) {
    loadInput(layout, inputs, e, outputs);
    forwardFlat(layout, p, outputs, sums);
    const value = outputDeltas(layout, meanSquared, targets, e * outputSize, outputs, sums, deltas);
    if (!Number.isFinite(value)) return { parameters: p, steps: k, diverged: true };
    if (backwardUpdate(layout, p, next, outputs, sums, deltas, options.learningRate) !== 0) {
      return { parameters: p, steps: k, diverged: true };
    }
    if (record) losses[k] = value;
    const previous = p;
    p = next;
    next = previous;
    if (++e === ws.exampleCount) e = 0;
  }
  return { parameters: p, steps: options.steps, diverged: false };
}

// One step = one update from the gradient summed (or averaged, for mean-squared-error) over all examples.
function runBatch(ws: Workspace, start: Float64Array, options: TrainOptions, losses: Float64Array): Run {
  let p: Float64Array = start;
  let next: Float64Array = new Float64Array(p.length);
  const scale = ws.meanSquared ? ws.exampleCount : 1;
  for (let k = 0; k < options.steps; k++) {
    ws.gradient.fill(0);
    let sum = 0;
    for (let e = 0; e < ws.exampleCount; e++) {
      sum += exampleLoss(ws, p, e);
      hiddenDeltas(ws.layout, p, ws.outputs, ws.sums, ws.deltas);
      accumulateGradient(ws.layout, ws.gradient, ws.outputs, ws.deltas);
    }
    const value = sum / scale;
    if (!Number.isFinite(value)) return { parameters: p, steps: k, diverged: true };
    if (updateBatch(p, next, ws.gradient, options.learningRate, scale) !== 0) return { parameters: p, steps: k, diverged: true };
    if (losses.length > 0) losses[k] = value;
    const previous = p;
    p = next;
    next = previous;
  }
  return { parameters: p, steps: options.steps, diverged: false };
}

/** Trains for many steps on flat Float64Arrays, allocation-free per step; same numbers as repeated trainStep/batchStep. */
export function train(network: Network, examples: Example[], options: TrainOptions): TrainResult {
  if (!Number.isInteger(options.steps) || options.steps < 0) throw new Error(`steps must be a whole number ≥ 0, got ${options.steps}.`);
  const ws = workspace(network, examples, options.loss);
  const losses = new Float64Array(options.recordLoss ? options.steps : 0);
  const run = (options.mode === 'batch' ? runBatch : runOnline)(ws, packParameters(network, ws.layout), options, losses);
  return {
    network: unpackParameters(network, ws.layout, run.parameters),
    steps: run.steps,
    losses: run.steps === losses.length ? losses : losses.slice(0, run.steps),
    finalLoss: datasetLoss(ws, run.parameters),
    diverged: run.diverged,
  };
}
