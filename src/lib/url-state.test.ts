import { describe, expect, test } from 'vitest';
import { workedExample } from '../examples/worked-example.ts';
import { builderExample } from '../examples/builder.ts';
import { twoOutputs } from '../examples/two-outputs.ts';
import { xorExample } from '../examples/xor.ts';
import { matrixKeys, parseMatrix } from './url-matrix.ts';
import { readStateFromQuery } from './url-read.ts';
import { queryFromState } from './url-state.ts';

const weightsOf = (search: string) =>
  readStateFromQuery(search, workedExample).state.setup.network.layers.map((l) => l.weights);

describe('reading Part I settings from the query string', () => {
  test('an empty query gives the article 000 defaults and no notice', () => {
    const { state, notices } = readStateFromQuery('', workedExample);
    expect(weightsOf('')).toEqual([
      [
        [0.12, 0.33],
        [0.15, 0.09],
      ],
      [[0.11, 0.12]],
    ]);
    expect(state.setup.examples).toEqual([{ input: [2, 3], target: [1] }]);
    expect(state.setup.learningRate).toBe(0.05);
    expect(state.steps).toBe(0);
    expect(notices).toEqual([]);
  });

  test('weights, learning rate, activation, steps and the target are read from their names', () => {
    const { state, notices } = readStateFromQuery('?w1=0.5&lr=0.1&activation=sigmoid&steps=50&t1=-2', workedExample);
    expect(state.setup.network.layers[0].weights[0][0]).toBe(0.5);
    expect(state.setup.learningRate).toBe(0.1);
    expect(state.setup.examples[0].target).toEqual([-2]);
    expect(state.setup.network.layers[0].activation).toBe('sigmoid');
    expect(state.setup.network.layers[1].activation).toBe('identity');
    expect(state.steps).toBe(50);
    expect(notices).toEqual([]);
  });

  test('linear is accepted as another name for identity, and a true minus sign as a minus', () => {
    expect(
      readStateFromQuery('?activation=linear&activation=relu&activation=linear', workedExample).state.setup.network
        .layers[0].activation,
    ).toBe('identity');
    expect(weightsOf('?w6=−0.5')[1][0][1]).toBe(-0.5);
  });

  test('hexadecimal and other non-decimal numbers are refused', () => {
    const { notices } = readStateFromQuery('?w1=0x10', workedExample);
    expect(notices).toEqual(['Ignored w1="0x10": not a number.']);
    expect(weightsOf('?w1=0x10')[0][0][0]).toBe(0.12);
  });

  test('unknown and invalid settings are ignored, each with a notice, and the rest still applies', () => {
    const { state, notices } = readStateFromQuery(
      '?w2=abc&foo=1&activation=<img src=x>&steps=-3&w3=0.7&lr=Infinity&i1=',
      workedExample,
    );
    expect(state.setup.network.layers[0].weights).toEqual([
      [0.12, 0.33],
      [0.7, 0.09],
    ]);
    expect(state.setup.learningRate).toBe(0.05);
    expect(state.setup.examples[0].input).toEqual([2, 3]);
    expect(state.setup.network.layers[0].activation).toBe('identity');
    expect(state.steps).toBe(0);
    expect(notices).toHaveLength(6);
    expect(notices[0]).toBe('Ignored w2="abc": not a number.');
    expect(notices[1]).toBe('Ignored "foo": this page has no such setting.');
  });

  test("a matrix key on a page in the articles' notation is unknown there", () => {
    expect(readStateFromQuery('?W1=1,2;3,4', workedExample).notices).toEqual([
      'Ignored "W1": this page has no such setting.',
    ]);
  });
});

describe('writing Part I settings', () => {
  const defaults = { setup: workedExample.defaults, steps: 0 };
  test('the defaults give an empty query', () => {
    expect(queryFromState(defaults, workedExample)).toBe('');
  });
  test('only what differs from the defaults is written, in a fixed order', () => {
    const state = readStateFromQuery('?steps=3&activation=relu&w5=0.2', workedExample).state;
    expect(queryFromState(state, workedExample)).toBe('?w5=0.2&activation=relu&steps=3');
  });
});

