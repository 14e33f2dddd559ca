import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_003, ROWS, byHand, expectValue, inMath, openChapter, plus, step } from './xor.ts';

const names = ['W1_1_1', 'W1_1_2', 'W1_2_1', 'W1_2_2', 'b1_1', 'b1_2', 'W2_1_1', 'W2_1_2', 'b2_1'];
const flat = (n: { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] }) => [
  ...n.W1.flat(),
  ...n.b1,
  ...n.W2.flat(),
  ...n.b2,
];

test.describe('Backward, with the erratum', () => {
  for (const [x1, x2, t] of [
    [0, 0, 0],
    [1, 1, 0],
  ] as const) {
    test(`the backward pass and one online update for (${x1}, ${x2}) match the hand arithmetic`, async ({ page }) => {
      await openChapter(page, 'backward-with-the-erratum', x1 === 0 ? '' : `?x=${x1},${x2}`);
      const pass = byHand(ARTICLE_003, [x1, x2], t);
      await expectValue(inMath(page, 'delta2_1'), pass.delta2);
      await expectValue(inMath(page, 'dE_da1_1'), pass.dEda1[0]);
      await expectValue(inMath(page, 'dE_da1_2'), pass.dEda1[1]);
      await expectValue(inMath(page, 'delta1_1'), pass.delta1[0]);
      await expectValue(inMath(page, 'delta1_2'), pass.delta1[1]);
      const grads = flat(pass.grad);
      const next = flat(step(ARTICLE_003, pass.grad, 1));
      for (const [k, name] of names.entries()) {
        await expectValue(inMath(page, `grad_${name}`), grads[k]);
        await expectValue(inMath(page, `next_${name}`), next[k]);
      }
      const after = byHand(step(ARTICLE_003, pass.grad, 1), [x1, x2], t);
      await expectValue(inMath(page, 'next_a2_1'), after.y);
    });
  }

  test('in batch mode the update uses the sum of the four rows’ gradients', async ({ page }) => {
    await openChapter(page, 'backward-with-the-erratum', '?mode=batch');
    const sum = ROWS.map(([x1, x2, t]) => byHand(ARTICLE_003, [x1, x2], t).grad).reduce(plus);
    const grads = flat(sum);
    const next = flat(step(ARTICLE_003, sum, 1));
    for (const [k, name] of names.entries()) {
      await expectValue(inMath(page, `grad_${name}`), grads[k]);
      await expectValue(inMath(page, `next_${name}`), next[k]);
    }
    await expectValue(inMath(page, 'delta2_1'), byHand(ARTICLE_003, [0, 0], 0).delta2); // deltas stay those of the shown row
  });

  test("the erratum gives the article's hidden error for h2 as 0.2894: σ′(z2)·W2[1,2]·(y − ŷ)", async ({ page }) => {
    await openChapter(page, 'backward-with-the-erratum');
    const pass = byHand(ARTICLE_003, [0, 0], 0);
    const articleSign = pass.y * (1 - pass.y) * -2 * (0 - pass.y); // 0.238711 · (−2) · (−0.606251)
    expect(articleSign).toBeCloseTo(0.2894, 4);
    const erratum = page.getByRole('complementary', {
      name: 'Erratum to article 003: the hidden error takes the slope at the wrong place',
    });
    await expect(erratum).toContainText('0.2894');
    await expect(erratum).toContainText('0.28');
    await expectValue(inMath(page, 'dE_da1_2'), -articleSign);
  });
});
