import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_000, byHand, shown, type Weights } from './oracle.ts';
import { diagram, expectNumber, inMath, inWidget, openChapter, setField } from './worked.ts';

test.describe('Chapter 2, the forward pass', () => {
  test('the typeset sums give h1 = 1.23, h2 = 0.57 and the prediction 0.2037', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    await expectNumber(inMath(page, 'net_h1'), 2 * 0.12 + 3 * 0.33);
    await expectNumber(inMath(page, 'h2'), 2 * 0.15 + 3 * 0.09);
    await expectNumber(inMath(page, 'o1'), 1.23 * 0.11 + 0.57 * 0.12);
    await expect(inMath(page, 'o1')).toHaveText('0.2037');
  });

  test('editing w1 to 0.5 recomputes h1 and the prediction in the math and the diagram', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    await setField(page, 'w1', '0.5');
    const w: Weights = [0.5, 0.33, 0.15, 0.09, 0.11, 0.12];
    const expected = byHand(w, 2, 3, 1);
    await expectNumber(inMath(page, 'net_h1'), expected.netH1); // 2·0.5 + 3·0.33 = 1.99
    await expectNumber(inMath(page, 'o1'), expected.o);
    await expectNumber(inWidget(diagram(page), 'o1'), expected.o);
    await expect(page).toHaveURL(/\?w1=0\.5$/);
  });

  test('the screen-reader copy of the math follows the visible numbers', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    await setField(page, 'w1', '0.5');
    const mathml = page.locator('.katex-mathml [data-live-mathml="o1"]').first();
    await expect(mathml).toHaveText(shown(byHand([0.5, 0.33, 0.15, 0.09, 0.11, 0.12], 2, 3, 1).o));
  });

  test('under ReLU a negative weighted sum switches h1 off: h1 = 0 and the prediction uses h2 alone', async ({
    page,
  }) => {
    await openChapter(page, 'forward-pass');
    await page.getByRole('combobox', { name: 'activation' }).selectOption('relu');
    await setField(page, 'w1', '-1');
    const w: Weights = [-1, 0.33, 0.15, 0.09, 0.11, 0.12];
    const expected = byHand(w, 2, 3, 1, 'relu');
    await expectNumber(inMath(page, 'net_h1'), -2 + 3 * 0.33); // −1.01
    await expect(inMath(page, 'net_h1')).toHaveText('−1.01');
    await expectNumber(inMath(page, 'h1'), 0);
    await expectNumber(inMath(page, 'o1'), expected.o);
    await expect(diagram(page).locator('.node-off')).toHaveCount(1);
    await expectNumber(inWidget(diagram(page), 'net_h1'), -1.01);
    await expect(diagram(page).locator('.node-off')).toContainText('off');
  });

  test('with ReLU and article 000 the numbers are those of the linear net, since every sum is positive', async ({
    page,
  }) => {
    await openChapter(page, 'forward-pass', '?activation=relu');
    await expectNumber(inMath(page, 'o1'), byHand(ARTICLE_000, 2, 3, 1).o);
  });

  test('switching to sigmoid gives h1 = σ(1.23) and a new prediction', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    await page.getByRole('combobox', { name: 'activation' }).selectOption('sigmoid');
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    await expectNumber(inMath(page, 'h1'), sigmoid(1.23));
    await expectNumber(inMath(page, 'o1'), sigmoid(1.23) * 0.11 + sigmoid(0.57) * 0.12);
    await expect(page).toHaveURL(/activation=sigmoid/);
  });
});

test.describe('Chapter 2 without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test("the article's numbers are in the HTML: h1 = 1.23 and the prediction 0.2037", async ({ page }) => {
    await page.goto('part-1/forward-pass/');
    await expectNumber(inMath(page, 'net_h1'), 1.23);
    await expectNumber(inMath(page, 'o1'), 0.2037);
    await expectNumber(inWidget(diagram(page), 'o1'), 0.2037);
    await expect(page.getByRole('textbox', { name: 'w1', exact: true })).toHaveValue('0.12');
  });
});
