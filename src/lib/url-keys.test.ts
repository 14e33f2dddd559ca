import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builderExample } from '../examples/builder.ts';
import { twoOutputs } from '../examples/two-outputs.ts';
import { workedExample } from '../examples/worked-example.ts';
import { xorExample } from '../examples/xor.ts';
import { withAssignment, withKey } from './url-assignment.ts';
import { STRUCTURE_KEYS, URL_KEYS, assignmentOf, urlKeyOf, wordsOfKeys } from './url-keys.ts';
import { matrixKeys } from './url-matrix.ts';
import { readLink, readStateFromQuery } from './url-read.ts';

describe('the table of URL keys', () => {
  test("every key of the table is in the README's URL contract, as `key=` or `key`", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const missing = Object.keys(URL_KEYS)
      .map((key) => key.replace('{l}', '1'))
      .filter((key) => !readme.includes(`${key}=`) && !readme.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });

  // A value for each key that the README gives as valid; the reader must know every setup and structure key of the
  // table on the page that offers it, and none gives a notice.
  const valid: Record<string, [typeof builderExample, string]> = {
    data: [builderExample, 'parabola'],
    shape: [builderExample, '2-3-1'],
    act: [builderExample, 'tanh,tanh,sigmoid'],
    biases: [builderExample, 'off'],
    init: [builderExample, 'zeros'],
    dataSeed: [builderExample, '3&data=circle'],
    noise: [builderExample, '0.2&data=circle'],
    test: [builderExample, '0.3&data=circle'],
    points: [builderExample, '0.5,0.5,1;-0.5,0.25,0'],
    'W{l}': [xorExample, '1,2;3,4'],
    'b{l}': [xorExample, '1,2'],
    lr: [workedExample, '0.1'],
    activation: [workedExample, 'tanh'],
    loss: [twoOutputs, 'mean-squared-error'],
    mode: [xorExample, 'batch'],
    shuffle: [xorExample, '3'],
    x: [xorExample, '0,1'],
    trainBiases: [twoOutputs, 'off'],
    steps: [workedExample, '5'],
    lock: [workedExample, 'w1'],
    hide: [workedExample, 'presets'],
    quiz: [workedExample, 'o1'],
    seed: [workedExample, '12'],
    embed: [workedExample, 'figure-network-diagram'],
  };

  test('each key of the table, with a valid value on a page that offers it, is read without a notice', async () => {
    expect(Object.keys(valid).sort()).toEqual(Object.keys(URL_KEYS).sort());
    for (const [key, [definition, value]] of Object.entries(valid)) {
      const extra = definition.notation.kind === 'matrix' || definition.controls.shape ? matrixKeys : undefined;
      const { notices } = await readLink(`?${key.replace('{l}', '1')}=${value}`, { definition, urlKeys: extra });
      expect([key, notices]).toEqual([key, []]);
    }
  });

  // Words written here, not taken from the reader: what each kind of value says when a value is not of that kind.
  const kindWords: Record<string, RegExp> = {
    number: /: (not a number|.+, a number from \d+(\.\d+)? to \d+(\.\d+)?)\.$/,
    whole: /a whole number from 0 to \d+( is expected|\) or off)\.$/,
    switch: /: on or off\.$/,
  };

  test('each number, whole-number and on|off key of the table refuses a value of another kind in the words of its kind', async () => {
    const kinds = Object.entries(URL_KEYS).filter(([, row]) => row.kind in kindWords);
    expect(kinds.map(([key]) => key).sort()).toEqual([
      'biases',
      'dataSeed',
      'lr',
      'noise',
      'seed',
      'shuffle',
      'steps',
      'test',
      'trainBiases',
    ]);
    for (const [key, row] of kinds) {
      const [definition, value] = valid[key];
      const extra = definition.notation.kind === 'matrix' || definition.controls.shape ? matrixKeys : undefined;
      // A draw key needs its data set after it (dataSeed=3&data=circle): the wrong value replaces only the first.
      const query = `?${key}=1.5x${value.replace(/^[^&]*/, '')}`;
      const { notices } = await readLink(query, { definition, urlKeys: extra });
      expect([key, notices]).toEqual([key, [expect.stringMatching(kindWords[row.kind])]]);
      expect(notices[0].startsWith(`Ignored ${key}="1.5x"`)).toBe(true);
    }
  });

  test('a number in a range refuses a value out of it, naming what it is and the range; a whole number its limit', async () => {
    const builder = await readLink('?noise=0.7&data=circle', { definition: builderExample, urlKeys: matrixKeys });
    expect(builder.notices).toEqual([
      'Ignored noise="0.7": the noise added to each coordinate, a number from 0 to 0.5.',
    ]);
    expect(readStateFromQuery('?steps=10001', workedExample).notices).toEqual([
      'Ignored steps="10001": a whole number from 0 to 10000 is expected.',
    ]);
  });

  test('a choice refuses a name the page does not offer, listing the names, or in the words its row gives', () => {
    expect(readStateFromQuery('?loss=huber', twoOutputs).notices).toEqual([
      'Ignored loss="huber": choose half-squared-error, mean-squared-error.',
    ]);
    expect(readStateFromQuery('?mode=both', xorExample, matrixKeys).notices).toEqual([
      'Ignored mode="both": online or batch.',
    ]);
    expect(readStateFromQuery('?mode=batch', workedExample).notices).toEqual([
      'Ignored "mode": this page has no such setting.',
    ]);
    expect(readStateFromQuery('?mode=batch', xorExample, matrixKeys).state.setup.mode).toBe('batch');
  });

  test('the matrix reader reads first the keys that the table marks as structure, and no other', () => {
    expect([...matrixKeys.structure].sort()).toEqual([...STRUCTURE_KEYS].sort());
  });

  test('a key the table does not have is unknown to the reader', () => {
    expect(readStateFromQuery('?speed=3', workedExample).notices).toEqual([
      'Ignored "speed": this page has no such setting.',
    ]);
  });

  test("the printed setup has words for lr, trainBiases, act, x and the builder's start and data (any other key is named as itself)", () => {
    expect(wordsOfKeys()).toEqual({
      lr: 'learning rate',
      trainBiases: 'train biases',
      act: 'activations',
      x: 'example shown',
      init: 'start',
      dataSeed: 'data seed',
      test: 'test share',
      points: 'own points',
    });
  });

  test('the notation page names the key that sets a quantity: its symbol, its matrix, x, lr, or none', () => {
    expect(['w1', 'i2', 't1', 'o1', 'lr'].map((name) => urlKeyOf(workedExample, name))).toEqual([
      'w1',
      'i2',
      't1',
      null,
      'lr',
    ]);
    expect(['W2_1_2', 'b1_2', 'x1', 'a2_1'].map((name) => urlKeyOf(xorExample, name))).toEqual([
      'W2',
      'b1',
      'x (the example shown)',
      null,
    ]);
  });
});

