import { expect, test } from '../support/fixtures.ts';
import { byHand, expectNumber, inMath, openChapter, PUBLISHED } from './two-outputs.ts';

test.describe('Part II chapter 2, the error of two outputs', () => {
  test('E = ½[(o1 − t1)² + (o2 − t2)²] = 0.298371109 in both formulas', async ({ page }) => {
    await openChapter(page, 'error-of-two-outputs');
    const r = byHand(PUBLISHED);
    expect(r.error).toBeCloseTo(0.298371109, 9);
    const shown = page.locator('.katex [data-quantity="E"][data-live]');
    expect(await shown.count()).toBeGreaterThanOrEqual(2);
    await expectNumber(shown.nth(0), r.error, 9);
    await expectNumber(shown.nth(1), r.error, 9);
    await expectNumber(inMath(page, 'Delta_o1'), r.o1 - 0.01, 6);
    await expectNumber(inMath(page, 'Delta_o2'), r.o2 - 0.99, 6);
  });

  test('switching to mean squared error changes neither E nor any gradient, since 2/n = 1 for two outputs', async ({
    page,
  }) => {
    await openChapter(page, 'error-of-two-outputs');
    const r = byHand(PUBLISHED);
    // (1/n)Σ with n = 2 is ½Σ; its gradient (2/n)(o − t) is o − t.
    const mse = (1 / 2) * ((r.o1 - 0.01) ** 2 + (r.o2 - 0.99) ** 2);
    expect(mse).toBe(r.error);
    await page.getByRole('combobox', { name: 'loss' }).selectOption('mean-squared-error');
    await expect(page).toHaveURL(/loss=mean-squared-error/);
    await expectNumber(inMath(page, 'E'), mse, 9);
    await expectNumber(page.locator('[data-quantity="delta_o1"]').first(), r.deltaO1 * (2 / 2));
    await expectNumber(page.locator('[data-quantity="delta_h2"]').first(), r.deltaH2 * (2 / 2));
    await expect(page.locator('.prose')).toContainText('the two errors are the same number');
    await expect(page.locator('.prose')).toContainText('scales every gradient by');
  });

  test('changing t1 changes the error of o1 only', async ({ page }) => {
    await openChapter(page, 'error-of-two-outputs');
    await page.getByRole('textbox', { name: 't1', exact: true }).fill('0.5');
    const r = byHand(PUBLISHED, 'sigmoid', [0.05, 0.1], [0.5, 0.99]);
    await expectNumber(inMath(page, 'E'), r.error, 9);
    await expectNumber(inMath(page, 'Delta_o1'), r.o1 - 0.5, 6);
  });
});