describe('matrix notation in the query string', () => {
  test('rows split by ";" and entries by ","', () => {
    expect(parseMatrix('-4,-4;-1,1')).toEqual([
      [-4, -4],
      [-1, 1],
    ]);
    expect(parseMatrix('1,x')).toBeNull();
  });

  test("article 003's link sets W1, b1, W2, b2 and the rate, and writes back the same keys", () => {
    const search = '?W1=-4,-4;-1,2&b1=-1,2&W2=-3,-2&b2=3&lr=0.5';
    const { state, notices } = readStateFromQuery(search, xorExample, matrixKeys);
    expect(notices).toEqual([]);
    const [hidden, output] = state.setup.network.layers;
    expect(hidden.weights).toEqual([
      [-4, -4],
      [-1, 2],
    ]);
    expect(output.biases).toEqual([3]);
    expect(state.setup.learningRate).toBe(0.5);
    expect(queryFromState(state, xorExample, matrixKeys)).toBe('?W1=-4,-4;-1,2&lr=0.5');
  });

  test('a matrix of the wrong size is ignored with a notice that says the size', () => {
    const { state, notices } = readStateFromQuery('?W2=1,2,3&b1=1', xorExample, matrixKeys);
    expect(state.setup.network.layers[1].weights).toEqual([[-3, -2]]);
    expect(notices).toEqual([
      'Ignored W2="1,2,3": W2 takes 1 rows of 2 numbers (rows separated by ";", entries by ",").',
      'Ignored b1="1": b1 takes 2 numbers (rows separated by ";", entries by ",").',
    ]);
  });

  test('the example shown is chosen by its inputs, x=1,0', () => {
    const { state } = readStateFromQuery('?x=1,0', xorExample, matrixKeys);
    expect(state.setup.example).toBe(2);
    expect(queryFromState(state, xorExample, matrixKeys)).toBe('?x=1,0');
    expect(readStateFromQuery('?x=2,2', xorExample, matrixKeys).notices[0]).toMatch(
      /^Ignored x="2,2": choose one of 0,0/,
    );
  });

  test('a page whose network has a fixed shape refuses shape=', () => {
    expect(readStateFromQuery('?shape=2-3-1', xorExample, matrixKeys).notices).toEqual([
      'Ignored "shape": this page\'s network has a fixed shape.',
    ]);
  });
});

describe('a start drawn from a seed', () => {
  test('seed=7 draws all nine of W1, b1, W2, b2 as whole numbers from −4 to 4 without 0, the same each time', () => {
    const { state, notices } = readStateFromQuery('?seed=7', xorExample, matrixKeys);
    expect(notices).toEqual([]);
    const values = state.setup.network.layers.flatMap((layer) => [...layer.weights.flat(), ...(layer.biases ?? [])]);
    expect(values).toHaveLength(9);
    for (const v of values) expect(Number.isInteger(v) && v !== 0 && Math.abs(v) <= 4).toBe(true);
    expect(readStateFromQuery('?seed=7', xorExample, matrixKeys).state.setup.network).toEqual(state.setup.network);
    expect(readStateFromQuery('?seed=8', xorExample, matrixKeys).state.setup.network).not.toEqual(state.setup.network);
    expect(queryFromState(state, xorExample, matrixKeys)).toBe('?seed=7');
  });

  test('an edit after the draw is written beside the seed; a bad seed gets a notice, on every page', () => {
    const drawn = readStateFromQuery('?seed=7&b2=0.5', xorExample, matrixKeys).state;
    expect(queryFromState(drawn, xorExample, matrixKeys)).toBe('?seed=7&b2=0.5');
    expect(readStateFromQuery('?seed=-1', xorExample, matrixKeys).notices[0]).toMatch(/^Ignored seed="-1"/);
    // Elsewhere seed= draws the exercises: it is kept, and a bad one gets a notice.
    expect(readStateFromQuery('?seed=1', workedExample).notices).toEqual([]);
    expect(readStateFromQuery('?seed=1.5', workedExample).notices).toEqual([
      'Ignored seed="1.5": a whole number from 0 to 2147483648 is expected.',
    ]);
  });
});

