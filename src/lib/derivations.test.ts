import { describe, expect, test } from 'vitest';
import { builderExample, dataSets } from '../examples/builder.ts';
import { twoOutputs } from '../examples/two-outputs.ts';
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import { workedExample } from '../examples/worked-example.ts';
import { xorExample } from '../examples/xor.ts';
import { xorLossesExample } from '../examples/xor-losses.ts';
import { initNetwork, type ActivationName } from '../engine/index.ts';
import { derivationsOf } from './derivations/index.ts';
import { quantitiesOf } from './quantities.ts';

/**
 * The quantities with no formula over named factors, and why:
 * - pred_<x> of an example other than the one shown: its forward pass (sums, outputs) has no names on the page;
 * - grad_<θ> in batch mode: a sum over every example of δ·a, whose per-example deltas have no names either.
 * (Settings — inputs, targets, weights, biases, lr — have a derivation that says "set by you", and no formula.)
 */
const UNDERIVED = (setup: Setup, name: string): boolean =>
  (/^pred_/.test(name) && !isShownPrediction(setup, name)) || (setup.mode === 'batch' && /^grad_/.test(name));

const isShownPrediction = (setup: Setup, name: string): boolean =>
  name === `pred_${setup.examples[setup.example].input.join('_')}` || name === `pred_${setup.example + 1}`;

const withActivation = (setup: Setup, activation: ActivationName, layers?: number[]): Setup => ({
  ...setup,
  network: {
    layers: setup.network.layers.map((layer, l) => (!layers || layers.includes(l) ? { ...layer, activation } : layer)),
  },
});

// Three classes of two inputs, one-hot targets, on a 2-4-3 net with tanh and a softmax head.
const softmaxSetup: Setup = {
  ...builderExample.defaults,
  network: initNetwork([2, 4, 3], ['tanh', 'softmax'], { seed: 2, bias: true }),
  examples: [
    [0, 0, 0],
    [1, 0, 1],
    [0, 1, 2],
    [1, 1, 1],
  ].map(([x, y, c]) => ({ input: [x, y], target: [0, 1, 2].map((k) => (k === c ? 1 : 0)) })),
  example: 2,
};

const setups: [string, ExampleDefinition, Setup][] = [
  ['Part I at its defaults', workedExample, workedExample.defaults],
  ['Part I with sigmoid hidden units', workedExample, withActivation(workedExample.defaults, 'sigmoid', [0])],
  ['Part I with tanh hidden units', workedExample, withActivation(workedExample.defaults, 'tanh', [0])],
  ['Part I with ReLU hidden units', workedExample, withActivation(workedExample.defaults, 'relu', [0])],
  ['Part II at its defaults', twoOutputs, twoOutputs.defaults],
  ['Part II with mean squared error', twoOutputs, { ...twoOutputs.defaults, loss: 'mean-squared-error' }],
  [
    'Part II with biases fixed and tanh',
    twoOutputs,
    withActivation({ ...twoOutputs.defaults, trainBiases: false }, 'tanh'),
  ],
  ['Part III at its defaults', xorExample, xorExample.defaults],
  ['Part III in batch mode on input (1, 1)', xorExample, { ...xorExample.defaults, mode: 'batch', example: 3 }],
  ['Part IV (xor-losses) at its defaults, both losses compared', xorLossesExample, xorLossesExample.defaults],
  [
    'Part IV with binary cross-entropy on seed 5, row (1, 1)',
    xorLossesExample,
    { ...xorLossesExample.presets[1].setup, loss: 'binary-cross-entropy' },
  ],
  [
    'Part IV with binary cross-entropy in batch',
    xorLossesExample,
    { ...xorLossesExample.defaults, loss: 'binary-cross-entropy', mode: 'batch' },
  ],
  ['the builder at its defaults (batch)', builderExample, builderExample.defaults],
  [
    'the builder online with mean squared error',
    builderExample,
    { ...builderExample.defaults, mode: 'online', loss: 'mean-squared-error' },
  ],
  [
    'the builder with a softmax head and cross-entropy, online',
    builderExample,
    { ...softmaxSetup, loss: 'cross-entropy', mode: 'online' },
  ],
  [
    'the builder with a softmax head and cross-entropy, batch',
    builderExample,
    { ...softmaxSetup, loss: 'cross-entropy' },
  ],
  [
    'the builder with a softmax head and half squared error (its Jacobian)',
    builderExample,
    { ...softmaxSetup, mode: 'online' },
  ],
  [
    'the builder with a softmax head and mean squared error (its Jacobian)',
    builderExample,
    { ...softmaxSetup, mode: 'online', loss: 'mean-squared-error' },
  ],
  [
    'the builder with sigmoid outputs and binary cross-entropy',
    builderExample,
    { ...builderExample.defaults, loss: 'binary-cross-entropy', mode: 'online' },
  ],
  [
    'the builder on the parabola',
    builderExample,
    {
      ...builderExample.defaults,
      examples: dataSets.parabola.examples,
      example: 2,
      mode: 'online',
      network: {
        layers: builderExample.defaults.network.layers.map((layer, l) =>
          l === 0 ? { ...layer, weights: layer.weights.map((row) => [row[0]]) } : layer,
        ),
      },
    },
  ],
];

