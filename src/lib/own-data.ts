// A reader's own points: read from CSV text (x1,x2,label, one point a line) or from a link's points= (points split
// by ";", values by ","), written back the same ways. Reading never trusts the text: a bad row is named, with why,
// and skipped, and every good row is kept.
import type { Example } from '../engine/index.ts';
import { classOf, exampleOf, type LabelledPoint } from '../examples/planar-data.ts';
import { formatNumber, parseNumber, parseWholeNumber } from './format.ts';

/** The most points own data hold: enough to draw a shape, few enough to train live. */
export const MAX_OWN_POINTS = 400;
/** Labels run from 0 to MAX_CLASSES − 1. */
const MAX_CLASSES = 3;
/** The largest coordinate, either sign: the map spans every point, and a far point would shrink the rest to a dot. */
const MAX_COORDINATE = 10;
/** The longest points= a link carries (characters); longer data stay on the page, and the link says the rest. */
export const MAX_POINTS_IN_LINK = 2000;

/** Points read, and one line for every row that was skipped. */
export type PointsRead = { points: LabelledPoint[]; problems: string[] };

/** A value as the reader wrote it, shortened, in quotes (messages are text, never HTML). */
const quoted = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** One row's values as a point, or why they are not one. */
function pointOf(cells: string[]): LabelledPoint | string {
  if (cells.length !== 3)
    return `${cells.length} value${cells.length === 1 ? '' : 's'} where x1, x2 and a label are expected`;
  const [x1, x2] = [parseNumber(cells[0]), parseNumber(cells[1])];
  const label = parseWholeNumber(cells[2], 0, MAX_CLASSES - 1);
  for (const [name, value, cell] of [
    ['x1', x1, cells[0]],
    ['x2', x2, cells[1]],
  ] as const) {
    if (value === null) return `${name} = ${quoted(cell.trim())} is not a number`;
    if (Math.abs(value) > MAX_COORDINATE)
      return `${name} = ${formatNumber(value)} is outside −${MAX_COORDINATE} to ${MAX_COORDINATE}`;
  }
  if (label === null)
    return `the label ${quoted(cells[2].trim())} is not a class (${Array.from({ length: MAX_CLASSES }, (_x, c) => c).join(', ')})`;
  return [x1!, x2!, label];
}

/** Rows read one by one: the good ones kept (up to MAX_OWN_POINTS), each bad one named by `name(k)` with why. */
function readRows(rows: { cells: string[]; at: number }[], name: (at: number) => string): PointsRead {
  const read: PointsRead = { points: [], problems: [] };
  for (const { cells, at } of rows) {
    const point = pointOf(cells);
    if (typeof point === 'string') read.problems.push(`${name(at)}: ${point}; skipped.`);
    else if (read.points.length < MAX_OWN_POINTS) read.points.push(point);
  }
  const extra = rows.length - read.problems.length - read.points.length;
  if (extra > 0)
    read.problems.push(
      `${extra} point${extra === 1 ? '' : 's'} after the first ${MAX_OWN_POINTS} skipped: a page trains at most ${MAX_OWN_POINTS} live.`,
    );
  return read;
}

/**
 * Reads CSV text: a point a line, x1,x2,label (values may also be split by ";" or tabs, and then a decimal comma
 * reads as a point). Blank lines are passed over; a first line with no number in it is a header (x1,x2,label).
 */
export function readCsv(text: string): PointsRead {
  const lines = text.split(/\r\n|\r|\n/).map((line, k) => ({ line: line.trim(), at: k + 1 }));
  const rows = lines
    .filter(({ line }) => line !== '')
    .map(({ line, at }) => ({ cells: line.split(/[;\t]/.test(line) ? /[;\t]/ : ','), at }));
  if (rows.length > 0 && rows[0].cells.every((cell) => parseNumber(cell) === null)) rows.shift();
  return readRows(rows, (at) => `Line ${at}`);
}

/** Reads a link's points= (points split by ";", values by ","). */
export function readPointsKey(raw: string): PointsRead {
  return readRows(
    raw.split(';').map((row, k) => ({ cells: row.split(','), at: k + 1 })),
    (at) => `Point ${at} of points=`,
  );
}

/** Points for a link's points=, in the shortest decimals that give the same numbers. */
export const writePoints = (points: LabelledPoint[]): string => points.map((point) => point.join(',')).join(';');

/** Points as CSV text with a header line. */
export const csvOf = (points: LabelledPoint[]): string =>
  ['x1,x2,label', ...points.map((point) => point.join(','))].join('\n');

/** How many classes points have: at least 2, else the largest label + 1. */
export const classCount = (points: LabelledPoint[]): number => Math.max(2, ...points.map((point) => point[2] + 1));

/** Points as examples: one target (the class) for two classes, one-hot targets for three. */
export function examplesOf(points: LabelledPoint[]): Example[] {
  const classes = classCount(points);
  return points.map((point) => exampleOf(point, classes));
}

/** True when every example of a two-input set is a point of a class (a target 0 or 1, or one-hot targets). */
export const areClasses = (examples: Example[]): boolean =>
  examples.every(
    ({ input, target }) =>
      input.length === 2 &&
      (target.length === 1
        ? target[0] === 0 || target[0] === 1
        : target.every((t) => t === 0 || t === 1) && target.filter((t) => t === 1).length === 1),
  );

/** Examples of classes as points. */
export const pointsOf = (examples: Example[]): LabelledPoint[] =>
  examples.map((example) => [example.input[0], example.input[1], classOf(example)]);