describe('an assignment is structured data, written out in one place', () => {
  test('the page keys of a link are kept in order, repeated ones too, and the setup keys left out', () => {
    expect(assignmentOf('?w1=0.5&lock=w1,lr&hide=presets&quiz=o1&lock=lr&seed=3', workedExample)).toEqual([
      ['lock', 'w1,lr'],
      ['hide', 'presets'],
      ['quiz', 'o1'],
      ['lock', 'lr'],
      ['seed', '3'],
    ]);
  });

  test('where seed= draws the start (Part III), the setup writes the seed and the assignment leaves it out', () => {
    expect(assignmentOf('?seed=3&lock=lr', xorExample)).toEqual([['lock', 'lr']]);
  });

  test("written after the setup's query, or alone, with commas left readable and anything else escaped", () => {
    expect(
      withAssignment('?w1=0.5', [
        ['lock', 'w1,lr'],
        ['seed', '3'],
      ]),
    ).toBe('?w1=0.5&lock=w1,lr&seed=3');
    expect(withAssignment('', [['quiz', 'o1,E']])).toBe('?quiz=o1,E');
    expect(withAssignment('?w1=0.5', [])).toBe('?w1=0.5');
    expect(withAssignment('', [['hide', 'a&b=c']])).toBe('?hide=a%26b%3Dc');
  });

  test('setting a key replaces every earlier value of it; leaving out the value drops it', () => {
    const assignment = assignmentOf('?seed=3&lock=w1&seed=4');
    expect(withKey(assignment, 'seed', '9')).toEqual([
      ['lock', 'w1'],
      ['seed', '9'],
    ]);
    expect(withKey(assignment, 'seed')).toEqual([['lock', 'w1']]);
  });
});
