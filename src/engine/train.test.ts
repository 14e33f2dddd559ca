import { describe, expect, test } from 'vitest';
import {
  batchLoss,
  batchStep,
  initNetwork,
  lossOf,
  train,
  trainStep,
  type Example,
  type LossName,
  type Network,
} from './index.ts';
import { EXAMPLE_2_3, XOR, twoTwoOne, xorStart } from './test-fixtures.ts';

function parameters(network: Network): number[] {
  return network.layers.flatMap((layer) => [...layer.weights.flat(), ...(layer.biases ?? [])]);
}

function expectSameNumbers(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  for (let k = 0; k < expected.length; k++) expect(Math.abs(actual[k] - expected[k])).toBeLessThanOrEqual(tolerance);
}

// The display path, step by step: the loss before each update, then the update.
function displayOnline(network: Network, examples: Example[], rate: number, loss: LossName, steps: number) {
  const recorded: number[] = [];
  for (let k = 0; k < steps; k++) {
    const example = examples[k % examples.length];
    recorded.push(lossOf(network, example, loss));
    network = trainStep(network, example, rate, loss);
  }
  return { network, recorded };
}

function displayBatch(network: Network, examples: Example[], rate: number, loss: LossName, steps: number) {
  const recorded: number[] = [];
  for (let k = 0; k < steps; k++) {
    recorded.push(batchLoss(network, examples, loss));
    network = batchStep(network, examples, rate, loss);
  }
  return { network, recorded };
}

const deep = initNetwork([2, 4, 3, 2], ['tanh', 'relu', 'sigmoid'], { seed: 3, bias: true, scale: 0.9 });
const twoTargets: Example[] = XOR.map((e) => ({ input: e.input, target: [e.target[0], 1 - e.target[0]] }));

describe("the fast train() path gives the display path's numbers", () => {
  for (const loss of ['half-squared-error', 'mean-squared-error'] as const) {
    for (const mode of ['online', 'batch'] as const) {
      test(`${mode} training with ${loss} matches repeated ${mode === 'online' ? 'trainStep' : 'batchStep'} to 1e-12`, () => {
        const display = (mode === 'online' ? displayOnline : displayBatch)(deep, twoTargets, 0.3, loss, 60);
        const fast = train(deep, twoTargets, { learningRate: 0.3, loss, steps: 60, mode, recordLoss: true });
        expect(fast.steps).toBe(60);
        expect(fast.diverged).toBe(false);
        expectSameNumbers(parameters(fast.network), parameters(display.network));
        expectSameNumbers(fast.losses, display.recorded);
        expect(fast.finalLoss).toBeCloseTo(batchLoss(display.network, twoTargets, loss), 12);
      });
    }
  }

  // Three classes from a 2-4-3 net with a softmax head, and two sigmoid outputs with binary cross-entropy.
  const classes = initNetwork([2, 4, 3], ['tanh', 'softmax'], { seed: 5, bias: true, scale: 1.5 });
  const oneHot: Example[] = XOR.map((e, k) => ({
    input: e.input,
    target: [0, 1, 2].map((c) => (c === k % 3 ? 1 : 0)),
  }));
  const pairsOfHeads = [
    ['cross-entropy', classes, oneHot],
    [
      'binary-cross-entropy',
      initNetwork([2, 4, 2], ['relu', 'sigmoid'], { seed: 6, bias: true, scale: 1.5 }),
      twoTargets,
    ],
  ] as const;
  for (const [loss, network, examples] of pairsOfHeads) {
    for (const mode of ['online', 'batch'] as const) {
      test(`${mode} training with ${loss} on its head matches the display path to 1e-12`, () => {
        const display = (mode === 'online' ? displayOnline : displayBatch)(network, [...examples], 0.5, loss, 60);
        const fast = train(network, [...examples], { learningRate: 0.5, loss, steps: 60, mode, recordLoss: true });
        expect(fast.diverged).toBe(false);
        expectSameNumbers(parameters(fast.network), parameters(display.network));
        expectSameNumbers(fast.losses, display.recorded);
        expect(fast.losses[59]).toBeLessThan(fast.losses[0]); // it learns
      });
    }
  }

  test('online XOR from article 003 matches the display path over 400 steps (100 epochs)', () => {
    const display = displayOnline(xorStart(), XOR, 1, 'half-squared-error', 400);
    const fast = train(xorStart(), XOR, {
      learningRate: 1,
      loss: 'half-squared-error',
      steps: 400,
      mode: 'online',
      recordLoss: true,
    });
    expectSameNumbers(parameters(fast.network), parameters(display.network));
    expectSameNumbers(fast.losses, display.recorded);
  });

  test("the result keeps the network's shape: biases stay null where there were none", () => {
    const fast = train(twoTwoOne('relu'), [EXAMPLE_2_3], {
      learningRate: 0.05,
      loss: 'half-squared-error',
      steps: 3,
      mode: 'online',
    });
    expect(fast.network.layers.map((l) => l.biases)).toEqual([null, null]);
    expect(fast.network.layers.map((l) => l.activation)).toEqual(['relu', 'identity']);
    expect(fast.losses.length).toBe(0);
  });

  test('one train() step on article 000 gives w5 = 0.11 + 0.05·0.7963·1.23 and records the loss ½·0.7963²', () => {
    const fast = train(twoTwoOne(), [EXAMPLE_2_3], {
      learningRate: 0.05,
      loss: 'half-squared-error',
      steps: 1,
      mode: 'online',
      recordLoss: true,
    });
    expect(fast.network.layers[1].weights[0][0]).toBeCloseTo(0.11 + 0.05 * 0.7963 * 1.23, 12);
    expect(fast.losses[0]).toBeCloseTo(0.5 * 0.7963 ** 2, 12);
    expect(fast.finalLoss).toBeCloseTo(0.5 * (1 - 0.294786) ** 2, 6);
  });

  test('training does not change the network it was given', () => {
    const network = xorStart();
    const before = structuredClone(network);
    train(network, XOR, { learningRate: 1, loss: 'half-squared-error', steps: 10, mode: 'batch' });
    expect(network).toEqual(before);
  });
});

