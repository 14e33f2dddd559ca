// The builder's start in the URL: init=zeros (every weight and bias 0) or init=xavier (seed 1's draw), strictly read.
import { describe, expect, test } from 'vitest';
import { builderExample } from '../examples/builder.ts';
import { xorExample } from '../examples/xor.ts';
import { matrixKeys } from './url-matrix.ts';
import { readStateFromQuery } from './url-read.ts';
import { queryFromState } from './url-state.ts';
import { runTo } from './runs.ts';

const read = (query: string, definition = builderExample) => readStateFromQuery(query, definition, matrixKeys);
const parameters = (setup: { network: { layers: { weights: number[][]; biases: number[] | null }[] } }) =>
  setup.network.layers.flatMap((layer) => [...layer.weights.flat(), ...(layer.biases ?? [])]);

describe('a zeros start from the URL', () => {
  test('init=zeros sets all 25 weights and biases of the 2-3-3-1 net to 0 and is written back alone', () => {
    const { state, notices } = read('?init=zeros');
    expect(notices).toEqual([]);
    expect(parameters(state.setup)).toEqual(new Array(25).fill(0));
    expect(queryFromState(state, builderExample, matrixKeys)).toBe('?init=zeros');
  });

  test('a new shape keeps the zeros; an edited weight is written beside init=zeros', () => {
    const { state } = read('?init=zeros&shape=2-4-1&W2=1,0,0,0');
    expect(state.setup.network.layers[0].weights).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(state.setup.network.layers[1].weights).toEqual([[1, 0, 0, 0]]);
    expect(queryFromState(state, builderExample, matrixKeys)).toBe(
      '?shape=2-4-1&act=tanh,sigmoid&init=zeros&W2=1,0,0,0',
    );
  });

  test('init=xavier is the default start; anything else is ignored with a notice, and so is init on a fixed network', () => {
    expect(read('?init=xavier').state.setup).toEqual(builderExample.defaults);
    expect(queryFromState(read('?init=xavier').state, builderExample, matrixKeys)).toBe('');
    const bad = read('?init=ones');
    expect(bad.notices).toEqual(['Ignored init="ones": xavier or zeros.']);
    expect(bad.state.setup.network).toEqual(builderExample.defaults.network);
    expect(read('?init=zeros', xorExample).notices).toEqual(['Ignored init="zeros": this page has no such setting.']);
  });

  test('from zeros with sigmoid hidden units, online, the 3 units of each hidden layer still have identical rows after 300 steps', () => {
    // Online: in batch the four XOR examples' output deltas (½ − t)·¼ cancel exactly and nothing moves at all.
    const { state } = read('?init=zeros&act=sigmoid,sigmoid,sigmoid&mode=online');
    const trained = runTo(builderExample, state.setup, 300).network;
    for (const layer of trained.layers.slice(0, 2)) {
      const rows = layer.weights.map((row, j) => [...row, layer.biases![j]]);
      for (const row of rows) expect(row).toEqual(rows[0]);
    }
    // They did move: the symmetry, not a lack of training, keeps them equal.
    expect(trained.layers[1].weights[0].some((w) => w !== 0)).toBe(true);
  });
});
