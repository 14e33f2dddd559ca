// Part II's 2-2-2 network with shared biases, against the published example's own worked figures and the chain
// rule written out here.
import { describe, expect, test } from 'vitest';
import { twoOutputs } from '../examples/two-outputs.ts';
import { quantitiesOf } from './quantities.ts';
import { runTo } from './runs.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const [i1, i2, t1, t2] = [0.05, 0.1, 0.01, 0.99];
const w = [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55];
const [b1, b2, eta] = [0.35, 0.6, 0.5];
const h1 = sigmoid(w[0] * i1 + w[1] * i2 + b1);
const h2 = sigmoid(w[2] * i1 + w[3] * i2 + b1);
const o1 = sigmoid(w[4] * h1 + w[5] * h2 + b2);
const o2 = sigmoid(w[6] * h1 + w[7] * h2 + b2);
const dO1 = (o1 - t1) * o1 * (1 - o1);
const dO2 = (o2 - t2) * o2 * (1 - o2);
const dH1 = (dO1 * w[4] + dO2 * w[6]) * h1 * (1 - h1);
const dH2 = (dO1 * w[5] + dO2 * w[7]) * h2 * (1 - h2);

describe('the 2-2-2 example with biases b1 and b2 shared by each layer', () => {
  const q = quantitiesOf(twoOutputs, twoOutputs.defaults);

  test('the published figures: h1 = 0.593269992, o1 = 0.75136507, o2 = 0.772928465, E = 0.298371109', () => {
    expect(q.h1).toBeCloseTo(0.593269992, 9);
    expect(q.o1).toBeCloseTo(0.75136507, 8);
    expect(q.o2).toBeCloseTo(0.772928465, 9);
    expect(q.E).toBeCloseTo(0.298371109, 9);
  });

  test('the published gradients: ∂E/∂w5 = 0.082167041 and ∂E/∂w1 = 0.000438568', () => {
    expect(q.grad_w5).toBeCloseTo(0.082167041, 9);
    expect(q.grad_w1).toBeCloseTo(0.000438568, 9);
    expect(q.delta_h1).toBeCloseTo(dH1, 12);
  });

  test("a shared bias collects its units' deltas: ∂E/∂b1 = δ_h1 + δ_h2, ∂E/∂b2 = δ_o1 + δ_o2, and moves once", () => {
    expect(q.grad_b1).toBeCloseTo(dH1 + dH2, 12);
    expect(q.grad_b2).toBeCloseTo(dO1 + dO2, 12);
    expect(q.next_b1).toBeCloseTo(b1 - eta * (dH1 + dH2), 12);
    expect(q.next_w7).toBeCloseTo(w[6] - eta * dO2 * h1, 12);
  });

  test('with biases fixed, as published, the biases keep their values and the weights still move', () => {
    const published = twoOutputs.presets.find((p) => p.id === 'published')?.setup ?? twoOutputs.defaults;
    const fixed = quantitiesOf(twoOutputs, published);
    expect(fixed.next_b1).toBe(b1);
    expect(fixed.change_b2).toBe(0);
    expect(fixed.grad_b2).toBeCloseTo(dO1 + dO2, 12);
    expect(fixed.next_w5).toBeCloseTo(0.35891648, 8); // the published new w5
  });

  test('training keeps the shared biases shared: both units of a layer hold the same bias after 20 steps', () => {
    const run = runTo(twoOutputs, twoOutputs.defaults, 20);
    const [hidden, output] = run.network.layers;
    expect(hidden.biases?.[0]).toBe(hidden.biases?.[1]);
    expect(output.biases?.[0]).toBe(output.biases?.[1]);
    expect(run.steps).toBe(20);
  });
});
