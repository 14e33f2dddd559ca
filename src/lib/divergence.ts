// Why a run blew up: the first step at which a number left the safe range, in which layer, what grew on the way,
// and the likely cause. Pure: it reads networks of a run through the functions it is given.
import { batchGradients, batchLoss, forward, type ActivationName, type Network } from '../engine/index.ts';
import type { Setup } from '../examples/types.ts';
import { formatNumber } from './format.ts';

/** A number larger than this in size has left the safe range: a float64 still holds it, but training has run away. */
export const SAFE_BOUND = 1e6;

/** The size of a number, a non-finite one counting as infinite. */
const size = (x: number) => (Number.isFinite(x) ? Math.abs(x) : Infinity);
const largest = (values: number[]) => values.reduce((m, x) => Math.max(m, size(x)), 0);

/** The largest size, layer by layer, of the weights and biases, the weighted sums, the outputs and the gradients; and the error. */
export type Sizes = { weights: number[]; sums: number[]; outputs: number[]; gradients: number[]; error: number };

/** The sizes of a network's numbers on the setup's training set (gradients over the whole set). */
export function sizesOf(setup: Setup, network: Network): Sizes {
  const traces = setup.examples.map((example) => forward(network, example.input));
  const gradients = batchGradients(network, setup.examples, setup.loss);
  return {
    weights: network.layers.map((layer) => largest([...layer.weights.flat(), ...(layer.biases ?? [])])),
    sums: network.layers.map((_layer, l) => largest(traces.flatMap((trace) => trace.layers[l].weightedSums))),
    outputs: network.layers.map((_layer, l) => largest(traces.flatMap((trace) => trace.layers[l].outputs))),
    gradients: gradients.layers.map((layer) => largest([...layer.weights.flat(), ...(layer.biases ?? [])])),
    error: size(batchLoss(network, setup.examples, setup.loss)),
  };
}

/** Which numbers: the weights and biases, the weighted sums, the error, or the gradients. */
export type Kind = 'weights' | 'sums' | 'error' | 'gradients';

/** The first number out of the safe range, in the order a step computes them (weights, sums layer by layer, the error, gradients from the output down); null when all are safe. */
export function unsafeIn(sizes: Sizes): { kind: Kind; layer: number; value: number } | null {
  const L = sizes.weights.length;
  const order: { kind: Kind; layer: number; value: number }[] = [
    ...sizes.weights.map((value, layer) => ({ kind: 'weights' as const, layer, value })),
    ...sizes.sums.map((value, layer) => ({ kind: 'sums' as const, layer, value })),
    { kind: 'error', layer: L - 1, value: sizes.error },
    ...sizes.gradients.map((value, layer) => ({ kind: 'gradients' as const, layer, value })).reverse(),
  ];
  return order.find((entry) => entry.value > SAFE_BOUND) ?? null;
}

/** The likely causes: a target outside the output's range, the learning rate against the error's curvature, an exploding chain of unbounded units. */
export type Cause = 'target-range' | 'learning-rate' | 'exploding-chain';

/** What each output activation can reach: [low, high]. */
const reach: Record<ActivationName, [number, number]> = {
  identity: [-Infinity, Infinity],
  relu: [0, Infinity],
  sigmoid: [0, 1],
  tanh: [-1, 1],
  softmax: [0, 1],
};

/** The targets the output layer cannot reach, as [index, value]. */
function targetsOutOfReach(setup: Setup, network: Network): [number, number][] {
  const [low, high] = reach[network.layers.at(-1)!.activation];
  const out: [number, number][] = [];
  for (const example of setup.examples)
    example.target.forEach(
      (t, k) => (t < low || t > high) && !out.some(([j, u]) => j === k && u === t) && out.push([k, t]),
    );
  return out;
}

/** True when the outputs of unbounded (ReLU or identity) layers grow at least twofold layer over layer, through two layers or more. */
function chainGrows(network: Network, sizes: Sizes): boolean {
  let growing = 0;
  for (let l = 1; l < network.layers.length; l++) {
    const unbounded = network.layers[l].activation === 'relu' || network.layers[l].activation === 'identity';
    growing = unbounded && sizes.outputs[l] >= 2 * sizes.outputs[l - 1] && sizes.outputs[l - 1] > 0 ? growing + 1 : 0;
    if (growing >= 2) return true;
  }
  return false;
}

/** A run that blew up, explained: see the file comment. `grew` lists what rose from `before` (a few steps back) to `last` (the last good step). */
export type Divergence = {
  step: number;
  kind: Kind;
  layer: number;
  value: number;
  lastGood: number;
  grew: ('weights' | 'gradients' | 'error')[];
  causes: Cause[];
  before: Sizes;
  last: Sizes;
  at: Sizes;
  targets: [number, number][];
};

