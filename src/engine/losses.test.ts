import { describe, expect, test } from 'vitest';
import {
  backward,
  batchGradients,
  batchLoss,
  forward,
  initNetwork,
  lossOf,
  losses,
  numericGradients,
  setupProblem,
  train,
  validateNetwork,
  type ActivationName,
  type Example,
  type Gradients,
  type LossName,
  type Network,
} from './index.ts';

const flat = (g: Gradients) =>
  g.layers.flatMap((layer) => [...layer.deltas, ...layer.weights.flat(), ...(layer.biases ?? [])]);

describe('softmax with cross-entropy, by hand: 2 inputs, 3 logits', () => {
  // x = (1, 2) and W chosen so that z = (1 − 0.5·2, ln 2, ½ ln 5 · 2) = (0, ln 2, ln 5): e^z = (1, 2, 5), Σ = 8.
  const network: Network = {
    layers: [
      {
        weights: [
          [1, -0.5],
          [Math.LN2, 0],
          [0, Math.log(5) / 2],
        ],
        biases: null,
        activation: 'softmax',
      },
    ],
  };
  const example: Example = { input: [1, 2], target: [0, 1, 0] };

  test('the logits, the probabilities 1/8, 2/8, 5/8, and E = −ln(2/8) = ln 4', () => {
    const trace = forward(network, example.input);
    expect(trace.layers[0].weightedSums[0]).toBe(0);
    expect(trace.layers[0].weightedSums[1]).toBeCloseTo(Math.LN2, 15);
    [1 / 8, 2 / 8, 5 / 8].forEach((p, k) => expect(trace.output[k]).toBeCloseTo(p, 15));
    expect(lossOf(network, example, 'cross-entropy')).toBeCloseTo(Math.log(4), 14);
  });

  test('δ = a − t = (1/8, −3/4, 5/8) and ∂E/∂W = δ xᵀ', () => {
    const g = backward(network, forward(network, example.input), example.target, 'cross-entropy').layers[0];
    [1 / 8, -3 / 4, 5 / 8].forEach((d, k) => expect(g.deltas[k]).toBeCloseTo(d, 15));
    expect(g.weights[0][0]).toBeCloseTo(1 / 8, 15);
    expect(g.weights[0][1]).toBeCloseTo(2 / 8, 15);
    expect(g.weights[1][0]).toBeCloseTo(-3 / 4, 15);
    expect(g.weights[1][1]).toBeCloseTo(-3 / 2, 15);
    expect(g.weights[2][1]).toBeCloseTo(10 / 8, 15);
  });

  test('squared error on the same softmax goes through its Jacobian: δ_j = a_j (g_j − Σ_k a_k g_k), g = a − t', () => {
    const a = [1 / 8, 2 / 8, 5 / 8];
    const g = [1 / 8, -6 / 8, 5 / 8];
    const weighted = a[0] * g[0] + a[1] * g[1] + a[2] * g[2]; // (1 − 12 + 25)/64 = 14/64
    const deltas = backward(network, forward(network, example.input), example.target, 'half-squared-error').layers[0]
      .deltas;
    a.forEach((p, j) => expect(deltas[j]).toBeCloseTo(p * (g[j] - weighted), 15));
    expect(weighted).toBeCloseTo(14 / 64, 15);
  });
});

describe('a sigmoid with binary cross-entropy, by hand', () => {
  test('z = ln 3 gives a = 3/4; with t = 1, E = −ln(3/4) and δ = a − t = −1/4', () => {
    const network: Network = { layers: [{ weights: [[Math.log(3)]], biases: [0], activation: 'sigmoid' }] };
    const example: Example = { input: [1], target: [1] };
    expect(lossOf(network, example, 'binary-cross-entropy')).toBeCloseTo(-Math.log(3 / 4), 15);
    const g = backward(network, forward(network, example.input), example.target, 'binary-cross-entropy').layers[0];
    expect(g.deltas[0]).toBeCloseTo(-1 / 4, 15);
  });
});

describe('logits of ±1000: E is finite, and so is every delta', () => {
  const softmaxNet: Network = {
    layers: [{ weights: [[1000], [-1000], [0]], biases: [0, 0, 0], activation: 'softmax' }],
  };
  const sigmoidNet: Network = { layers: [{ weights: [[1000], [-1000]], biases: [0, 0], activation: 'sigmoid' }] };

  test('softmax: a = (1, 0, 0) in float64, yet E = lse(z) − z_2 = 1000 − (−1000) = 2000', () => {
    const example: Example = { input: [1], target: [0, 1, 0] };
    const trace = forward(softmaxNet, example.input);
    expect(trace.output).toEqual([1, 0, 0]);
    expect(losses['cross-entropy'].value(trace.output, example.target)).toBe(Infinity); // from a alone: −ln 0
    expect(lossOf(softmaxNet, example, 'cross-entropy')).toBe(2000);
    expect(batchLoss(softmaxNet, [example, { input: [-1], target: [1, 0, 0] }], 'cross-entropy')).toBe(4000);
    expect(backward(softmaxNet, trace, example.target, 'cross-entropy').layers[0].deltas).toEqual([1, -1, 0]);
  });

  test('sigmoid: E = softplus of the wrong side, 1000 per saturated miss and 0 per saturated hit', () => {
    const miss: Example = { input: [1], target: [0, 1] }; // a = (1, 0): both wrong
    const hit: Example = { input: [1], target: [1, 0] };
    expect(lossOf(sigmoidNet, miss, 'binary-cross-entropy')).toBe(2000);
    expect(lossOf(sigmoidNet, hit, 'binary-cross-entropy')).toBe(0);
    const deltas = batchGradients(sigmoidNet, [miss, hit], 'binary-cross-entropy').layers[0].deltas;
    expect(deltas).toEqual([1, -1]); // (1 − 0) + (1 − 1), (0 − 1) + (0 − 0)
  });

  test('the fast path trains from there without NaN', () => {
    const result = train(softmaxNet, [{ input: [1], target: [0, 1, 0] }], {
      learningRate: 0.001,
      loss: 'cross-entropy',
      steps: 3,
      mode: 'online',
      recordLoss: true,
    });
    expect(result.diverged).toBe(false);
    expect(result.losses[0]).toBe(2000);
    expect(result.network.layers[0].weights.flat().every(Number.isFinite)).toBe(true);
  });
});

