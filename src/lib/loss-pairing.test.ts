import { describe, expect, test } from 'vitest';
import { lossOf, train } from '../engine/index.ts';
import { builderExample } from '../examples/builder.ts';
import { twoOutputs } from '../examples/two-outputs.ts';
import { drawSetup } from './exercises.ts';
import { matrixKeys } from './url-matrix.ts';
import { readStateFromQuery } from './url-read.ts';

const read = (query: string) => readStateFromQuery(query, builderExample, matrixKeys);
const outputOf = (query: string) => read(query).state.setup.network.layers.at(-1)?.activation;

describe('a builder link with a softmax head and cross-entropy', () => {
  test('reads without a notice and trains: the summed cross-entropy falls and stays finite', () => {
    const { state, notices } = read('?shape=2-4-2&act=tanh,softmax&loss=cross-entropy&data=two-outputs');
    expect(notices).toEqual([]);
    expect(state.setup.loss).toBe('cross-entropy');
    expect(state.setup.network.layers.map((layer) => layer.activation)).toEqual(['tanh', 'softmax']);
    const { examples, network } = state.setup;
    const before = lossOf(network, examples[0], 'cross-entropy');
    const result = train(network, examples, { learningRate: 0.5, loss: 'cross-entropy', steps: 200, mode: 'batch' });
    expect(result.diverged).toBe(false);
    // Targets (0.01, 0.99): the least cross-entropy is the targets' own entropy, −(0.01 ln 0.01 + 0.99 ln 0.99).
    const entropy = -(0.01 * Math.log(0.01) + 0.99 * Math.log(0.99));
    expect(result.finalLoss).toBeLessThan(before);
    expect(result.finalLoss).toBeGreaterThanOrEqual(entropy - 1e-12);
    expect(result.finalLoss - entropy).toBeLessThan(1e-3);
  });
});

describe('a link whose loss and output do not go together is read without them, with a notice', () => {
  test('cross-entropy on the default sigmoid output: the loss is ignored', () => {
    const { state, notices } = read('?loss=cross-entropy');
    expect(notices).toEqual([
      'Ignored loss="cross-entropy": The loss cross-entropy needs softmax on the output layer, not sigmoid.',
    ]);
    expect(state.setup.loss).toBe('half-squared-error');
  });

  test('softmax on a hidden layer: act= is ignored', () => {
    const { notices } = read('?act=tanh,softmax,sigmoid');
    expect(notices).toEqual([
      'Ignored act="tanh,softmax,sigmoid": softmax goes on the output layer only (the last of the 3).',
    ]);
    expect(outputOf('?act=tanh,softmax,sigmoid')).toBe('sigmoid');
  });

  test("softmax of one output (XOR has one): the output goes back to the chapter's sigmoid", () => {
    const { state, notices } = read('?act=tanh,tanh,softmax');
    expect(notices).toEqual([
      'Ignored act="tanh,tanh,softmax": A softmax output layer needs at least two outputs: with one, its output is always 1.',
    ]);
    expect(state.setup.network.layers.map((layer) => layer.activation)).toEqual(['tanh', 'tanh', 'sigmoid']);
  });

  test('binary cross-entropy with a softmax head: the loss is ignored, softmax stays', () => {
    const { state, notices } = read('?shape=2-3-2&act=tanh,softmax&loss=binary-cross-entropy&data=two-outputs');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^Ignored loss="binary-cross-entropy": .*needs sigmoid on the output layer, not softmax/,
    );
    expect(state.setup.loss).toBe('half-squared-error');
    expect(state.setup.network.layers[1].activation).toBe('softmax');
  });

  test('binary cross-entropy on sigmoid outputs and targets in [0, 1] is fine', () => {
    expect(read('?loss=binary-cross-entropy').notices).toEqual([]);
  });
});

test('exercises drawn for a cross-entropy setup keep its class targets (one 1, the rest 0)', () => {
  const softmaxDefaults = {
    ...twoOutputs.defaults,
    loss: 'cross-entropy' as const,
    examples: [{ input: [0.05, 0.1], target: [0, 1] }],
    network: {
      layers: twoOutputs.defaults.network.layers.map((layer, l) =>
        l === 1 ? { ...layer, activation: 'softmax' as const } : layer,
      ),
    },
  };
  const setup = drawSetup({ ...twoOutputs, defaults: softmaxDefaults }, 12);
  expect(setup.examples[0].target).toEqual([0, 1]);
  expect(setup.examples[0].input).not.toEqual([0.05, 0.1]);
});
