import { describe, expect, test } from 'vitest';
import { backward, forward, lossOf, trainStep } from '../engine/index.ts';
import {
  ARTICLE_000,
  ARTICLE_002,
  ARTICLE_003,
  ARTICLE_003_LEARNING_RATE,
  ARTICLE_EXAMPLE,
  ARTICLE_LEARNING_RATE,
  MAZUR_EXAMPLE,
  MAZUR_LEARNING_RATE,
  MAZUR_PRESET,
  XOR_EXAMPLES,
  articleGradients,
  articleNetwork,
  articleWeights,
  mazurGradients,
  mazurNetwork,
  mazurWeights,
  xorNetwork,
  xorParameters,
} from './articles.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('article 000 (2-2-1, ReLU hidden, linear output, no biases)', () => {
  const network = articleNetwork(ARTICLE_000, 'relu');

  test('the first prediction is 2·0.12 + 3·0.33 = 1.23, 2·0.15 + 3·0.09 = 0.57, then 1.23·0.11 + 0.57·0.12 = 0.2037', () => {
    const trace = forward(network, ARTICLE_EXAMPLE.input);
    expect(trace.layers[0].outputs[0]).toBeCloseTo(1.23, 12);
    expect(trace.layers[0].outputs[1]).toBeCloseTo(0.57, 12);
    expect(trace.output[0]).toBeCloseTo(0.2037, 12);
  });

  test('delta = prediction − actual is −0.7963 and the error ½·0.7963² is 0.317047', () => {
    const trace = forward(network, ARTICLE_EXAMPLE.input);
    const gradients = backward(network, trace, ARTICLE_EXAMPLE.target, 'half-squared-error');
    expect(gradients.layers[1].deltas[0]).toBeCloseTo(-0.7963, 12);
    expect(lossOf(network, ARTICLE_EXAMPLE, 'half-squared-error')).toBeCloseTo(0.5 * 0.7963 * 0.7963, 12);
    expect(lossOf(network, ARTICLE_EXAMPLE, 'half-squared-error')).toBeCloseTo(0.317047, 6);
  });

  test('the gradients are Δ·h for w5, w6 and Δ·w5·i, Δ·w6·i for w1…w4', () => {
    const trace = forward(network, ARTICLE_EXAMPLE.input);
    const g = articleGradients(backward(network, trace, ARTICLE_EXAMPLE.target, 'half-squared-error'));
    const delta = -0.7963;
    expect(g.w5).toBeCloseTo(delta * 1.23, 12);
    expect(g.w6).toBeCloseTo(delta * 0.57, 12);
    expect(g.w1).toBeCloseTo(delta * 0.11 * 2, 12);
    expect(g.w2).toBeCloseTo(delta * 0.11 * 3, 12);
    expect(g.w3).toBeCloseTo(delta * 0.12 * 2, 12);
    expect(g.w4).toBeCloseTo(delta * 0.12 * 3, 12);
  });

  test('one step at rate 0.05 moves w1…w6 to 0.128759, 0.343139, 0.159556, 0.104333, 0.158972, 0.142695', () => {
    const after = articleWeights(trainStep(network, ARTICLE_EXAMPLE, ARTICLE_LEARNING_RATE, 'half-squared-error'));
    expect(after.w1).toBeCloseTo(0.128759, 6);
    expect(after.w2).toBeCloseTo(0.343139, 6);
    expect(after.w3).toBeCloseTo(0.159556, 6);
    expect(after.w4).toBeCloseTo(0.104333, 6);
    expect(after.w5).toBeCloseTo(0.158972, 6);
    expect(after.w6).toBeCloseTo(0.142695, 6);
  });

  test('one step at rate 0.05 moves w5 from 0.11 to 0.11 + 0.05·0.7963·1.23 = 0.15897245', () => {
    const after = articleWeights(trainStep(network, ARTICLE_EXAMPLE, ARTICLE_LEARNING_RATE, 'half-squared-error'));
    expect(after.w5).toBeCloseTo(0.11 + 0.05 * 0.7963 * 1.23, 12);
  });

  test('after one step the prediction is 0.294786', () => {
    const after = trainStep(network, ARTICLE_EXAMPLE, ARTICLE_LEARNING_RATE, 'half-squared-error');
    expect(forward(after, ARTICLE_EXAMPLE.input).output[0]).toBeCloseTo(0.294786, 6);
  });

  test('the view maps w1…w6 onto weights[neuron][input] and back', () => {
    expect(network.layers[0].weights).toEqual([
      [0.12, 0.33],
      [0.15, 0.09],
    ]);
    expect(network.layers[1].weights).toEqual([[0.11, 0.12]]);
    expect(network.layers[1].activation).toBe('identity');
    expect(articleWeights(network)).toEqual(ARTICLE_000);
  });

  test('the article presets cannot be changed by accident', () => {
    expect(Object.isFrozen(ARTICLE_000)).toBe(true);
    expect(Object.isFrozen(ARTICLE_EXAMPLE.input)).toBe(true);
  });
});

describe('article 002 (same net, other weights)', () => {
  const network = articleNetwork(ARTICLE_002, 'relu');

  test('the first prediction is 0.85·0.14 + 0.48·0.15 = 0.191', () => {
    expect(forward(network, ARTICLE_EXAMPLE.input).output[0]).toBeCloseTo(0.191, 12);
  });

  test('after one step at rate 0.05 the prediction is 0.255746', () => {
    const after = trainStep(network, ARTICLE_EXAMPLE, ARTICLE_LEARNING_RATE, 'half-squared-error');
    expect(forward(after, ARTICLE_EXAMPLE.input).output[0]).toBeCloseTo(0.255746, 6);
  });
});

