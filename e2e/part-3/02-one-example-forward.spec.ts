import { expect, test } from '../support/fixtures.ts';
import { ARTICLE_003, byHand, expectValue, inMath, openChapter } from './xor.ts';

test.describe('One example through the network', () => {
  test('the forward pass for (0, 0) gives 0.2689, 0.8808 and 0.6063, every entry as in the arithmetic', async ({
    page,
  }) => {
    await openChapter(page, 'one-example-forward');
    const pass = byHand(ARTICLE_003, [0, 0], 0);
    await expectValue(inMath(page, 'z1_1'), pass.z1[0]);
    await expectValue(inMath(page, 'z1_2'), pass.z1[1]);
    await expectValue(inMath(page, 'a1_1'), pass.a1[0]);
    await expectValue(inMath(page, 'a1_2'), pass.a1[1]);
    await expectValue(inMath(page, 'z2_1'), pass.z2);
    await expectValue(inMath(page, 'a2_1'), pass.y);
    await expectValue(inMath(page, 'E'), pass.E);
    await expect(inMath(page, 'a1_1')).toHaveText('0.2689');
    await expect(inMath(page, 'a1_2')).toHaveText('0.8808');
    await expect(inMath(page, 'a2_1')).toHaveText('0.6063');
  });

  test('choosing the example (1, 1) redoes the pass for that row', async ({ page }) => {
    await openChapter(page, 'one-example-forward');
    await page.getByRole('combobox', { name: 'example' }).selectOption({ label: 'x = (1, 1), t = 0' });
    const pass = byHand(ARTICLE_003, [1, 1], 0);
    await expectValue(inMath(page, 'z1_1'), pass.z1[0]);
    await expectValue(inMath(page, 'a2_1'), pass.y);
    await expectValue(inMath(page, 'Delta'), pass.y - 0);
    await expect(page).toHaveURL(/\?x=1,1$/);
  });
});