describe('divergence', () => {
  // With ReLU in the hidden layer, article 000 at a huge rate kills both hidden units instead (loss stuck at ½);
  // the article's net computes as linear, so the identity hidden activation shows the blow-up.
  test('a huge learning rate on article 000 reports diverged: true and returns the last finite network', () => {
    const result = train(twoTwoOne('identity'), [EXAMPLE_2_3], {
      learningRate: 10,
      loss: 'half-squared-error',
      steps: 1000,
      mode: 'online',
      recordLoss: true,
    });
    expect(result.diverged).toBe(true);
    expect(result.steps).toBeLessThan(1000);
    expect(result.losses.length).toBe(result.steps);
    expect(parameters(result.network).every(Number.isFinite)).toBe(true);
    expect(Array.from(result.losses).every(Number.isFinite)).toBe(true);
  });

  test("a diverged run stops at the display path's first non-finite step, with the network from just before it", () => {
    const network = twoTwoOne('identity');
    const result = train(network, [EXAMPLE_2_3], {
      learningRate: 0.55,
      loss: 'half-squared-error',
      steps: 1000,
      mode: 'online',
      recordLoss: true,
    });
    const display = displayOnline(network, [EXAMPLE_2_3], 0.55, 'half-squared-error', result.steps);
    expect(parameters(result.network)).toEqual(parameters(display.network));
    expectSameNumbers(result.losses, display.recorded);
    const next = trainStep(display.network, EXAMPLE_2_3, 0.55, 'half-squared-error');
    const finite =
      Number.isFinite(lossOf(display.network, EXAMPLE_2_3, 'half-squared-error')) &&
      parameters(next).every(Number.isFinite);
    expect(finite).toBe(false);
  });

  test('a diverged batch run also stops with a finite network', () => {
    const result = train(twoTwoOne('identity'), [EXAMPLE_2_3], {
      learningRate: 10,
      loss: 'mean-squared-error',
      steps: 1000,
      mode: 'batch',
    });
    expect(result.diverged).toBe(true);
    expect(parameters(result.network).every(Number.isFinite)).toBe(true);
  });

  test('a sensible rate trains article 000 towards its target without diverging', () => {
    const result = train(twoTwoOne(), [EXAMPLE_2_3], {
      learningRate: 0.05,
      loss: 'half-squared-error',
      steps: 200,
      mode: 'online',
    });
    expect(result.diverged).toBe(false);
    expect(result.finalLoss).toBeLessThan(1e-10);
  });
});

describe('train() input checks', () => {
  test('it refuses examples that do not fit the network', () => {
    expect(() =>
      train(twoTwoOne(), [{ input: [1], target: [1] }], {
        learningRate: 0.1,
        loss: 'half-squared-error',
        steps: 1,
        mode: 'online',
      }),
    ).toThrow(/1 inputs but the network takes 2/);
    expect(() =>
      train(twoTwoOne(), [], { learningRate: 0.1, loss: 'half-squared-error', steps: 1, mode: 'online' }),
    ).toThrow(/at least one example/);
  });
});
