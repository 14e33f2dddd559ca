// The 2-2-1 worked example of Part I (articles 000 and 002): its setup, and every quantity the chapters name.
import {
  ARTICLE_000,
  ARTICLE_002,
  activations,
  articleGradients,
  articleNetwork,
  articleWeights,
  backward,
  forward,
  train,
  type ActivationName,
  type ArticleWeights,
  type Network,
} from '../engine/index.ts';

export type WeightName = keyof ArticleWeights;
export const WEIGHT_NAMES: readonly WeightName[] = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];

/** Everything a reader can set: the six weights, the example, the learning rate and the hidden activation. */
export type Setup = ArticleWeights & { i1: number; i2: number; t1: number; lr: number; activation: ActivationName };

/** The page's state: a setup and how many training steps have been taken from it. */
export type WorkedState = { setup: Setup; steps: number };

/** The longest run the training widget takes, so that a page never stalls. */
export const MAX_STEPS = 10_000;

const EXAMPLE = { i1: 2, i2: 3, t1: 1, lr: 0.05, activation: 'identity' as ActivationName };
export const PRESETS = {
  'article 000': { ...ARTICLE_000, ...EXAMPLE },
  'article 002': { ...ARTICLE_002, ...EXAMPLE },
} satisfies Record<string, Setup>;
export type PresetName = keyof typeof PRESETS;

export const DEFAULT_STATE: WorkedState = { setup: PRESETS['article 000'], steps: 0 };

/** The network a setup describes: linear output, the chosen hidden activation, no biases. */
export const networkOf = (setup: Setup, weights: ArticleWeights = setup): Network =>
  articleNetwork(weights, setup.activation);

/** A training run on the single example: the network after `steps` steps, and the error before each step, then now. */
export type Run = { setup: Setup; network: Network; steps: number; errors: number[]; diverged: boolean };

/**
 * Trains online on the single example up to `steps` steps (at most MAX_STEPS). Given an earlier run of the same
 * setup that is not past `steps`, it carries on from there: the numbers are the same, the work is not repeated.
 */
export function runTo(setup: Setup, steps: number, from?: Run): Run {
  const wanted = Math.min(Math.max(0, Math.floor(steps)), MAX_STEPS);
  const start = from && from.setup === setup && from.steps <= wanted && !from.diverged ? from : undefined;
  const done = start?.steps ?? 0;
  const example = { input: [setup.i1, setup.i2], target: [setup.t1] };
  const result = train(start?.network ?? networkOf(setup), [example], {
    learningRate: setup.lr,
    loss: 'half-squared-error',
    steps: wanted - done,
    mode: 'online',
    recordLoss: true,
  });
  const earlier = start ? start.errors.slice(0, -1) : [];
  return {
    setup,
    network: result.network,
    steps: done + result.steps,
    errors: [...earlier, ...result.losses, result.finalLoss],
    diverged: result.diverged,
  };
}

/** Every named quantity of one forward pass, backward pass and update, from the given weights. */
export function quantitiesAt(setup: Setup, weights: ArticleWeights): Record<string, number> {
  const network = networkOf(setup, weights);
  const input = [setup.i1, setup.i2];
  const trace = forward(network, input);
  const gradients = backward(network, trace, [setup.t1], 'half-squared-error');
  const [hidden, output] = trace.layers;
  const f = activations[setup.activation];
  const grads = articleGradients(gradients);
  const next = stepWeights(weights, grads, setup.lr);
  const nextTrace = forward(networkOf(setup, next), input);
  const nextOutput = nextTrace.output[0];
  const q: Record<string, number> = {
    i1: setup.i1, i2: setup.i2, t1: setup.t1, lr: setup.lr,
    net_h1: hidden.weightedSums[0], net_h2: hidden.weightedSums[1],
    h1: hidden.outputs[0], h2: hidden.outputs[1],
    fprime_h1: f.derivative(hidden.weightedSums[0]), fprime_h2: f.derivative(hidden.weightedSums[1]),
    net_o1: output.weightedSums[0], o1: output.outputs[0],
    Delta: output.outputs[0] - setup.t1,
    E: 0.5 * (output.outputs[0] - setup.t1) ** 2,
    delta_o1: gradients.layers[1].deltas[0],
    delta_h1: gradients.layers[0].deltas[0], delta_h2: gradients.layers[0].deltas[1],
    next_net_h1: nextTrace.layers[0].weightedSums[0], next_net_h2: nextTrace.layers[0].weightedSums[1],
    next_h1: nextTrace.layers[0].outputs[0], next_h2: nextTrace.layers[0].outputs[1],
    next_o1: nextOutput,
    next_E: 0.5 * (nextOutput - setup.t1) ** 2,
  };
  WEIGHT_NAMES.forEach((name) => {
    q[name] = weights[name];
    q[`grad_${name}`] = grads[name];
    q[`change_${name}`] = setup.lr * grads[name];
    q[`next_${name}`] = next[name];
  });
  return q;
}

/** w ← w − η·∂E/∂w for all six weights at once, from the original weights. */
function stepWeights(weights: ArticleWeights, grads: ArticleWeights, learningRate: number): ArticleWeights {
  const next = { ...weights };
  WEIGHT_NAMES.forEach((name) => (next[name] = weights[name] - learningRate * grads[name]));
  return next;
}

export type WorkedView = {
  /** Quantities at the current weights (after `steps` steps). */
  quantities: Record<string, number>;
  /** The error before each step taken so far, then the current error. */
  errors: number[];
  steps: number;
  diverged: boolean;
  run: Run;
};

/** All a page shows for a state: the run so far and every quantity at its current weights. */
export function viewOf(state: WorkedState, from?: Run): WorkedView {
  const run = runTo(state.setup, state.steps, from);
  const quantities = quantitiesAt(state.setup, articleWeights(run.network));
  quantities.steps = run.steps;
  const diverged = run.diverged || !Number.isFinite(quantities.E);
  return { quantities, errors: run.errors, steps: run.steps, diverged, run };
}
