import { test } from '../support/fixtures.ts';
import { expectNumber, inMath, openChapter, setField } from './worked.ts';

test.describe('Chapter 3, the error', () => {
  test('Δ = 0.2037 − 1 = −0.7963 and E = ½·0.7963² = 0.317047', async ({ page }) => {
    await openChapter(page, 'error');
    await expectNumber(inMath(page, 'Delta'), 0.2037 - 1);
    await expectNumber(inMath(page, 'E'), 0.5 * 0.7963 ** 2);
  });

  test('a target of 0.5 changes Δ to −0.2963 and E to ½·0.2963²', async ({ page }) => {
    await openChapter(page, 'error');
    await setField(page, 't1', '0.5');
    await expectNumber(inMath(page, 'Delta'), 0.2037 - 0.5);
    await expectNumber(inMath(page, 'E'), 0.5 * 0.2963 ** 2);
  });
});
