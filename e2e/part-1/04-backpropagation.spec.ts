import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_000, byHand, trainByHand, type Weights } from './oracle.ts';
import { expectNumber, inMath, inWidget, openChapter, setField, stepTable } from './worked.ts';

const NAMES = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];

test.describe('Chapter 4, backpropagation', () => {
  test('the chain rule gives ∂E/∂w6 = Δ·h2 = −0.7963·0.57 and ∂E/∂w1 = Δ·w5·i1', async ({ page }) => {
    await openChapter(page, 'backpropagation');
    await expectNumber(inMath(page, 'grad_w6'), -0.7963 * 0.57);
    await expectNumber(inMath(page, 'grad_w1'), -0.7963 * 0.11 * 2);
    await expectNumber(inMath(page, 'fprime_h1'), 1);
  });

  test('the step table lists every weight, its gradient, η·gradient and its new value', async ({ page }) => {
    test.slow(); // 28 numbers on the largest page: past 30 s when axe runs beside it on two cores
    await openChapter(page, 'backpropagation');
    const { grads } = byHand(ARTICLE_000, 2, 3, 1);
    const table = stepTable(page);
    for (const [k, name] of NAMES.entries()) {
      await expectNumber(inWidget(table, name), ARTICLE_000[k], 6);
      await expectNumber(inWidget(table, `grad_${name}`), grads[k], 6);
      await expectNumber(inWidget(table, `change_${name}`), 0.05 * grads[k], 6);
      await expectNumber(inWidget(table, `next_${name}`), ARTICLE_000[k] - 0.05 * grads[k], 6);
    }
    // The footer: prediction and error now, and after the step.
    const { o, error } = byHand(ARTICLE_000, 2, 3, 1);
    const next = byHand(ARTICLE_000.map((w, k) => w - 0.05 * grads[k]) as Weights, 2, 3, 1);
    await expectNumber(inWidget(table, 'o1'), o, 6);
    await expectNumber(inWidget(table, 'E'), error, 6);
    await expectNumber(inWidget(table, 'next_o1'), next.o, 6);
    await expectNumber(inWidget(table, 'next_E'), next.error, 6);
    // The article's own figures, after one step at rate 0.05.
    await expect(inWidget(table, 'next_w1')).toHaveText('0.128759');
    await expect(inWidget(table, 'next_w6')).toHaveText('0.142695');
  });

  test('the update matrix entries are −0.00876 and −0.00956, not the article’s −0.008 and −0.009', async ({ page }) => {
    await openChapter(page, 'backpropagation');
    await expectNumber(inMath(page, 'change_w1'), 0.05 * -0.7963 * 2 * 0.11, 5);
    await expectNumber(inMath(page, 'change_w3'), 0.05 * -0.7963 * 2 * 0.12, 5);
    await expect(
      page.getByRole('complementary', { name: /Erratum to article 000: four entries of the update matrices/ }),
    ).toContainText('0.008');
  });

  test('under ReLU with a negative sum at h1, no gradient reaches w1, w2 or w5', async ({ page }) => {
    await openChapter(page, 'backpropagation', '?activation=relu&w1=-1');
    const w: Weights = [-1, 0.33, 0.15, 0.09, 0.11, 0.12];
    const { grads } = byHand(w, 2, 3, 1, 'relu');
    await expectNumber(inMath(page, 'fprime_h1'), 0);
    const table = stepTable(page);
    for (const name of ['w1', 'w2', 'w5']) await expectNumber(inWidget(table, `grad_${name}`), 0, 6);
    await expectNumber(inWidget(table, 'grad_w3'), grads[2], 6);
  });

  test('switching to tanh adds the factor 1 − tanh²(net_h1) to the gradients of w1 and w2', async ({ page }) => {
    await openChapter(page, 'backpropagation');
    await page.getByRole('combobox', { name: 'activation' }).selectOption('tanh');
    const { grads } = byHand(ARTICLE_000, 2, 3, 1, 'tanh');
    await expectNumber(inMath(page, 'fprime_h1'), 1 - Math.tanh(1.23) ** 2);
    await expectNumber(inWidget(stepTable(page), 'grad_w1'), grads[0], 6);
  });

  test('a learning rate of 0.1 doubles every change', async ({ page }) => {
    await openChapter(page, 'backpropagation');
    await setField(page, 'learning rate', '0.1');
    const { grads } = byHand(ARTICLE_000, 2, 3, 1);
    await expectNumber(inWidget(stepTable(page), 'change_w5'), 0.1 * grads[4], 6);
  });

  test('a link three steps in shows the weights and gradients after three steps worked by hand (this page has no training panel)', async ({
    page,
  }) => {
    await openChapter(page, 'backpropagation', '?steps=3');
    const now = trainByHand(ARTICLE_000, 3, 0.05);
    const { grads } = byHand(now, 2, 3, 1);
    await expectNumber(inWidget(stepTable(page), 'w1'), now[0], 6);
    await expectNumber(inWidget(stepTable(page), 'w6'), now[5], 6);
    await expectNumber(inWidget(stepTable(page), 'grad_w5'), grads[4], 6);
  });
});
