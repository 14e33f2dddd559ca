// lock= held against every way the page writes a setup: Reset (the defaults), a preset, a seeded start, the builder's
// shape, data set and biases. The values expected are the link's, written here.
import { describe, expect, it } from 'vitest';
import { seededNetwork } from '../engine/index.ts';
import { examples } from '../examples/index.ts';
import type { Setup } from '../examples/types.ts';
import { holdLocked } from './locks.ts';
import { matrixKeys } from './url-matrix.ts';
import { readStateFromQuery } from './url-read.ts';

const part1 = examples['worked-example'];
const linked = (query: string, definition = part1): Setup =>
  readStateFromQuery(
    query,
    definition,
    definition.notation.kind === 'matrix' || definition.controls.shape ? matrixKeys : undefined,
  ).state.setup;

describe('a lock holds', () => {
  it('against Reset and every preset: w1, i1 and η keep the link’s values, the rest follows the button', () => {
    const held = linked('?w1=0.7&i1=4&lr=0.3&w2=0.9');
    for (const next of [part1.defaults, ...part1.presets.map((p) => p.setup)]) {
      const kept = holdLocked(part1, ['w1', 'i1', 'lr'], held, next);
      expect(kept.network.layers[0].weights[0][0]).toBe(0.7);
      expect(kept.examples[0].input[0]).toBe(4);
      expect(kept.learningRate).toBe(0.3);
      expect(kept.network.layers[0].weights[0][1]).toBe(next.network.layers[0].weights[0][1]);
    }
  });
  it('keeps the setup itself when nothing locked changed (a training step keeps its cached run)', () => {
    const held = linked('?w1=0.7');
    const next = { ...held, learningRate: 0.2 };
    expect(holdLocked(part1, ['w1'], held, next)).toBe(next);
  });
  it('against Part III’s seeded start: a locked weight stays, and a locked seed keeps the whole start', () => {
    const xor = examples.xor;
    const held = linked('?W1=-4,-4;-1,1&b1=-1,2&W2=-3,-2&b2=3', xor);
    const drawn = { ...held, startSeed: 9, network: seededNetwork(xor.defaults.network, xor.controls.seededStart!, 9) };
    expect(holdLocked(xor, ['W1_1_2'], held, drawn).network.layers[0].weights[0][1]).toBe(-4);
    expect(holdLocked(xor, ['W1_1_2'], held, drawn).network.layers[1].weights[0][0]).toBe(
      drawn.network.layers[1].weights[0][0],
    );
    const seedHeld = holdLocked(xor, ['seed'], held, drawn);
    expect(seedHeld.network.layers[1].weights[0]).toEqual([-3, -2]);
    expect(seedHeld.startSeed).toBe(held.startSeed);
  });
  it('against the builder: a locked shape, data set or biases switch keeps the network the link gave', () => {
    const builder = examples.builder;
    const held = linked('?shape=2-3-1&W1=0.5,0.1;0.2,0.3;-0.4,0.6', builder);
    const wider = linked('?shape=2-5-1', builder);
    expect(holdLocked(builder, ['shape'], held, wider).network.layers[0].weights).toHaveLength(3);
    expect(holdLocked(builder, ['units in layer 1'], held, wider).network.layers[0].weights[2]).toEqual([-0.4, 0.6]);
    // A locked weight survives a new layer size where its slot still exists.
    expect(holdLocked(builder, ['W1_1_1'], held, wider).network.layers[0].weights[0][0]).toBe(0.5);
    const noBiases = linked('?shape=2-3-1&biases=off', builder);
    expect(holdLocked(builder, ['biases'], held, noBiases).network.layers[0].biases).not.toBeNull();
    const parabola = linked('?data=parabola', builder);
    const kept = holdLocked(builder, ['data set'], held, parabola);
    expect(kept.dataSet).toBe(held.dataSet);
    expect(kept.examples[0].input).toHaveLength(2);
    expect(kept.network.layers[0].weights[0]).toHaveLength(2);
  });
  it('holds activation, loss, mode and the example shown by their labels', () => {
    const xor = examples.xor;
    const held = linked('?mode=batch&x=1,0', xor);
    const next = { ...xor.defaults, mode: 'online' as const, example: 0 };
    const kept = holdLocked(xor, ['mode', 'example'], held, next);
    expect(kept.mode).toBe('batch');
    expect(kept.examples[kept.example].input).toEqual([1, 0]);
    const act = holdLocked(part1, ['activation'], linked('?activation=sigmoid'), part1.defaults);
    expect(act.network.layers[0].activation).toBe('sigmoid');
  });
});
