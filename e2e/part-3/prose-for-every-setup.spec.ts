// Part III's prose under setups other than the default: a saturated hidden unit's slope shown to four significant
// figures so that the factors multiply out, the hidden lines that miss the drawn plane, and the article's sign
// convention as an erratum, its numbers worked out here.
import type { Locator } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_003, byHand, openChapter } from './xor.ts';

const read = async (locator: Locator) => Number(((await locator.textContent()) ?? '').trim().replace('−', '-'));
const sigmoidSlope = (z: number) => Math.exp(-z) / (1 + Math.exp(-z)) ** 2;

test.describe("Part III ch. 3: a saturated unit's factors multiply out to the shown delta", () => {
  for (const b11 of [9, -8]) {
    test(`with b1[1] = ${b11} the slope shows four significant figures and dE/da · σ′ gives the shown δ`, async ({
      page,
    }) => {
      const n = { ...ARTICLE_003, b1: [b11, 2] };
      const hand = byHand(n, [0, 0], 0);
      const slope = sigmoidSlope(b11);
      expect(slope).toBeLessThan(0.001); // at four fixed decimals it would read 0.0001 or 0.0003
      await openChapter(page, 'backward-with-the-erratum', `?b1=${b11},2`);
      const line = page
        .locator('.katex')
        .filter({ has: page.locator('[data-quantity="fprime1_1"][data-live]') })
        .first();
      const factorA = line.locator('[data-quantity="dE_da1_1"][data-live]').first();
      const factorB = line.locator('[data-quantity="fprime1_1"][data-live]').first();
      const result = line.locator('[data-quantity="delta1_1"][data-live]').first();
      await expect(factorB).toHaveText(slope.toPrecision(4).replace(/0+$/, ''));
      const product = (await read(factorA)) * (await read(factorB));
      expect(product.toFixed(6)).toBe((await read(result)).toFixed(6));
      expect(await read(result)).toBeCloseTo(hand.delta1[0], 6);
    });
  }
});

// A line w1·x1 + w2·x2 + b = 0 misses the drawn plane [−0.5, 1.5]² when the sum has one sign at all four corners (0 at one at most).
const corners = [
  [-0.5, -0.5],
  [-0.5, 1.5],
  [1.5, -0.5],
  [1.5, 1.5],
];
const misses = (w: number[], b: number) => {
  const sums = corners.map(([x1, x2]) => w[0] * x1 + w[1] * x2 + b);
  return sums.every((s) => s >= 0) || sums.every((s) => s <= 0);
};

test.describe('Part III ch. 1: a hidden line that misses the square is said to', () => {
  test('b1 = (−10, 2): both lines miss; h1 is below ½ all over, h2 above', async ({ page }) => {
    const b1 = [-10, 2];
    expect(misses(ARTICLE_003.W1[0], b1[0])).toBe(true);
    expect(misses(ARTICLE_003.W1[1], b1[1])).toBe(true);
    expect(ARTICLE_003.W1[0][0] * 0.5 + ARTICLE_003.W1[0][1] * 0.5 + b1[0]).toBeLessThan(0);
    await openChapter(page, 'why-xor-needs-a-hidden-layer', `?b1=${b1.join(',')}`);
    const items = page.locator('figure.input-square').last().locator('.line-list li');
    await expect(items.nth(0)).toContainText('misses the drawn plane');
    await expect(items.nth(0)).toContainText('output is below ½ all over the plane');
    await expect(items.nth(1)).toContainText('output is above ½ all over the plane');
    await expect(page.locator('figure.input-square').last().locator('.plane-line')).toHaveCount(0);
  });

  test('b1 = (2, −0.5): both lines cross the square, both are drawn and no note is written', async ({ page }) => {
    const b1 = [2, -0.5];
    expect(misses(ARTICLE_003.W1[0], b1[0])).toBe(false);
    expect(misses(ARTICLE_003.W1[1], b1[1])).toBe(false);
    await openChapter(page, 'why-xor-needs-a-hidden-layer', `?b1=${b1.join(',')}`);
    const figure = page.locator('figure.input-square').last();
    await expect(figure.locator('.plane-line')).toHaveCount(2);
    await expect(figure.locator('.line-list')).not.toContainText('misses');
  });

  test("the default start: h2's line only touches a corner, is not drawn, and the list says so", async ({ page }) => {
    expect(misses(ARTICLE_003.W1[1], ARTICLE_003.b1[1])).toBe(true);
    await openChapter(page, 'why-xor-needs-a-hidden-layer');
    const figure = page.locator('figure.input-square').last();
    await expect(figure.locator('.plane-line')).toHaveCount(1);
    await expect(figure.locator('.line-list li').nth(1)).toContainText('misses the drawn plane');
  });
});

test.describe("Part III ch. 2: the article's update, taken literally, climbs the error", () => {
  test('an erratum gives W2[1,2] after one step both ways, worked out here, and stays fixed when the setup changes', async ({
    page,
  }) => {
    const hand = byHand(ARTICLE_003, [0, 0], 0);
    const ours = ARTICLE_003.W2[0][1] - hand.grad.W2[0][1];
    const article = ARTICLE_003.W2[0][1] + hand.grad.W2[0][1]; // its weight error has the opposite sign, and it subtracts it
    const four = (v: number) => v.toFixed(4).replace('-', '−');
    expect(four(article)).toBe('−1.8725');
    for (const query of ['', '?b2=0&x=1,1']) {
      await openChapter(page, 'one-example-forward', query);
      const erratum = page.locator('aside.callout.erratum');
      await expect(erratum).toContainText(`to ${four(ours)}`);
      await expect(erratum).toContainText(`to ${four(article)} instead`);
      await expect(erratum).toContainText('∂E/∂a');
    }
  });
});

test.describe('Part III ch. 4: a plateau, not a local minimum', () => {
  test('in batch mode the error is still falling past 10,000 epochs, as the text says', async ({ page }) => {
    await openChapter(page, 'training-online-or-batch', '?mode=batch&steps=10000');
    const E = Number(await page.locator('[data-quantity="E_total"]').first().getAttribute('data-value'));
    expect(E.toFixed(4)).toBe('0.2504');
    await expect(page.locator('main')).toContainText('It is not a local minimum');
    await expect(page.locator('main')).toContainText('0.2504 after 10,000 epochs');
  });
});