describe("every derivation gives the engine's number from its factors", () => {
  test.each(setups)('%s', (_label, definition, setup) => {
    const q = quantitiesOf(definition, setup);
    const derivations = derivationsOf(definition, setup);
    let checked = 0;
    for (const [name, value] of Object.entries(q)) {
      const derivation = derivations.get(name);
      if (!derivation) {
        expect(UNDERIVED(setup, name), `${name} has no derivation`).toBe(true);
        continue;
      }
      expect(derivation.section).toMatch(/^\/part-\d\/[a-z-]+\/#[a-z0-9-]+$/);
      if (derivation.formula === null) continue;
      const values = derivation.factors.map((factor) => {
        expect(q[factor], `${name} uses ${factor}, which has no value`).toBeTypeOf('number');
        return q[factor];
      });
      const result = derivation.combine(values);
      // Relative to the value, with a floor for values at 0.
      expect(Math.abs(result - value), `${name}: ${result} vs ${value}`).toBeLessThanOrEqual(
        1e-12 * Math.abs(value) + 1e-300,
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    for (const name of derivations.keys()) expect(q, `${name} is derived but not a quantity`).toHaveProperty(name);
  });
});

test('Part I: the gradient of w1 is δ_h1 · i1, and the link goes to the chain rule for w1', () => {
  const derivation = derivationsOf(workedExample, workedExample.defaults).get('grad_w1');
  expect(derivation?.factors).toEqual(['delta_h1', 'i1']);
  expect(derivation?.section).toBe('/part-1/backpropagation/#the-chain-rule-for-w1');
});

test('Part II: the shared bias b1 sums the deltas of h1 and h2', () => {
  expect(derivationsOf(twoOutputs, twoOutputs.defaults).get('grad_b1')?.factors).toEqual(['delta_h1', 'delta_h2']);
});

test('Part I: the popover of ∂E/∂w6 links to the chain rule for w6, that of ∂E/∂w5 to w5’s', () => {
  const all = derivationsOf(workedExample, workedExample.defaults);
  expect(all.get('grad_w6')?.section).toBe('/part-1/backpropagation/#the-chain-rule-for-w6');
  expect(all.get('grad_w5')?.section).toBe('/part-1/backpropagation/#the-chain-rule-for-w5');
});

test('Part III: every example’s prediction has a symbol, not a raw name, and its value by a forward pass written here', () => {
  const all = derivationsOf(xorExample, xorExample.defaults);
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  const [[w11, w12], [w21, w22]] = xorExample.defaults.network.layers[0].weights;
  const [b1, b2] = xorExample.defaults.network.layers[0].biases as number[];
  const [[v1, v2]] = xorExample.defaults.network.layers[1].weights;
  const [c] = xorExample.defaults.network.layers[1].biases as number[];
  for (const [x1, x2] of [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ]) {
    const derivation = all.get(`pred_${x1}_${x2}`);
    expect(derivation?.symbol).toBe(`y(${x1}, ${x2})`);
    const y = sigmoid(v1 * sigmoid(w11 * x1 + w12 * x2 + b1) + v2 * sigmoid(w21 * x1 + w22 * x2 + b2) + c);
    // The example shown is its output unit's value (a factor); the others are a forward pass of their own.
    if (derivation?.factors.length === 0) expect(derivation.combine([])).toBeCloseTo(y, 12);
  }
});
