import { describe, expect, test } from 'vitest';
import { MAX_OWN_POINTS, classCount, examplesOf, readCsv, readPointsKey, writePoints } from './own-data.ts';

describe("reading a reader's own points", () => {
  test('CSV with a header and blank lines gives its points in order', () => {
    expect(readCsv('x1,x2,label\n0.5, -1, 1\n\n-0.25,0.75,0\r\n')).toEqual({
      points: [
        [0.5, -1, 1],
        [-0.25, 0.75, 0],
      ],
      problems: [],
    });
  });

  test('bad rows are named by their line and skipped, and every good row is kept', () => {
    const read = readCsv('x1,x2,label\n0.1,0.2,1\nabc,0.2,0\n0.3,0.4\n0.5,0.6,3\n11,0,1\n0.7,0.8,0');
    expect(read.points).toEqual([
      [0.1, 0.2, 1],
      [0.7, 0.8, 0],
    ]);
    expect(read.problems).toEqual([
      'Line 3: x1 = "abc" is not a number; skipped.',
      'Line 4: 2 values where x1, x2 and a label are expected; skipped.',
      'Line 5: the label "3" is not a class (0, 1, 2); skipped.',
      'Line 6: x1 = 11 is outside −10 to 10; skipped.',
    ]);
  });

  test('values split by semicolons may use a decimal comma', () => {
    expect(readCsv('0,5;−1,25;2').points).toEqual([[0.5, -1.25, 2]]);
  });

  test('points written for a link read back the same, and a bad point there is named', () => {
    const points: [number, number, number][] = [
      [0.12, -0.5, 1],
      [1e-7, 3, 0],
      [-2.125, 0, 2],
    ];
    expect(readPointsKey(writePoints(points))).toEqual({ points, problems: [] });
    expect(readPointsKey('0.1,0.2,1;x,0,0').problems).toEqual([
      'Point 2 of points=: x1 = "x" is not a number; skipped.',
    ]);
  });

  test(`past ${MAX_OWN_POINTS} points the rest are skipped with a message`, () => {
    const text = Array.from({ length: MAX_OWN_POINTS + 5 }, (_x, k) => `${k / 100},0,${k % 2}`).join('\n');
    const read = readCsv(text);
    expect(read.points).toHaveLength(MAX_OWN_POINTS);
    expect(read.problems).toEqual([
      `5 points after the first ${MAX_OWN_POINTS} skipped: a page trains at most ${MAX_OWN_POINTS} live.`,
    ]);
  });

  test('two classes give one target (the class), three give one-hot targets', () => {
    expect(
      examplesOf([
        [0, 1, 1],
        [2, 3, 0],
      ]),
    ).toEqual([
      { input: [0, 1], target: [1] },
      { input: [2, 3], target: [0] },
    ]);
    expect(
      examplesOf([
        [0, 1, 2],
        [2, 3, 0],
      ]),
    ).toEqual([
      { input: [0, 1], target: [0, 0, 1] },
      { input: [2, 3], target: [1, 0, 0] },
    ]);
    expect(classCount([[0, 0, 0]])).toBe(2);
  });
});
