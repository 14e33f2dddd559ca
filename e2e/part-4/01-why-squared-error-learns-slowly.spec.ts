import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_003, ROWS, anywhere, byHand, expectValue, inMath, type Xor } from '../part-3/xor.ts';

type Loss = 'se' | 'bce';

/** Opens the chapter, scrolls through it, and waits until its widgets are mounted and the URL's setup applied. */
async function openChapter(page: Page, query = '') {
  await page.goto(`part-4/why-squared-error-learns-slowly/${query}`);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 800) await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

/** The page's start, read from the setup's fields. */
async function startOf(page: Page): Promise<Xor> {
  const field = async (name: string) =>
    Number((await page.getByRole('textbox', { name, exact: true }).inputValue()).replace('−', '-'));
  return {
    W1: [
      [await field('W1[1,1]'), await field('W1[1,2]')],
      [await field('W1[2,1]'), await field('W1[2,2]')],
    ],
    b1: [await field('b1[1]'), await field('b1[2]')],
    W2: [[await field('W2[1,1]'), await field('W2[1,2]')]],
    b2: [await field('b2[1]')],
  };
}

/**
 * The output unit worked out by hand for one row: σ′ = a(1 − a); under half squared error E = ½(a − t)²,
 * δ = (a − t)σ′; under binary cross-entropy E = −[t ln a + (1 − t) ln(1 − a)], ∂E/∂a = (a − t)/σ′, δ = a − t.
 */
function outputByHand(n: Xor, x: [number, number], t: number) {
  const { y: a, z2: z } = byHand(n, x, t);
  const slope = a * (1 - a);
  return {
    z,
    a,
    slope,
    E_se: 0.5 * (a - t) ** 2,
    delta_se: (a - t) * slope,
    E_bce: -(t * Math.log(a) + (1 - t) * Math.log(1 - a)),
    dE_da_bce: (a - t) / slope,
    delta_bce: a - t,
  };
}

/**
 * Epochs until every prediction is within 0.1 of its target, looked at every 10 epochs, at most 10,000: a plain loop
 * here, not the engine. Online takes the rows in order, one update each; batch one update from their summed gradients.
 */
function epochsToLearn(start: Xor, loss: Loss, rate: number, mode: 'online' | 'batch'): number | null {
  let n = start;
  const gradient = (m: Xor, [x1, x2, t]: [number, number, number]): Xor => {
    const h = byHand(m, [x1, x2], t);
    const delta2 = loss === 'se' ? h.delta2 : h.y - t; // δ2 = (a − t)σ′(z2), or a − t
    const delta1 = [0, 1].map((j) => m.W2[0][j] * delta2 * h.a1[j] * (1 - h.a1[j]));
    return {
      W1: delta1.map((d) => [d * x1, d * x2]),
      b1: delta1,
      W2: [[delta2 * h.a1[0], delta2 * h.a1[1]]],
      b2: [delta2],
    };
  };
  // θ + c·g for every parameter: c = −η moves down the gradient, c = 1 adds two gradients.
  const move = (m: Xor, g: Xor, c = -rate): Xor => ({
    W1: m.W1.map((row, j) => row.map((w, i) => w + c * g.W1[j][i])),
    b1: m.b1.map((b, j) => b + c * g.b1[j]),
    W2: m.W2.map((row, j) => row.map((w, i) => w + c * g.W2[j][i])),
    b2: m.b2.map((b, j) => b + c * g.b2[j]),
  });
  for (let epochs = 0; epochs <= 10_000; epochs += 10) {
    if (ROWS.every(([x1, x2, t]) => Math.abs(byHand(n, [x1, x2], t).y - t) < 0.1)) return epochs;
    for (let k = 0; k < 10; k++) {
      if (mode === 'online') for (const row of ROWS) n = move(n, gradient(n, row));
      else
        n = move(
          n,
          ROWS.map((row) => gradient(n, row)).reduce((a, b) => move(a, b, 1)),
        ); // θ − η Σ_rows g
    }
  }
  return null;
}

/** Expects every typeset number of the output's two deltas to match the hand-worked row. */
async function expectDeltasBothWays(page: Page, n: Xor, x: [number, number], t: number) {
  const hand = outputByHand(n, x, t);
  await expectValue(inMath(page, 'z2_1'), hand.z);
  await expectValue(inMath(page, 'Delta'), hand.a - t);
  await expectValue(inMath(page, 'fprime2_1'), hand.slope);
  await expectValue(inMath(page, 'delta2_1_se'), hand.delta_se);
  await expectValue(inMath(page, 'delta2_1_bce'), hand.delta_bce);
  await expectValue(inMath(page, 'dE_da2_1_bce'), hand.dE_da_bce, 1e-9 * Math.max(1, Math.abs(hand.dE_da_bce)));
  await expectValue(inMath(page, 'E_se'), hand.E_se);
  await expectValue(inMath(page, 'E_bce'), hand.E_bce);
  return hand;
}

