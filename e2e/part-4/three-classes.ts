// Shared steps of the Part IV specs (chapters 2–4), and the three-class 2-3-3 network (tanh, then softmax, with
// cross-entropy) worked out by hand, independently of src/engine: every formula is written out here.
import type { Locator, Page } from '@playwright/test';
import { expect, readNumber } from '../support/fixtures.ts';

/** W1 (3×2), b1, W2 (3×3), b2. */
export type Net = { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] };
/** The chapters' start. */
export const START: Net = {
  W1: [
    [1, -1],
    [0.5, 1],
    [-1, 0.5],
  ],
  b1: [0, -0.5, 0.2],
  W2: [
    [0.5, -0.5, 0.3],
    [-0.4, 0.6, 0.2],
    [0.3, 0.2, -0.6],
  ],
  b2: [0.1, 0, -0.1],
};
/** The six points and their classes (0-based): two per class. */
export const POINTS: { x: [number, number]; c: number }[] = [
  { x: [0.1, 0.2], c: 0 },
  { x: [0.3, 0.1], c: 0 },
  { x: [0.9, 0.2], c: 1 },
  { x: [0.8, 0.4], c: 1 },
  { x: [0.4, 0.9], c: 2 },
  { x: [0.6, 0.8], c: 2 },
];
/** The example the chapters show by default: point 3, (0.9, 0.2), class 2. */
export const SHOWN = 2;

const oneHot = (c: number) => [0, 1, 2].map((k) => (k === c ? 1 : 0));

/** One forward and backward pass: z1 = W1 x + b1, a1 = tanh z1, z2 = W2 a1 + b2, a2 = softmax z2, E = −Σ t ln a2. */
export function byHand(n: Net, x: [number, number], c: number) {
  const t = oneHot(c);
  const z1 = [0, 1, 2].map((j) => n.W1[j][0] * x[0] + n.W1[j][1] * x[1] + n.b1[j]);
  const a1 = z1.map(Math.tanh);
  const z2 = [0, 1, 2].map((k) => n.W2[k][0] * a1[0] + n.W2[k][1] * a1[1] + n.W2[k][2] * a1[2] + n.b2[k]);
  // Softmax with the largest logit subtracted; ln Σ e^z the same way (log-sum-exp), so E stays finite.
  const top = Math.max(...z2);
  const exps = z2.map((z) => Math.exp(z - top));
  const sum = exps[0] + exps[1] + exps[2];
  const a2 = exps.map((e) => e / sum);
  const E = top + Math.log(sum) - z2[c]; // −ln a2[c] = ln Σ e^z − z_c
  // ∂a_j/∂z_k = a_j (1[j = k] − a_k)
  const J = [0, 1, 2].map((j) => [0, 1, 2].map((k) => a2[j] * ((j === k ? 1 : 0) - a2[k])));
  const delta2 = a2.map((a, k) => a - t[k]);
  const dEda1 = [0, 1, 2].map((j) => n.W2[0][j] * delta2[0] + n.W2[1][j] * delta2[1] + n.W2[2][j] * delta2[2]);
  const delta1 = dEda1.map((d, j) => d * (1 - a1[j] * a1[j]));
  const grad: Net = {
    W1: delta1.map((d) => [d * x[0], d * x[1]]),
    b1: delta1,
    W2: delta2.map((d) => a1.map((a) => d * a)),
    b2: delta2,
  };
  return { t, z1, a1, z2, a2, E, J, delta2, dEda1, delta1, grad };
}

/** θ − η·g for every parameter. */
export const step = (n: Net, g: Net, rate: number): Net => ({
  W1: n.W1.map((row, j) => row.map((w, i) => w - rate * g.W1[j][i])),
  b1: n.b1.map((b, j) => b - rate * g.b1[j]),
  W2: n.W2.map((row, j) => row.map((w, i) => w - rate * g.W2[j][i])),
  b2: n.b2.map((b, j) => b - rate * g.b2[j]),
});

/** The error over the six points. */
export const total = (n: Net): number => POINTS.reduce((sum, p) => sum + byHand(n, p.x, p.c).E, 0);