/** How many steps back "grew" looks from the last good step. */
const LOOK_BACK = 10;

/**
 * Finds where a run of `end` steps first left the safe range: probes the steps `probes` (ascending, from 0: the kept
 * checkpoints, cheap to reach), then walks one step at a time from the last safe probe. Null when every step is safe.
 */
export function explainDivergence(
  setup: Setup,
  end: number,
  probes: number[],
  networkAt: (step: number) => Network,
  next: (network: Network, step: number) => Network,
): Divergence | null {
  const unsafeAt = (network: Network) => unsafeIn(sizesOf(setup, network));
  let from = 0;
  for (const probe of [...probes.filter((p) => p <= end), end]) {
    if (unsafeAt(networkAt(probe))) break;
    from = probe;
  }
  let network = networkAt(from);
  let step = from;
  while (step <= end && !unsafeAt(network)) if (++step <= end) network = next(network, step - 1);
  if (step > end) return null;
  const at = sizesOf(setup, network);
  const first = unsafeIn(at)!;
  const lastGood = Math.max(0, step - 1);
  const good = step === 0 ? network : networkAt(lastGood);
  const before = sizesOf(setup, networkAt(Math.max(0, lastGood - LOOK_BACK)));
  const last = sizesOf(setup, good);
  const rose = (a: number[] | number, b: number[] | number) => Math.max(...[b].flat()) > 2 * Math.max(...[a].flat());
  const grew = step === 0 ? [] : (['weights', 'gradients', 'error'] as const).filter((k) => rose(before[k], last[k]));
  const targets = targetsOutOfReach(setup, network);
  const causes: Cause[] = [];
  if (targets.length > 0) causes.push('target-range');
  // The learning rate: the error rising with the gradients, or one step multiplying the weights more than tenfold (the
  // sums they feed may be what leaves the range first).
  const leap = step > 0 && Math.max(...last.weights) * 10 < Math.max(...at.weights);
  if ((grew.includes('error') && grew.includes('gradients')) || leap) causes.push('learning-rate');
  else if (chainGrows(network, at)) causes.push('exploding-chain');
  return { step, ...first, lastGood, grew, causes, before, last, at, targets };
}

const KIND_WORDS: Record<Kind, string> = {
  weights: 'weights and biases',
  sums: 'weighted sums',
  error: 'error',
  gradients: 'gradients',
};

/** "a", "a and b", "a, b and c". */
const list = (words: string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;

/** The explanation in words; layers counted from 1, as the page names them. */
export function divergenceText(d: Divergence, setup: Setup): string {
  const finite = Number.isFinite(d.value);
  const where =
    d.kind === 'error'
      ? `the error ${finite ? 'reaches' : 'is'}`
      : `the ${KIND_WORDS[d.kind]} of layer ${d.layer + 1} ${finite ? 'reach' : 'are'}`;
  const first = `${d.step === 0 ? 'At the start' : `At step ${d.step}`} the numbers leave the safe range (a size above ${formatNumber(SAFE_BOUND)}): ${where} ${finite ? formatNumber(d.value) : 'no longer finite'}.`;
  const span = Math.min(LOOK_BACK, d.lastGood);
  const grew =
    d.grew.length === 0
      ? ''
      : ` Over the ${span === 1 ? 'step' : `${span} steps`} before, ${list(d.grew.map((k) => `the ${KIND_WORDS[k]}`))} grew.`;
  const output = setup.network.layers.at(-1)!.activation;
  const words: Record<Cause, string> = {
    'target-range': `a target the ${output} output cannot reach (${d.targets.map(([k, t]) => `t${k + 1} = ${formatNumber(t)}`).join(', ')}): the error can never reach 0, so every step pushes the weights further toward an end the output never gets to.`,
    'learning-rate': `a learning rate too large for how sharply the error curves: ${d.grew.includes('error') ? 'the error rose while the gradients grew, each step overshooting the minimum by more than it corrects' : `one step took the weights from at most ${formatNumber(Math.max(...d.last.weights))} to ${formatNumber(Math.max(...d.at.weights))}`}. Try a smaller learning rate.`,
    'exploding-chain': `an exploding chain of unbounded units: the outputs grow layer over layer (largest per layer: ${d.at.outputs.map((x) => formatNumber(x)).join(', ')}), each layer multiplying what it receives. Use smaller weights, fewer layers or a bounded activation (tanh, sigmoid).`,
  };
  const cause =
    d.causes.length === 0
      ? ' No single cause stands out; a smaller learning rate is the first thing to try.'
      : ` Likely cause: ${d.causes.map((c) => words[c]).join(' Also ')}`;
  return `${first}${grew}${cause}`;
}
