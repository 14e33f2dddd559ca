import { describe, expect, it } from 'vitest';
import { chapterExercises } from '../examples/exercises.ts';
import { examples } from '../examples/index.ts';
import { answerKey, handout, linkForSeed, parseSeeds } from './answer-key.ts';
import { exerciseSet } from './exercises.ts';

const part1 = examples['worked-example'];
const list = chapterExercises['part-1/forward-pass'];

describe('the seeds of a key', () => {
  it('reads ranges and lists, once each, and says what is wrong otherwise', () => {
    expect(parseSeeds('1-3, 7 3')).toEqual({ seeds: [1, 2, 3, 7] });
    expect(parseSeeds('5–6')).toEqual({ seeds: [5, 6] });
    expect(parseSeeds('x')).toEqual({ error: '“x” is not a seed or a range of seeds like 1-30.' });
    expect(parseSeeds('9-2')).toHaveProperty('error');
    expect(parseSeeds('1-1000')).toEqual({ error: 'At most 200 seeds at a time.' });
    expect(parseSeeds(' ')).toHaveProperty('error');
  });
  it('puts each seed in the link, every other key kept', () => {
    expect(linkForSeed('https://x.org/part-1/forward-pass/?w1=0.5&quiz=o1,E&seed=3', 12)).toBe(
      'https://x.org/part-1/forward-pass/?w1=0.5&quiz=o1,E&seed=12',
    );
  });
});

describe('an answer key', () => {
  it('gives one line per seed with the setup, the exercises’ answers and the quiz’s, from arithmetic written here', () => {
    const key = answerKey(part1, list, 'https://x.org/part-1/forward-pass/?w5=0.2&quiz=o1', [4, 9]);
    expect(key.map((line) => line.seed)).toEqual([4, 9]);
    // Part I's defaults with w5 = 0.2: o1 = (2·0.12 + 3·0.33)·0.2 + (2·0.15 + 3·0.09)·0.12.
    expect(key[0].quiz).toEqual([
      `o1 = ${((2 * 0.12 + 3 * 0.33) * 0.2 + (2 * 0.15 + 3 * 0.09) * 0.12).toFixed(6).replace(/0+$/, '')}`,
    ]);
    const set = exerciseSet(part1, list, 9);
    const g = Object.fromEntries(set.given.flatMap((x) => (x.value === undefined ? [] : [[x.name, x.value]])));
    expect(key[1].setup).toContain(`w1 = ${set.given.find((x) => x.name === 'w1')?.text}`);
    const h1 = g.w1 * g.i1 + g.w2 * g.i2;
    expect(key[1].exercises[0]).toBe(`1. ${h1.toFixed(6).replace(/\.?0+$/, '')}`);
  });
  it('gives a handout sheet per seed with its own link and the questions, no answers', () => {
    const sheets = handout(part1, list, 'https://x.org/part-1/forward-pass/?lock=w1', [2, 3]);
    expect(sheets[1].link).toBe('https://x.org/part-1/forward-pass/?lock=w1&seed=3');
    expect(sheets[0].questions).toHaveLength(list.length);
    expect(JSON.stringify(sheets)).not.toContain(String(exerciseSet(part1, list, 2).exercises[0].answer));
  });
});
