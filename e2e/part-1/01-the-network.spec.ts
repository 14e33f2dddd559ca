import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_002 } from './oracle.ts';
import { diagram, expectNumber, inMath, inWidget, openChapter, setField } from './worked.ts';

const WEIGHTS = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];

test.describe('Chapter 1, the network and its notation', () => {
  test('the diagram shows article 000: inputs 2 and 3, target 1, weights 0.12 to 0.12', async ({ page }) => {
    await openChapter(page, 'the-network');
    const figure = diagram(page);
    await expectNumber(inWidget(figure, 'i1'), 2);
    await expectNumber(inWidget(figure, 'i2'), 3);
    await expectNumber(inWidget(figure, 't1'), 1);
    await expectNumber(inWidget(figure, 'o1'), 1.23 * 0.11 + 0.57 * 0.12);
    await expectNumber(inWidget(figure, 'E'), 0.5 * (1.23 * 0.11 + 0.57 * 0.12 - 1) ** 2);
    const expected = [0.12, 0.33, 0.15, 0.09, 0.11, 0.12];
    for (const [k, name] of WEIGHTS.entries()) await expectNumber(inWidget(figure, name), expected[k]);
  });

  test('editing w4 redraws its edge and the starting weights in the text', async ({ page }) => {
    await openChapter(page, 'the-network');
    await setField(page, 'w4', '-0.4');
    await expectNumber(inWidget(diagram(page), 'w4'), -0.4);
    await expectNumber(inMath(page, 'w4'), -0.4);
    await expect(diagram(page).locator('g.edge-negative [data-quantity="w4"]')).toHaveCount(1);
  });

  test('the article 002 preset sets all six weights, and Reset brings article 000 back', async ({ page }) => {
    await openChapter(page, 'the-network');
    await page.getByRole('button', { name: 'Preset: article 002' }).click();
    for (const [k, name] of WEIGHTS.entries()) {
      await expect(page.getByRole('textbox', { name, exact: true })).toHaveValue(String(ARTICLE_002[k]));
      await expectNumber(inWidget(diagram(page), name), ARTICLE_002[k]);
    }
    await expect(page).toHaveURL(/w1=0\.11/);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expectNumber(inWidget(diagram(page), 'w1'), 0.12);
    await expect(page).toHaveURL(/\/the-network\/$/);
  });
});
