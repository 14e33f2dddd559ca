import { expect, readNumber, test } from '../support/fixtures.ts';
import { ARTICLE_000, ARTICLE_002, byHand, trainByHand } from './oracle.ts';
import { expectNumber, inMath, inWidget, openChapter, stepTable, trainingPanel } from './worked.ts';

const NAMES = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];

test.describe('Chapter 5, one step, then many', () => {
  test('one step at rate 0.05 gives the new weights and the second prediction 0.294786', async ({ page }) => {
    await openChapter(page, 'training');
    const expected = [0.128759, 0.343139, 0.159556, 0.104333, 0.158972, 0.142695];
    for (const [k, name] of NAMES.entries())
      await expectNumber(inMath(page, `next_${name}`), trainByHand(ARTICLE_000, 1, 0.05)[k], 6);
    for (const [k, name] of NAMES.entries()) await expect(inMath(page, `next_${name}`)).toHaveText(String(expected[k]));
    await expect(inMath(page, 'next_o1')).toHaveText('0.294786');
  });

  test('pressing Step moves the page to step 1: current weights, prediction 0.294786', async ({ page }) => {
    await openChapter(page, 'training');
    const panel = trainingPanel(page);
    await panel.getByRole('button', { name: 'Step' }).click();
    await expectNumber(inWidget(panel, 'steps'), 1, 0);
    await expectNumber(inWidget(panel, 'o1'), byHand(trainByHand(ARTICLE_000, 1, 0.05), 2, 3, 1).o, 6);
    await expect(inWidget(panel, 'o1')).toHaveText('0.294786');
    await expectNumber(inWidget(panel, 'w5'), trainByHand(ARTICLE_000, 1, 0.05)[4], 6);
    await expect(inWidget(panel, 'w5')).toHaveText('0.158972');
    await expect(page).toHaveURL(/steps=1/);
  });

  test('after 50 steps the weights and the error are those of 50 steps worked by hand', async ({ page }) => {
    await openChapter(page, 'training');
    const panel = trainingPanel(page);
    await panel.getByRole('button', { name: 'Step' }).focus();
    for (let k = 0; k < 50; k++) await page.keyboard.press('Enter');
    await expectNumber(inWidget(panel, 'steps'), 50, 0);
    const weights = trainByHand(ARTICLE_000, 50, 0.05);
    for (const [k, name] of NAMES.entries()) await expectNumber(inWidget(panel, name), weights[k], 6);
    await expectNumber(inWidget(panel, 'E'), byHand(weights, 2, 3, 1).error, 8);
    // The step table now shows the 51st step, from the current weights.
    await expectNumber(inWidget(stepTable(page), 'next_w1'), trainByHand(ARTICLE_000, 51, 0.05)[0], 6);
  });

  test('a link with steps=50 opens the page at step 50', async ({ page }) => {
    await openChapter(page, 'training', '?steps=50');
    await expectNumber(inWidget(trainingPanel(page), 'w1'), trainByHand(ARTICLE_000, 50, 0.05)[0], 6);
  });

  test('Play trains until the error is close to zero, then stops by itself', async ({ page }) => {
    await openChapter(page, 'training');
    const panel = trainingPanel(page);
    await panel.getByRole('combobox', { name: 'steps per frame' }).selectOption('10');
    await panel.getByRole('button', { name: 'Play' }).click();
    // The first step whose error is below 10⁻¹², worked out by hand.
    let convergedAt = 0;
    while (byHand(trainByHand(ARTICLE_000, convergedAt, 0.05), 2, 3, 1).error >= 1e-12) convergedAt++;
    await expect(panel.getByRole('status')).toContainText(`Converged at step ${convergedAt}:`, { timeout: 15_000 });
    expect((await readNumber(inWidget(panel, 'E'))).value).toBeLessThan(1e-12);
    await expect(panel.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('Reset training returns to step 0 and the starting weights', async ({ page }) => {
    await openChapter(page, 'training', '?steps=5');
    const panel = trainingPanel(page);
    await panel.getByRole('button', { name: 'Reset training' }).click();
    await expectNumber(inWidget(panel, 'steps'), 0, 0);
    await expectNumber(inWidget(panel, 'w1'), 0.12, 6);
    await expect(page).toHaveURL(/\/training\/$/);
  });

  test('the article 002 preset predicts 0.191, then 0.255746 after one step', async ({ page }) => {
    await openChapter(page, 'training');
    await page.getByRole('button', { name: 'Preset: article 002' }).click();
    await expectNumber(inMath(page, 'o1'), byHand(ARTICLE_002, 2, 3, 1).o);
    await expect(inMath(page, 'o1')).toHaveText('0.191');
    await expect(inMath(page, 'next_o1')).toHaveText('0.255746');
  });

  test('a learning rate of 1 diverges, and the page says so instead of showing NaN', async ({ page }) => {
    await openChapter(page, 'training', '?lr=1&steps=2000');
    const panel = trainingPanel(page);
    await expect(panel.getByRole('status')).toContainText('diverged');
    await expect(page.locator('body')).not.toContainText('NaN');
  });
});
