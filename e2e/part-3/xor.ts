// Shared steps of the Part III specs, and XOR on a 2-2-1 sigmoid network worked out by hand, independently of src/engine.
import type { Locator, Page } from '@playwright/test';
import { expect, readNumber } from '../support/fixtures.ts';

/** W1 (2×2), b1, W2 (1×2), b2: article 003's start. */
export type Xor = { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] };
export const ARTICLE_003: Xor = {
  W1: [
    [-4, -4],
    [-1, 1],
  ],
  b1: [-1, 2],
  W2: [[-3, -2]],
  b2: [3],
};
/** XOR's rows in truth-table order: [x1, x2, target]. */
export const ROWS: [number, number, number][] = [
  [0, 0, 0],
  [0, 1, 1],
  [1, 0, 1],
  [1, 1, 0],
];

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** One forward and backward pass for input x and target t: z1 = W1 x + b1, a1 = σ(z1), z2 = W2 a1 + b2, ŷ = σ(z2). */
export function byHand(n: Xor, x: [number, number], t: number) {
  const z1 = [0, 1].map((j) => n.W1[j][0] * x[0] + n.W1[j][1] * x[1] + n.b1[j]);
  const a1 = z1.map(sigmoid);
  const z2 = n.W2[0][0] * a1[0] + n.W2[0][1] * a1[1] + n.b2[0];
  const y = sigmoid(z2);
  const E = 0.5 * (y - t) ** 2;
  const delta2 = (y - t) * y * (1 - y); // δ2 = (ŷ − t)·σ′(z2)
  const dEda1 = [0, 1].map((j) => n.W2[0][j] * delta2); // Σ_k W2[k,j] δ2_k, one k
  const delta1 = [0, 1].map((j) => dEda1[j] * a1[j] * (1 - a1[j])); // δ1_j = ∂E/∂a1_j · σ′(z1_j)
  const grad: Xor = {
    W1: [0, 1].map((j) => [delta1[j] * x[0], delta1[j] * x[1]]),
    b1: delta1,
    W2: [[delta2 * a1[0], delta2 * a1[1]]],
    b2: [delta2],
  };
  return { z1, a1, z2, y, E, delta2, dEda1, delta1, grad };
}

/** θ − α·g for every parameter. */
export const step = (n: Xor, g: Xor, rate: number): Xor => ({
  W1: n.W1.map((row, j) => row.map((w, i) => w - rate * g.W1[j][i])),
  b1: n.b1.map((b, j) => b - rate * g.b1[j]),
  W2: n.W2.map((row, j) => row.map((w, i) => w - rate * g.W2[j][i])),
  b2: n.b2.map((b, j) => b - rate * g.b2[j]),
});

/** The sum of two gradients, entry by entry. */
export const plus = (a: Xor, b: Xor): Xor => step(a, b, -1);

/** Opens a chapter of Part III, scrolls through it, and waits until its widgets are mounted and the URL's setup applied. */
export async function openChapter(page: Page, slug: string, query = '') {
  await page.goto(`part-3/${slug}/${query}`);
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

/** Types into a number field, found by its accessible name. */
export async function setField(page: Page, name: string, text: string) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.fill(text);
  return field;
}
