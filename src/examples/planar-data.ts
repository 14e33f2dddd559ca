// The builder's planar data sets: points in the plane around [−1, 1]², each of a class, drawn from a seed so that a
// link gives the same points everywhere. A draw is the clean point (the set's rule), then noise added to each
// coordinate uniformly in ±noise, coordinates rounded to 3 decimals; then the test points are picked by a shuffle
// from the same generator. Pure: the same draw gives the same examples.
import { createRng, type Example } from '../engine/index.ts';

/** How a generated set is drawn: the seed, the noise (± added to each coordinate) and the share held out for testing. */
export type DataDraw = { seed: number; noise: number; test: number };

/** A point of the plane and its class (0, 1, 2 …). */
export type LabelledPoint = [x1: number, x2: number, label: number];

/** The most noise a draw takes, and the largest share of points held out for testing. */
export const MAX_NOISE = 0.5;
export const MAX_TEST = 0.9;

type Random = () => number;

/** A standard normal number from two uniform ones (Box–Muller); 1 − u keeps the logarithm finite. */
const gaussian = (random: Random) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** The clean point number k of n, and its class. */
type Rule = (k: number, n: number, random: Random) => LabelledPoint;

/** Class 1 inside radius 0.5, class 0 in the ring from 0.7 to 1; classes alternate. */
const circle: Rule = (k, _n, random) => {
  const label = k % 2;
  const radius = label === 1 ? 0.5 * random() : 0.7 + 0.3 * random();
  const angle = 2 * Math.PI * random();
  return [radius * Math.cos(angle), radius * Math.sin(angle), label];
};

/** Two round clouds of spread 0.25: class 1 around (0.5, 0.5), class 0 around (−0.5, −0.5). */
const gaussians: Rule = (k, _n, random) => {
  const label = k % 2;
  const centre = label === 1 ? 0.5 : -0.5;
  return [centre + 0.25 * gaussian(random), centre + 0.25 * gaussian(random), label];
};

/** Two arms winding 1¾ turns out from the middle, class 1's half a turn behind class 0's. */
const spiral: Rule = (k, n) => {
  const label = k % 2;
  const along = Math.floor(k / 2) / Math.ceil(n / 2);
  const radius = 0.05 + 0.95 * along;
  const angle = 1.75 * 2 * Math.PI * along + label * Math.PI;
  return [radius * Math.sin(angle), radius * Math.cos(angle), label];
};

/** Points spread over the square, 0.15 clear of the axes; class 1 where x1 and x2 have the same sign. */
const xorCloud: Rule = (_k, _n, random) => {
  const away = (u: number) => (u < 0 ? u - 0.15 : u + 0.15);
  const [x1, x2] = [away(0.8 * (2 * random() - 1)), away(0.8 * (2 * random() - 1))];
  return [x1, x2, x1 * x2 > 0 ? 1 : 0];
};

/** Three round clouds of spread 0.2 around points 0.6 from the middle, a third of a turn apart; classes 0, 1, 2 in turn. */
const blobs: Rule = (k, _n, random) => {
  const label = k % 3;
  const angle = Math.PI / 2 + (label * 2 * Math.PI) / 3;
  return [0.6 * Math.cos(angle) + 0.2 * gaussian(random), 0.6 * Math.sin(angle) + 0.2 * gaussian(random), label];
};

/** Each generated set: its rule, how many points and how many classes. */
export const planarSets = {
  circle: { rule: circle, points: 80, classes: 2 },
  gaussians: { rule: gaussians, points: 80, classes: 2 },
  spiral: { rule: spiral, points: 100, classes: 2 },
  'xor-cloud': { rule: xorCloud, points: 80, classes: 2 },
  blobs: { rule: blobs, points: 90, classes: 3 },
} as const satisfies Record<string, { rule: Rule; points: number; classes: number }>;

export type PlanarName = keyof typeof planarSets;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Every point of a set for a seed and a noise, in order; noise ± is added after the clean point is drawn. */
export function planarPoints(
  name: PlanarName,
  seed: number,
  noise: number,
  random: Random = createRng(seed),
): LabelledPoint[] {
  const { rule, points } = planarSets[name];
  return Array.from({ length: points }, (_x, k) => {
    const [x1, x2, label] = rule(k, points, random);
    return [round(x1 + noise * (2 * random() - 1)), round(x2 + noise * (2 * random() - 1)), label];
  });
}

/** A labelled point as an example: one target (the class, 0 or 1) for two classes, one-hot targets for more. */
export const exampleOf = ([x1, x2, label]: LabelledPoint, classes: number): Example => ({
  input: [x1, x2],
  target: classes <= 2 ? [label] : Array.from({ length: classes }, (_x, c) => (c === label ? 1 : 0)),
});

/** The class of an example: its one target for two classes, else the target that is 1. */
export const classOf = (example: Example): number =>
  example.target.length === 1 ? (example.target[0] >= 0.5 ? 1 : 0) : example.target.indexOf(1);

/**
 * A set drawn: the training examples and the test examples (round(test × points) of them, picked by a Fisher–Yates
 * shuffle from the generator that drew the points), each in the order drawn. The test examples never train.
 */
export function drawPlanar(name: PlanarName, draw: DataDraw): { examples: Example[]; testExamples: Example[] } {
  const random = createRng(draw.seed);
  const points = planarPoints(name, draw.seed, draw.noise, random);
  const order = points.map((_p, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  const held = new Set(order.slice(0, Math.round(draw.test * points.length)));
  const classes = planarSets[name].classes;
  return {
    examples: points.filter((_p, k) => !held.has(k)).map((p) => exampleOf(p, classes)),
    testExamples: points.filter((_p, k) => held.has(k)).map((p) => exampleOf(p, classes)),
  };
}
