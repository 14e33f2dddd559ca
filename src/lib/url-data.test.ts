import { describe, expect, test } from 'vitest';
import { builderExample } from '../examples/builder.ts';
import { matrixKeys } from './url-matrix.ts';
import { withDataKeys } from './url-data.ts';
import { readStateFromQuery } from './url-read.ts';
import { queryFromState } from './url-state.ts';

const keys = withDataKeys(matrixKeys);
const read = (query: string) => readStateFromQuery(query, builderExample, keys);

describe("the builder's data keys in a link", () => {
  test('data=circle&dataSeed=3&noise=0.2&test=0.3 holds out 24 of 80 points and writes back the same link', () => {
    const { state, notices } = read('?data=circle&dataSeed=3&noise=0.2&test=0.3');
    expect(notices).toEqual([]);
    expect(state.setup.draw).toEqual({ seed: 3, noise: 0.2, test: 0.3 });
    expect(state.setup.examples).toHaveLength(56);
    expect(state.setup.testExamples).toHaveLength(24);
    expect(queryFromState(state, builderExample, keys)).toBe('?data=circle&dataSeed=3&noise=0.2&test=0.3');
    expect(read(queryFromState(state, builderExample, keys)).state).toEqual(state);
  });

  test('a draw key out of range or on a set that is not drawn is refused with a notice, the rest still applies', () => {
    const { state, notices } = read('?data=spiral&noise=2&test=-0.1&dataSeed=0x1');
    expect(state.setup.draw).toEqual({ seed: 1, noise: 0.1, test: 0.25 });
    expect(notices).toEqual([
      'Ignored dataSeed="0x1": a whole number from 0 to 2147483648 is expected.',
      'Ignored noise="2": the noise added to each coordinate, a number from 0 to 0.5.',
      'Ignored test="-0.1": the share of points held out for testing, a number from 0 to 0.9.',
    ]);
    expect(read('?noise=0.2').notices[0]).toMatch(
      /^Ignored noise: the data set "xor" is not drawn from a seed; choose data= circle, gaussians, spiral, xor-cloud, blobs\.$/,
    );
  });

  test('points= gives own points, all for training, with three outputs for three classes; bad points are named and skipped', () => {
    const { state, notices } = read('?points=0.5,0.5,0;-0.5,0.25,2;bad,0,1;0,1,1');
    expect(notices).toEqual(['Point 3 of points=: x1 = "bad" is not a number; skipped.']);
    expect(state.setup.dataSet).toBe('own');
    expect(state.setup.examples).toEqual([
      { input: [0.5, 0.5], target: [1, 0, 0] },
      { input: [-0.5, 0.25], target: [0, 0, 1] },
      { input: [0, 1], target: [0, 1, 0] },
    ]);
    expect(state.setup.testExamples).toBeUndefined();
    expect(state.setup.network.layers.at(-1)!.weights).toHaveLength(3);
    const query = queryFromState(state, builderExample, keys);
    expect(query).toBe('?shape=2-3-3-3&points=0.5,0.5,0;-0.5,0.25,2;0,1,1');
    expect(read(query)).toEqual({ state, notices: [] });
  });

  test('points too long for a link stay out of it, and the rest of the setup is still written', () => {
    const long = Array.from({ length: 300 }, (_x, k) => `${(k / 300).toFixed(6)},0.5,${k % 2}`).join(';');
    const { state } = read(`?points=${long}&lr=0.3`);
    expect(state.setup.examples).toHaveLength(300);
    expect(queryFromState(state, builderExample, keys)).toBe('?lr=0.3');
  });

  test('the three-class set starts with a softmax output of three units and cross-entropy; another set hands the output back to sigmoid', () => {
    const { state, notices } = read('?data=blobs');
    expect(notices).toEqual([]);
    expect(state.setup.loss).toBe('cross-entropy');
    const output = state.setup.network.layers.at(-1)!;
    expect([output.activation, output.weights.length]).toEqual(['softmax', 3]);
    const r = { setup: state.setup, notices: [] as string[] };
    keys.readStructure(builderExample, new URLSearchParams({ data: 'circle' }), r);
    expect(r.setup.network.layers.at(-1)!.activation).toBe('sigmoid');
    expect(r.setup.loss).toBe('half-squared-error');
  });
});
