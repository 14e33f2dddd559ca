import { describe, expect, test } from 'vitest';
import { activations, createRng, forward, initNetwork, losses, validateNetwork, type Network } from './index.ts';

describe('activations', () => {
  test('each derivative matches the slope of its activation by central differences', () => {
    for (const [name, f] of Object.entries(activations)) {
      for (const z of [-2.5, -0.7, 0.3, 1.9]) {
        const slope = (f.apply(z + 1e-6) - f.apply(z - 1e-6)) / 2e-6;
        expect(Math.abs(f.derivative(z) - slope), name).toBeLessThan(1e-8);
      }
    }
  });

  test('sigmoid(0) is ½ with slope ¼, tanh(0) is 0 with slope 1, ReLU has slope 0 at z ≤ 0', () => {
    expect(activations.sigmoid.apply(0)).toBe(0.5);
    expect(activations.sigmoid.derivative(0)).toBe(0.25);
    expect(activations.tanh.derivative(0)).toBe(1);
    expect(activations.relu.derivative(0)).toBe(0);
    expect(activations.relu.derivative(-1)).toBe(0);
    expect(activations.relu.apply(-3)).toBe(0);
  });
});

describe('losses', () => {
  test('half-squared-error of outputs (1, 3) against targets (0, 1) is ½(1² + 2²) = 2.5 with gradient (1, 2)', () => {
    expect(losses['half-squared-error'].value([1, 3], [0, 1])).toBe(2.5);
    expect(losses['half-squared-error'].derivative([1, 3], [0, 1])).toEqual([1, 2]);
  });

  test('mean-squared-error of outputs (1, 3) against targets (0, 1) is (1² + 2²)/2 = 2.5 with gradient (2·1/2, 2·2/2)', () => {
    expect(losses['mean-squared-error'].value([1, 3], [0, 1])).toBe(2.5);
    expect(losses['mean-squared-error'].derivative([1, 3], [0, 1])).toEqual([1, 2]);
    expect(losses['mean-squared-error'].value([1, 3, 0], [0, 1, 0])).toBeCloseTo(5 / 3, 15);
  });
});

describe('seeded randomness', () => {
  test('the same seed gives the same numbers, in [0, 1)', () => {
    const a = createRng(42);
    const b = createRng(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(draws.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });

  test('seeded init is deterministic: same seed, same network; different seed, different network', () => {
    const make = (seed: number) => initNetwork([2, 8, 8, 1], ['tanh', 'tanh', 'identity'], { seed, bias: true });
    expect(make(7)).toEqual(make(7));
    expect(make(7)).not.toEqual(make(8));
  });

  test('init draws weights within ±scale, gives zero biases, or none when bias is false', () => {
    const network = initNetwork([3, 4, 2], ['relu', 'sigmoid'], { seed: 1, bias: true, scale: 0.1 });
    expect(network.layers.map((l) => [l.weights.length, l.weights[0].length])).toEqual([
      [4, 3],
      [2, 4],
    ]);
    expect(network.layers.flatMap((l) => l.weights.flat()).every((w) => Math.abs(w) <= 0.1)).toBe(true);
    expect(network.layers[0].biases).toEqual([0, 0, 0, 0]);
    expect(initNetwork([3, 1], ['identity'], { seed: 1, bias: false }).layers[0].biases).toBeNull();
  });

  test('init refuses a shape and activation list that do not match', () => {
    expect(() => initNetwork([2, 3, 1], ['tanh'], { seed: 1, bias: true })).toThrow(/2 layers but 1 activations/);
  });
});

describe('validation', () => {
  const network: Network = {
    layers: [
      {
        weights: [
          [1, 2],
          [3, 4],
        ],
        biases: null,
        activation: 'identity',
      },
    ],
  };

  test('forward refuses an input of the wrong length with a clear message', () => {
    expect(() => forward(network, [1, 2, 3])).toThrow(/has 2 weights but receives 3 inputs/);
  });

  test('validateNetwork refuses layers whose shapes do not chain, and biases of the wrong length', () => {
    const broken: Network = { layers: [...network.layers, { weights: [[1, 2, 3]], biases: null, activation: 'relu' }] };
    expect(() => validateNetwork(broken)).toThrow(/Layer 1, neuron 0 has 3 weights but receives 2 inputs/);
    const badBias: Network = { layers: [{ ...network.layers[0], biases: [1] }] };
    expect(() => validateNetwork(badBias)).toThrow(/1 biases for 2 neurons/);
  });
});
