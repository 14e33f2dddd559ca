import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_003, ROWS, byHand, expectValue, anywhere, openChapter, setField } from './xor.ts';

test.describe('Why XOR needs a hidden layer', () => {
  test("the truth table shows the four predictions of the article's start beside the targets", async ({ page }) => {
    await openChapter(page, 'why-xor-needs-a-hidden-layer');
    const table = page.getByRole('table', { name: /XOR: targets/ });
    for (const [x1, x2, t] of ROWS) {
      await expectValue(table.locator(`[data-quantity="pred_${x1}_${x2}"]`), byHand(ARTICLE_003, [x1, x2], t).y);
    }
    await expect(table.locator('[data-quantity="pred_0_0"]')).toHaveText('0.6063');
  });

  test('editing W1[1,2] moves the predictions and the hidden line in the input square', async ({ page }) => {
    await openChapter(page, 'why-xor-needs-a-hidden-layer');
    await setField(page, 'W1[1,2]', '2');
    const n = {
      ...ARTICLE_003,
      W1: [
        [-4, 2],
        [-1, 1],
      ],
    };
    await expectValue(anywhere(page, 'pred_0_1'), byHand(n, [0, 1], 1).y);
    const square = page.getByRole('img', {
      name: /Hidden units' lines: h1: −4·x1 \+ 2·x2 − 1 = 0; h2: −1·x1 \+ 1·x2 \+ 2 = 0/,
    });
    await expect(square).toHaveCount(1);
  });
});