/** Trains from `n`: online, one point per step in the table's order; batch, one step from the six gradients summed. */
export function trained(n: Net, mode: 'online' | 'batch', rate: number, steps: number): Net {
  for (let s = 0; s < steps; s++) {
    if (mode === 'online') {
      const p = POINTS[s % POINTS.length];
      n = step(n, byHand(n, p.x, p.c).grad, rate);
    } else {
      const sum = POINTS.map((p) => byHand(n, p.x, p.c).grad).reduce((a, b) => step(a, b, -1));
      n = step(n, sum, rate);
    }
  }
  return n;
}

/** Where a parameter (by URL name W2_1_3, b1_2) lives: its matrix or vector, and its place there. */
function slotOf(n: Net, name: string): { get: () => number; set: (v: number) => void } {
  const [, kind, layer, j, i] = /^([Wb])(\d)_(\d)(?:_(\d))?$/.exec(name) as RegExpExecArray;
  const entry = n[`${kind}${layer}` as keyof Net];
  if (kind === 'W') {
    const row = (entry as number[][])[Number(j) - 1];
    return { get: () => row[Number(i) - 1], set: (v) => (row[Number(i) - 1] = v) };
  }
  const vector = entry as number[];
  return { get: () => vector[Number(j) - 1], set: (v) => (vector[Number(j) - 1] = v) };
}

/** The network with one parameter moved by `by`. */
export function nudged(n: Net, name: string, by: number): Net {
  const copy: Net = JSON.parse(JSON.stringify(n));
  const slot = slotOf(copy, name);
  slot.set(slot.get() + by);
  return copy;
}

/** A parameter's value in a network, by URL name. */
export const valueOf = (n: Net, name: string): number => slotOf(n, name).get();

/** Every parameter's URL name, in the setup's order. */
export const PARAMETERS = [
  ...[1, 2, 3].flatMap((j) => [1, 2].map((i) => `W1_${j}_${i}`)),
  'b1_1',
  'b1_2',
  'b1_3',
  ...[1, 2, 3].flatMap((j) => [1, 2, 3].map((i) => `W2_${j}_${i}`)),
  'b2_1',
  'b2_2',
  'b2_3',
];

/** Opens a chapter of Part IV, scrolls through it, and waits until its widgets are mounted and the URL's setup applied. */
export async function openChapter(page: Page, slug: string, query = '') {
  await page.goto(`part-4/${slug}/${query}`);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 800) await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

/** The first number typeset in the chapter's math for a quantity. */
export const inMath = (page: Page, quantity: string): Locator =>
  page.locator(`.katex [data-quantity="${quantity}"][data-live]`).first();
/** The first displayed number anywhere on the page for a quantity. */
export const anywhere = (page: Page, quantity: string): Locator =>
  page.locator(`[data-quantity="${quantity}"]`).first();

/** Expects a displayed number to hold `value` to `tolerance` (data-value). */
export async function expectValue(locator: Locator, value: number, tolerance = 1e-9) {
  await expect.poll(async () => Math.abs((await readNumber(locator)).value - value)).toBeLessThan(tolerance);
}

/** No displayed number on the page reads ∞, −∞ or "not a number", and none holds a non-finite value. */
export async function expectAllFinite(page: Page) {
  const bad = await page.evaluate(() =>
    [...document.querySelectorAll('[data-quantity]')]
      .filter(
        (el) =>
          /∞|not a number|NaN/.test(el.textContent ?? '') ||
          !Number.isFinite(Number(el.getAttribute('data-value') ?? '0')),
      )
      .map((el) => `${el.getAttribute('data-quantity')}=${el.textContent}`),
  );
  expect(bad).toEqual([]);
}

/** Every listed quantity's value as the page holds it (data-value of its first number in the math, else anywhere), read at once. */
export async function valuesOf(page: Page, names: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (list) =>
      Object.fromEntries(
        list.map((name) => {
          const el =
            document.querySelector(`.katex [data-quantity="${name}"][data-live]`) ??
            document.querySelector(`[data-quantity="${name}"]`);
          return [name, el ? Number(el.getAttribute('data-value')) : Number.NaN];
        }),
      ),
    names,
  );
}

/** Expects each quantity the page holds to match the value worked out here, to `tolerance`. */
export function expectClose(shown: Record<string, number>, expected: Record<string, number>, tolerance = 1e-9) {
  for (const [name, value] of Object.entries(expected))
    expect(Math.abs(shown[name] - value), `${name}: page ${shown[name]}, by hand ${value}`).toBeLessThan(tolerance);
}
