// An instructor's answer key and handout, computed in the browser from the assignment link and a list of seeds:
// one line per seed with the setup and every answer (the exercises', and the quiz's at the setup that seed's link
// opens), and a questions-only sheet per seed with a name line and the link printed as text. Nothing is stored.
import type { ExerciseDefinition } from '../examples/exercises.ts';
import type { ExampleDefinition } from '../examples/types.ts';
import { derivationsOf } from './derivations/index.ts';
import { exerciseSet, type Given } from './exercises.ts';
import { formatNumber } from './format.ts';
import { viewOf } from './runs.ts';
import { readStateFromQuery } from './url-read.ts';
import type { ExtraKeys } from './url-state.ts';

/** How many seeds one key or handout may hold. */
const MAX_SEEDS = 200;

/** Seeds from "1-30, 45 52": whole numbers and ranges, in order, once each; or what is wrong with the text. */
export function parseSeeds(text: string): { seeds: number[] } | { error: string } {
  const seeds: number[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const range = /^(\d{1,10})(?:\s*[-–]\s*(\d{1,10}))?$/.exec(part);
    const from = Number(range?.[1]);
    const to = Number(range?.[2] ?? range?.[1]);
    if (!range || from > 2 ** 31 || to > 2 ** 31 || to < from)
      return { error: `“${part.slice(0, 24)}” is not a seed or a range of seeds like 1-30.` };
    if (seeds.length + (to - from + 1) > MAX_SEEDS) return { error: `At most ${MAX_SEEDS} seeds at a time.` };
    for (let seed = from; seed <= to; seed++) seeds.push(seed);
  }
  const unique = [...new Set(seeds)];
  return unique.length > 0 ? { seeds: unique } : { error: 'Give at least one seed, like 1-30.' };
}

/** The link for one seed: the assignment link with its seed= replaced. */
export function linkForSeed(link: string, seed: number): string {
  const url = new URL(link);
  url.searchParams.set('seed', String(seed));
  return `${url.origin}${url.pathname}?${url.searchParams.toString().replaceAll('%2C', ',').replaceAll('%3B', ';')}`;
}

/** The drawn setup in one line: "i1 = 2.1, t1 = 0.7, w1 = 0.15, …". */
const setupLine = (given: Given[]): string => given.map((g) => `${g.label} = ${g.text}`).join(', ');

/** One seed of an answer key: the exercises' setup and answers, and the quiz's answers at that seed's link. */
export type KeyLine = { seed: number; setup: string; exercises: string[]; quiz: string[] };

/** The answer key for `seeds`: what each student's link asks, with every answer to full shown precision. */
export function answerKey(
  definition: ExampleDefinition,
  list: readonly ExerciseDefinition[],
  link: string,
  seeds: number[],
  extra?: ExtraKeys,
): KeyLine[] {
  const quiz = (new URL(link).searchParams.get('quiz') ?? '').split(',').filter(Boolean);
  return seeds.map((seed) => {
    const set = exerciseSet(definition, list, seed, extra);
    const exercises = set.exercises.map((e, k) => `${k + 1}. ${formatNumber(e.answer, Math.max(e.decimals, 6))}`);
    let answers: string[] = [];
    if (quiz.length > 0) {
      const { state } = readStateFromQuery(new URL(linkForSeed(link, seed)).search, definition, extra);
      const view = viewOf(definition, state);
      const all = derivationsOf(definition, { ...state.setup, network: view.network });
      answers = quiz
        .filter((name) => name in view.quantities)
        .map((name) => `${all.get(name)?.symbol ?? name} = ${formatNumber(view.quantities[name], 6)}`);
    }
    return { seed, setup: setupLine(set.given), exercises, quiz: answers };
  });
}

/** One student's sheet: the link to open, the setup and the questions, no answers. */
export type HandoutSheet = { seed: number; link: string; setup: string; questions: string[] };

/** The handout for `seeds`: one sheet per seed. */
export function handout(
  definition: ExampleDefinition,
  list: readonly ExerciseDefinition[],
  link: string,
  seeds: number[],
  extra?: ExtraKeys,
): HandoutSheet[] {
  return seeds.map((seed) => {
    const set = exerciseSet(definition, list, seed, extra);
    return {
      seed,
      link: linkForSeed(link, seed),
      setup: setupLine(set.given),
      questions: set.exercises.map((e) => e.prompt),
    };
  });
}