describe('a shuffled online order', () => {
  test('shuffle=3 is read and written back; off and bad values are handled', () => {
    const { state, notices } = readStateFromQuery('?shuffle=3', xorExample, matrixKeys);
    expect(notices).toEqual([]);
    expect(state.setup.shuffleSeed).toBe(3);
    expect(queryFromState(state, xorExample, matrixKeys)).toBe('?shuffle=3');
    expect(readStateFromQuery('?shuffle=x', xorExample, matrixKeys).notices[0]).toMatch(/^Ignored shuffle="x"/);
  });
});

describe("names from the URL are looked up among the page's own, never on a plain object", () => {
  const hostile = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
  test('data=, activation=, loss=, act= and x= with built-in object names are ignored with a notice', () => {
    for (const name of hostile) {
      const builder = readStateFromQuery(
        `?data=${name}&act=${name},${name},${name}&loss=${name}&mode=${name}&x=${name}`,
        builderExample,
        matrixKeys,
      );
      expect(builder.state.setup).toEqual(builderExample.defaults);
      expect(builder.notices).toHaveLength(5);
      expect(builder.notices[0]).toMatch(
        /^Ignored data=.*: choose xor, two-outputs, parabola, line, three-classes, circle, gaussians, spiral, xor-cloud, blobs\.$/,
      );
      const part2 = readStateFromQuery(`?activation=${name}&loss=${name}&${name}=1`, twoOutputs);
      expect(part2.state.setup).toEqual(twoOutputs.defaults);
      expect(part2.notices).toHaveLength(3);
    }
  });
});

describe('numbers from the URL are read as strictly as the fields read them', () => {
  test('hexadecimal, signs and exponents are refused in whole numbers: shape, steps, seed, shuffle', () => {
    const builder = readStateFromQuery('?shape=2-0x3-1&steps=0x10', builderExample, matrixKeys);
    expect(builder.state.setup).toEqual(builderExample.defaults);
    expect(builder.state.steps).toBe(0);
    expect(builder.notices).toHaveLength(2);
    expect(builder.notices[0]).toMatch(/^Ignored shape="2-0x3-1"/);
    for (const query of ['?seed=0x10', '?seed=1e1', '?seed=%2B5', '?shuffle=0x10', '?steps=1e1', '?steps=-0']) {
      const { state, notices } = readStateFromQuery(query, xorExample, matrixKeys);
      expect(state, query).toEqual({ setup: xorExample.defaults, steps: 0 });
      expect(notices, query).toHaveLength(1);
    }
    expect(readStateFromQuery('?steps=16&seed=7', xorExample, matrixKeys).state.steps).toBe(16);
  });

  test('"1,000" is refused (a thousands separator or a decimal comma?), while 0,5 is a decimal comma as in the fields', () => {
    expect(readStateFromQuery('?lr=1,000', workedExample).notices).toEqual(['Ignored lr="1,000": not a number.']);
    expect(readStateFromQuery('?lr=1,000', workedExample).state.setup.learningRate).toBe(0.05);
    expect(readStateFromQuery('?lr=0,5', workedExample).state.setup.learningRate).toBe(0.5);
  });

  test('a negative learning rate is refused with a notice, and the last good one kept', () => {
    const { state, notices } = readStateFromQuery('?lr=0.2&lr=-1', workedExample);
    expect(state.setup.learningRate).toBe(0.2);
    expect(notices).toEqual([
      'Ignored lr="-1": a learning rate is the size of a step down the error, from 0 up (a negative one climbs it).',
    ]);
    expect(readStateFromQuery('?lr=0', workedExample).state.setup.learningRate).toBe(0);
  });

  test('10,000 repeated or different unknown keys give one line each kind, not 10,000', () => {
    const repeated = readStateFromQuery(`?${'foo=1&'.repeat(10_000)}w1=0.5`, workedExample);
    expect(repeated.notices).toEqual(['Ignored "foo": this page has no such setting.']);
    expect(repeated.state.setup.network.layers[0].weights[0][0]).toBe(0.5);
    const many = readStateFromQuery(
      `?${Array.from({ length: 10_000 }, (_x, k) => `k${k}=1`).join('&')}&${'w2=x&'.repeat(50)}`,
      workedExample,
    );
    expect(many.notices).toEqual([
      'Ignored "k0", "k1", "k2", "k3", "k4" and 9995 more: this page has no such settings.',
      'Ignored w2="x": not a number. (50 times)',
    ]);
  });
});