describe('article 003 (XOR, sigmoid, biases)', () => {
  const network = xorNetwork(ARTICLE_003);

  test('for x = (0, 0) the hidden outputs are 0.2689 and 0.8808 and the output is 0.6063', () => {
    const trace = forward(network, [0, 0]);
    expect(trace.layers[0].outputs[0]).toBeCloseTo(0.2689, 4);
    expect(trace.layers[0].outputs[1]).toBeCloseTo(0.8808, 4);
    expect(trace.output[0]).toBeCloseTo(0.6063, 4);
  });

  test('one online step on x = (0, 0), t = 0 at rate 1 matches the chain rule written out by hand', () => {
    const h1 = sigmoid(-1);
    const h2 = sigmoid(2);
    const y = sigmoid(-3 * h1 - 2 * h2 + 3);
    const deltaOut = (y - 0) * y * (1 - y); // ∂E/∂z_out = (y − t) σ′
    const deltaH1 = -3 * deltaOut * h1 * (1 - h1);
    const deltaH2 = -2 * deltaOut * h2 * (1 - h2);
    const after = xorParameters(trainStep(network, XOR_EXAMPLES[0], ARTICLE_003_LEARNING_RATE, 'half-squared-error'));
    expect(after.W2[0][0]).toBeCloseTo(-3 - deltaOut * h1, 12);
    expect(after.W2[0][1]).toBeCloseTo(-2 - deltaOut * h2, 12);
    expect(after.b2[0]).toBeCloseTo(3 - deltaOut, 12);
    expect(after.b1[0]).toBeCloseTo(-1 - deltaH1, 12);
    expect(after.b1[1]).toBeCloseTo(2 - deltaH2, 12);
    expect(after.W1).toEqual([
      [-4, -4],
      [-1, 1],
    ]); // the inputs are 0, so ∂E/∂W1 = δ xᵀ = 0
  });

  test('one online step on x = (1, 0), t = 1 moves the first column of W1 by δ_hidden', () => {
    const h1 = sigmoid(-4 - 1);
    const h2 = sigmoid(-1 + 2);
    const y = sigmoid(-3 * h1 - 2 * h2 + 3);
    const deltaOut = (y - 1) * y * (1 - y);
    const after = xorParameters(trainStep(network, XOR_EXAMPLES[2], 1, 'half-squared-error'));
    expect(after.W1[0][0]).toBeCloseTo(-4 - -3 * deltaOut * h1 * (1 - h1), 12);
    expect(after.W1[1][0]).toBeCloseTo(-1 - -2 * deltaOut * h2 * (1 - h2), 12);
    expect(after.W1[0][1]).toBe(-4);
    expect(after.W1[1][1]).toBe(1);
  });

  test('the XOR examples follow the truth table', () => {
    expect(XOR_EXAMPLES.map((e) => [...e.input, ...e.target])).toEqual([
      [0, 0, 0],
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 0],
    ]);
  });
});

describe('Mazur 2-2-2 view (w1…w8, shared b1 and b2)', () => {
  const network = mazurNetwork(MAZUR_PRESET);

  test("the forward pass gives Mazur's outputs 0.75136507 and 0.772928465 and total error 0.298371109", () => {
    const output = forward(network, MAZUR_EXAMPLE.input).output;
    expect(output[0]).toBeCloseTo(0.75136507, 8);
    expect(output[1]).toBeCloseTo(0.772928465, 8);
    expect(lossOf(network, MAZUR_EXAMPLE, 'half-squared-error')).toBeCloseTo(0.298371109, 8);
  });

  test("one step at rate 0.5 from the original weights gives Mazur's w5 = 0.35891648 and w1 = 0.149780716", () => {
    const trace = forward(network, MAZUR_EXAMPLE.input);
    const g = mazurGradients(backward(network, trace, MAZUR_EXAMPLE.target, 'half-squared-error'));
    expect(MAZUR_PRESET.w5 - MAZUR_LEARNING_RATE * g.w5).toBeCloseTo(0.35891648, 8);
    expect(MAZUR_PRESET.w8 - MAZUR_LEARNING_RATE * g.w8).toBeCloseTo(0.561370121, 8);
    expect(MAZUR_PRESET.w1 - MAZUR_LEARNING_RATE * g.w1).toBeCloseTo(0.149780716, 8);
    expect(MAZUR_PRESET.w4 - MAZUR_LEARNING_RATE * g.w4).toBeCloseTo(0.29950229, 8);
  });

  test("the shared bias gradient is the sum of both neurons' deltas", () => {
    const gradients = backward(
      network,
      forward(network, MAZUR_EXAMPLE.input),
      MAZUR_EXAMPLE.target,
      'half-squared-error',
    );
    const named = mazurGradients(gradients);
    expect(named.b2).toBeCloseTo(gradients.layers[1].deltas[0] + gradients.layers[1].deltas[1], 15);
  });

  test('the view maps the names onto the matrices and back, and refuses unequal shared biases', () => {
    expect(network.layers[1].weights).toEqual([
      [0.4, 0.45],
      [0.5, 0.55],
    ]);
    expect(network.layers[0].biases).toEqual([0.35, 0.35]);
    expect(mazurWeights(network)).toEqual(MAZUR_PRESET);
    const stepped = trainStep(network, MAZUR_EXAMPLE, 0.5, 'half-squared-error');
    expect(() => mazurWeights(stepped)).toThrow(/shared bias/);
  });
});