/** The steps-to-learn table's cell for a row and loss: a number of epochs, or null for "not learnt". */
async function epochsShown(page: Page, row: string, loss: Loss): Promise<number | null> {
  const measure = page.getByRole('button', { name: 'Measure these starts' });
  if (await measure.count()) await measure.click();
  const cell = page.locator(`figure.steps-to-learn tr[data-row="${row}"] [data-quantity="epochs_${row}_${loss}"]`);
  await expect(cell).toHaveCount(1, { timeout: 60_000 });
  const value = await cell.getAttribute('data-value');
  return value === null ? null : Number(value);
}

test.describe('Why squared error learns slowly', () => {
  // The steps-to-learn table trains twelve runs of up to 10,000 epochs in a worker before it can be read.
  test.describe.configure({ timeout: 120_000 });

  test("the article's start, row (0, 0): both deltas, the cancellation and both errors match arithmetic, and the table says it stalls either way", async ({
    page,
  }) => {
    await openChapter(page);
    const hand = await expectDeltasBothWays(page, ARTICLE_003, [0, 0], 0);
    expect(hand.delta_se / hand.delta_bce).toBeCloseTo(hand.slope, 12); // δ_SE = δ_CE · σ′(z)
    // Seeds 1–5 at rate 1, online, trained in NumPy (the chapter's prose rests on these): epochs, or null.
    const numpy: Record<Loss, (number | null)[]> = {
      se: [null, 450, null, null, 390],
      bce: [null, 70, null, 600, null],
    };
    for (const loss of ['se', 'bce'] as const) {
      expect(await epochsShown(page, 'start', loss)).toBeNull();
      for (let seed = 1; seed <= 5; seed++)
        expect(await epochsShown(page, `seed_${seed}`, loss)).toBe(numpy[loss][seed - 1]);
    }
    // Switching the loss changes what the page trains with, not the two deltas set side by side.
    await page.getByRole('combobox', { name: 'loss', exact: true }).selectOption('binary-cross-entropy');
    await expectValue(inMath(page, 'delta2_1_se'), hand.delta_se);
    await expectValue(
      anywhere(page, 'E_total'),
      ROWS.reduce((sum, [x1, x2, t]) => sum + outputByHand(ARTICLE_003, [x1, x2], t).E_bce, 0),
    );
  });

  test('seed 5, row (1, 1): a confidently wrong output has a tiny slope, a tiny squared-error delta and a large cross-entropy delta', async ({
    page,
  }) => {
    await openChapter(page, '?seed=5&x=1,1');
    const start = await startOf(page);
    const hand = await expectDeltasBothWays(page, start, [1, 1], 0);
    expect(hand.a).toBeGreaterThan(0.99);
    expect(hand.slope).toBeLessThan(0.01);
    expect(Math.abs(hand.delta_se)).toBeLessThan(0.01);
    expect(Math.abs(hand.delta_bce)).toBeGreaterThan(0.99);
    // The page's own start is seed 5's; its row in the table against the loop written above.
    for (const loss of ['se', 'bce'] as const)
      expect(await epochsShown(page, 'start', loss)).toBe(epochsToLearn(start, loss, 1, 'online'));
  });

  test("at rate 3 the article's start escapes with cross-entropy; in batch at rate 0.5 seed 7's start is measured like the loop", async ({
    page,
  }) => {
    await openChapter(page, '?lr=3');
    await expectDeltasBothWays(page, ARTICLE_003, [0, 0], 0);
    expect(await epochsShown(page, 'start', 'bce')).toBe(90); // NumPy: 90 epochs online at rate 3
    expect(await epochsShown(page, 'start', 'bce')).toBe(epochsToLearn(ARTICLE_003, 'bce', 3, 'online'));
    expect(await epochsShown(page, 'start', 'se')).toBeNull();
    await openChapter(page, '?seed=7&lr=0.5&mode=batch&x=0,1');
    const start = await startOf(page);
    await expectDeltasBothWays(page, start, [0, 1], 1);
    for (const loss of ['se', 'bce'] as const)
      expect(await epochsShown(page, 'start', loss)).toBe(epochsToLearn(start, loss, 0.5, 'batch'));
    // Seed 2's start (nine integers from the seed, as the chapter's seeds draw them).
    expect(await epochsShown(page, 'seed_2', 'bce')).toBe(
      epochsToLearn(
        {
          W1: [
            [2, -2],
            [-2, 1],
          ],
          b1: [4, 2],
          W2: [[-1, -2]],
          b2: [3],
        },
        'bce',
        0.5,
        'batch',
      ),
    );
  });
});
