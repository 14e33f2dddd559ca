import { expect, test } from '../support/fixtures.ts';
import {
  POINTS,
  START,
  anywhere,
  byHand,
  expectAllFinite,
  expectValue,
  openChapter,
  total,
  trained,
} from './three-classes.ts';

const slug = 'training-a-classifier';

test.describe('Training a classifier', () => {
  test("the start: the error over the six points, each point's probabilities, the three-class map and the builder link", async ({
    page,
  }) => {
    await openChapter(page, slug);
    // E_total = Σ −ln a(own class) over the six points; by hand 7.1011, a little above 6 ln 3 = 6.59.
    expect(total(START)).toBeCloseTo(7.1011, 4);
    await expectValue(anywhere(page, 'E_total'), total(START));
    const row = page.locator('.example-table tbody tr').nth(4);
    const fifth = byHand(START, POINTS[4].x, POINTS[4].c);
    await expectValue(row.locator('[data-quantity="pred_5_3"]'), fifth.a2[2]);
    await expectValue(row.locator('[data-quantity="E_5"]'), fifth.E);
    const map = page.locator('.decision-map [role="img"]');
    await expect(map).toHaveAttribute('aria-label', /3 classes/);
    await expect(map).toHaveAttribute('aria-label', /\(0\.9, 0\.2\) class 3 \(0\.4413\)/);
    await expect(page.locator('.decision-map .point-class-3')).toHaveCount(2);
    const link = page.getByRole('link', { name: 'Open it with a 2-3-3 network, tanh and softmax' });
    await expect(link).toHaveAttribute(
      'href',
      /part-2\/build-a-network\/\?data=three-classes&shape=2-3-3&act=tanh,softmax&loss=cross-entropy$/,
    );
  });

  test("five online epochs (30 steps): the error and every point's probability as trained by hand", async ({
    page,
  }) => {
    await openChapter(page, slug, '?steps=30');
    const n = trained(START, 'online', 0.5, 30);
    await expectValue(anywhere(page, 'E_total'), total(n), 1e-9);
    for (const [e, p] of POINTS.entries()) {
      const pass = byHand(n, p.x, p.c);
      await expectValue(anywhere(page, `pred_${e + 1}_${p.c + 1}`), pass.a2[p.c], 1e-9);
      // All six on the right class after five epochs.
      expect(pass.a2.indexOf(Math.max(...pass.a2))).toBe(p.c);
    }
  });

  test('batch at rate 0.5 for 10 steps: the error first jumps (17.63), as summed by hand; both columns agree with it', async ({
    page,
  }) => {
    await openChapter(page, slug, '?mode=batch&steps=10');
    const batch = trained(START, 'batch', 0.5, 10);
    expect(total(batch)).toBeCloseTo(17.6328, 3);
    await expectValue(anywhere(page, 'E_total'), total(batch), 1e-8);
    await expectValue(anywhere(page, 'batch_E_total'), total(batch), 1e-8);
    await expectValue(anywhere(page, 'online_E_total'), total(trained(START, 'online', 0.5, 60)), 1e-8);
    await expectAllFinite(page);
  });
});
