// Divergence explained: each likely cause built on purpose, and the step, the layer and what grew checked against
// the run's own numbers read directly (sizes written out in the test).
import { describe, expect, test } from 'vitest';
import { batchLoss, batchStep, initNetwork, type Layer, type Network } from '../engine/index.ts';
import { XOR_EXAMPLES } from '../examples/articles.ts';
import { builderExample } from '../examples/builder.ts';
import type { Setup } from '../examples/types.ts';
import { SAFE_BOUND, divergenceText, explainDivergence } from './divergence.ts';

/** Trains `steps` batch steps and explains the run with checkpoints every 4 steps. */
function explain(setup: Setup, steps: number) {
  const networks: Network[] = [setup.network];
  const next = (network: Network) => batchStep(network, setup.examples, setup.learningRate, setup.loss);
  for (let k = 0; k < steps; k++) networks.push(next(networks[k]));
  const probes = networks.map((_n, k) => k).filter((k) => k % 4 === 0);
  return { networks, found: explainDivergence(setup, steps, probes, (k) => networks[k], next) };
}

const parameters = (network: Network) =>
  network.layers.flatMap((layer) => [...layer.weights.flat(), ...(layer.biases ?? [])]);
const base: Setup = { ...builderExample.defaults, examples: XOR_EXAMPLES, mode: 'batch', loss: 'half-squared-error' };

describe('why a run left the safe range', () => {
  test('a linear 2-3-3-1 net at learning rate 0.4: the error rises with the gradients, so the learning rate is to blame', () => {
    const setup = {
      ...base,
      learningRate: 0.4,
      network: initNetwork([2, 3, 3, 1], ['identity', 'identity', 'identity'], { seed: 1, bias: true }),
    };
    const { networks, found } = explain(setup, 40);
    expect(found).not.toBeNull();
    const d = found!;
    // The step before is safe in every weight and in the error; the step named is not.
    const before = networks[d.step - 1];
    expect(Math.max(...parameters(before).map(Math.abs))).toBeLessThanOrEqual(SAFE_BOUND);
    expect(batchLoss(before, setup.examples, setup.loss)).toBeLessThanOrEqual(SAFE_BOUND);
    expect(d.step).toBeGreaterThan(1);
    expect(d.lastGood).toBe(d.step - 1);
    // The error rose, step after step, before it left the range.
    const errors = networks.slice(0, d.step).map((n) => batchLoss(n, setup.examples, setup.loss));
    expect(errors.at(-1)!).toBeGreaterThan(2 * errors[Math.max(0, d.step - 11)]);
    expect(d.grew).toEqual(expect.arrayContaining(['error', 'gradients']));
    expect(d.causes).toEqual(['learning-rate']);
    expect(divergenceText(d, setup)).toContain(`At step ${d.step} the numbers leave the safe range`);
    expect(divergenceText(d, setup)).toContain('a learning rate too large');
  });

  test('a sigmoid output asked for t = 2: the weights run off toward an end the output never reaches', () => {
    const setup = {
      ...base,
      examples: [{ input: [1, 1], target: [2] }],
      learningRate: 1e7,
      network: initNetwork([2, 3, 1], ['tanh', 'sigmoid'], { seed: 1, bias: true }),
    };
    const { networks, found } = explain(setup, 10);
    const d = found!;
    // One step moves the output weights by η · ∂E/∂w, about 10⁷ · 0.4: past the bound at step 1, in layer 2.
    expect(d.step).toBe(1);
    expect(d.kind).toBe('weights');
    expect(d.layer).toBe(1);
    expect(d.value).toBe(
      Math.max(...[...networks[1].layers[1].weights.flat(), ...networks[1].layers[1].biases!].map(Math.abs)),
    );
    // Both are named: the target out of reach, and a rate that throws the weights out of range in one step.
    expect(d.causes).toEqual(['target-range', 'learning-rate']);
    expect(divergenceText(d, setup)).toContain('a target the sigmoid output cannot reach (t1 = 2)');
    expect(divergenceText(d, setup)).toContain('one step took the weights from at most');
  });

  test('the line y = 2x + 1 on a tanh output at rate 100: one step sends the sums out, naming the targets past 1 and the rate', () => {
    const xs = [-1, -0.6, -0.2, 0.2, 0.6, 1];
    const setup: Setup = {
      ...base,
      examples: xs.map((x) => ({ input: [x], target: [2 * x + 1] })),
      loss: 'mean-squared-error',
      learningRate: 100,
      network: initNetwork([1, 3, 3, 1], ['identity', 'identity', 'tanh'], { seed: 1, bias: true }),
    };
    const { networks, found } = explain(setup, 5);
    const d = found!;
    expect(d.step).toBe(1);
    expect(d.kind).toBe('sums');
    expect(d.lastGood).toBe(0);
    // 2 · 0.2 + 1, 2 · 0.6 + 1 and 2 · 1 + 1: the targets above tanh's 1.
    expect(d.targets.map(([, t]) => t)).toEqual([1.4, 2.2, 3].map((t) => expect.closeTo(t, 12)));
    // The weights were multiplied more than tenfold by that one step, though none left the range yet.
    const largest = (network: Network) => Math.max(...parameters(network).map(Math.abs));
    expect(largest(networks[1])).toBeGreaterThan(10 * largest(networks[0]));
    expect(largest(networks[1])).toBeLessThan(SAFE_BOUND);
    expect(d.causes).toEqual(['target-range', 'learning-rate']);
    expect(divergenceText(d, setup)).toContain('a target the tanh output cannot reach (t1 = 1.4, t1 = 2.2, t1 = 3)');
  });

  test('six ReLU layers of weights 5: the sums grow twentyfold layer over layer and leave the range in layer 5 at the start', () => {
    const layer = (units: number, inputs: number, activation: Layer['activation']): Layer => ({
      weights: Array.from({ length: units }, () => new Array(inputs).fill(5)),
      biases: new Array(units).fill(0),
      activation,
    });
    const network: Network = {
      layers: [
        layer(4, 2, 'relu'),
        layer(4, 4, 'relu'),
        layer(4, 4, 'relu'),
        layer(4, 4, 'relu'),
        layer(4, 4, 'relu'),
        layer(1, 4, 'sigmoid'),
      ],
    };
    const { found } = explain({ ...base, learningRate: 0.1, network }, 3);
    const d = found!;
    // Input (1, 1): z = 5 · 2 = 10 in layer 1, then 4 · 5 · 10 = 200, 4000, 80 000, 1 600 000 in layer 5.
    expect(d.step).toBe(0);
    expect(d.kind).toBe('sums');
    expect(d.layer).toBe(4);
    expect(d.value).toBe(1_600_000);
    expect(d.at.outputs.slice(0, 5)).toEqual([10, 200, 4000, 80_000, 1_600_000]);
    expect(d.causes).toEqual(['exploding-chain']);
    expect(divergenceText(d, { ...base, network })).toContain(
      'At the start the numbers leave the safe range (a size above 1 × 10⁶): the weighted sums of layer 5 reach 1.6 × 10⁶.',
    );
  });

  test('the default XOR run stays in the safe range: nothing to explain', () => {
    expect(explain(base, 200).found).toBeNull();
  });
});
