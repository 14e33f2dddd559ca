import { expect, test } from '../support/fixtures.ts';
import { byHand, costCounter, expectNumber, inMath, inWidget, openChapter, PUBLISHED } from './two-outputs.ts';

test.describe('Part II chapter 4, the same thing as matrices', () => {
  test('the matrices hold the live sums, deltas and gradients', async ({ page }) => {
    await openChapter(page, 'the-same-thing-as-matrices');
    const r = byHand(PUBLISHED);
    await expectNumber(inMath(page, 'net_h1'), r.netH1, 6);
    await expectNumber(inMath(page, 'net_o2'), r.netO2, 6);
    await expectNumber(inMath(page, 'delta_o1'), r.deltaO1, 6);
    await expectNumber(inMath(page, 'delta_h2'), r.deltaH2, 6);
    for (const [k, name] of ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'].entries()) {
      await expectNumber(inMath(page, `grad_${name}`), r.grads[k], 6);
    }
    await expectNumber(inMath(page, 'grad_b2'), r.grads[9], 6);
  });

  test('the matrix entries follow an edit: w7 = 1 changes net_o2 and δ_h1', async ({ page }) => {
    await openChapter(page, 'the-same-thing-as-matrices');
    await page.getByRole('textbox', { name: 'w7', exact: true }).fill('1');
    const p = { ...PUBLISHED, w: PUBLISHED.w.map((w, k) => (k === 6 ? 1 : w)) };
    const r = byHand(p);
    await expectNumber(inMath(page, 'net_o2'), r.netO2, 6);
    await expectNumber(inMath(page, 'delta_h1'), r.deltaH1, 6);
  });

  test('the cost counter counts multiply-adds: 8 forward, 20 backprop, 192 by finite differences for 2-2-2', async ({
    page,
  }) => {
    await openChapter(page, 'the-same-thing-as-matrices');
    const widget = costCounter(page);
    await expectNumber(inWidget(widget, 'cost_forward'), 2 * 2 + 2 * 2, 0);
    await expectNumber(inWidget(widget, 'cost_backprop'), 8 + 4 + 8, 0);
    await expectNumber(inWidget(widget, 'cost_finiteDifferences'), 2 * 12 * 8, 0);
    await page.getByRole('combobox', { name: 'hidden layers' }).selectOption('2');
    await page.getByRole('combobox', { name: 'units per hidden layer' }).selectOption('100');
    const forward = 2 * 100 + 100 * 100 + 100 * 2;
    const parameters = forward + 100 + 100 + 2;
    await expectNumber(inWidget(widget, 'cost_forward'), forward, 0);
    await expectNumber(inWidget(widget, 'cost_backprop'), forward + (forward - 200) + forward, 0);
    await expectNumber(inWidget(widget, 'cost_parameters'), parameters, 0);
    await expect(inWidget(widget, 'cost_finiteDifferences')).toHaveAttribute(
      'data-value',
      String(2 * parameters * forward),
    );
  });

  test('the chapter ends with the equations for two hidden layers and a link to chapter 5', async ({ page }) => {
    await openChapter(page, 'the-same-thing-as-matrices');
    await expect(page.getByRole('heading', { name: 'Two hidden layers' })).toBeVisible();
    await expect(
      page.locator('article.chapter').getByRole('link', { name: 'Any depth: build a network', exact: true }),
    ).toHaveAttribute('href', '../build-a-network/');
  });
});