describe('backward agrees with central differences for every loss and output activation it is defined for', () => {
  const cases: [LossName, ActivationName, number[]][] = [];
  for (const head of ['identity', 'relu', 'sigmoid', 'tanh', 'softmax'] as const) {
    cases.push(['half-squared-error', head, [0.2, 0.9, -0.4]], ['mean-squared-error', head, [0.2, 0.9, -0.4]]);
  }
  cases.push(
    ['cross-entropy', 'softmax', [0, 1, 0]],
    ['cross-entropy', 'softmax', [0.2, 0.5, 0.3]],
    ['cross-entropy', 'sigmoid', [0, 1, 0]], // the general way: −t/a through σ′
    ['binary-cross-entropy', 'sigmoid', [1, 0, 0.3]],
    ['binary-cross-entropy', 'softmax', [1, 0, 0.3]], // the general way: through softmax's Jacobian
  );
  test.each(cases)('%s on a %s output, targets %j', (loss, head, target) => {
    const network = initNetwork([2, 3, 3], ['tanh', head], { seed: 11, bias: true, scale: 1.2 });
    network.layers[1].biases = [0.3, -0.2, 0.1];
    const example: Example = { input: [0.7, -1.1], target };
    const analytic = flat(backward(network, forward(network, example.input), target, loss));
    const numeric = flat(numericGradients(network, example, loss));
    analytic.forEach((a, k) => expect(Math.abs(a - numeric[k])).toBeLessThan(1e-8 + 1e-6 * Math.abs(a)));
  });
});

describe('what a softmax head and the cross-entropies accept', () => {
  const softmax = initNetwork([2, 3, 3], ['tanh', 'softmax'], { seed: 1, bias: true });
  test('softmax on a hidden layer is refused with a clear message', () => {
    expect(() => validateNetwork(initNetwork([2, 3, 3], ['softmax', 'sigmoid'], { seed: 1, bias: true }))).toThrow(
      /Layer 0 .*softmax.*only the output layer/,
    );
  });

  test('setupProblem names cross-entropy without softmax, softmax of one output, and targets a loss cannot take', () => {
    const examples: Example[] = [{ input: [0, 1], target: [0, 0, 1] }];
    expect(setupProblem(softmax, 'cross-entropy', examples)).toBeNull();
    expect(setupProblem(softmax, 'half-squared-error', examples)).toBeNull();
    expect(
      setupProblem(initNetwork([2, 3, 3], ['tanh', 'sigmoid'], { seed: 1, bias: true }), 'cross-entropy', examples),
    ).toMatch(/cross-entropy needs softmax/);
    expect(
      setupProblem(initNetwork([2, 3, 1], ['tanh', 'softmax'], { seed: 1, bias: true }), 'half-squared-error', [
        { input: [0, 1], target: [1] },
      ]),
    ).toMatch(/at least two outputs/);
    expect(setupProblem(softmax, 'cross-entropy', [{ input: [0, 1], target: [0, 1, 1] }])).toMatch(/add up to 1/);
    expect(
      setupProblem(initNetwork([2, 3, 3], ['tanh', 'sigmoid'], { seed: 1, bias: true }), 'binary-cross-entropy', [
        { input: [0, 1], target: [0, 2, 1] },
      ]),
    ).toMatch(/between 0 and 1/);
  });

  test('a batch sums cross-entropies (reduction sum) and averages mean squared errors', () => {
    expect([
      losses['cross-entropy'].reduction,
      losses['binary-cross-entropy'].reduction,
      losses['half-squared-error'].reduction,
      losses['mean-squared-error'].reduction,
    ]).toEqual(['sum', 'sum', 'sum', 'mean']);
    const examples: Example[] = [
      { input: [0, 1], target: [0, 0, 1] },
      { input: [1, -1], target: [1, 0, 0] },
    ];
    expect(batchLoss(softmax, examples, 'cross-entropy')).toBeCloseTo(
      lossOf(softmax, examples[0], 'cross-entropy') + lossOf(softmax, examples[1], 'cross-entropy'),
      14,
    );
  });
});
