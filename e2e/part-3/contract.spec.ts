// The setup in the URL, bad input, keyboard and axe on every Part III page.
import AxeBuilder from '@axe-core/playwright';
import { expect, readNumber, test } from '../support/fixtures.ts';
import { ARTICLE_003, byHand, expectValue, anywhere, openChapter, setField } from './xor.ts';

const slugs = [
  'why-xor-needs-a-hidden-layer',
  'one-example-forward',
  'backward-with-the-erratum',
  'training-online-or-batch',
];

test.describe('Part III: the setup in the URL', () => {
  test("the article's link gives the article's numbers and leaves the address clean", async ({ page }) => {
    await openChapter(page, 'one-example-forward', '?W1=-4,-4;-1,1&b1=-1,2&W2=-3,-2&b2=3&lr=1');
    await expect(page.getByRole('textbox', { name: 'W1[2,1]', exact: true })).toHaveValue('-1');
    await expectValue(anywhere(page, 'a2_1'), byHand(ARTICLE_003, [0, 0], 0).y);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('URL → fields → numbers, and back to the URL after an edit', async ({ page }) => {
    await openChapter(page, 'backward-with-the-erratum', '?W1=-3,-4;-1,1&b2=2&x=0,1');
    await expect(page.getByRole('textbox', { name: 'W1[1,1]', exact: true })).toHaveValue('-3');
    await expect(page.getByRole('textbox', { name: 'b2[1]', exact: true })).toHaveValue('2');
    const n = {
      ...ARTICLE_003,
      W1: [
        [-3, -4],
        [-1, 1],
      ],
      b2: [2],
    };
    await expectValue(anywhere(page, 'a2_1'), byHand(n, [0, 1], 1).y);
    await expectValue(anywhere(page, 'delta1_2'), byHand(n, [0, 1], 1).delta1[1]);
    await setField(page, 'W2[1,1]', '-2.5');
    await expectValue(anywhere(page, 'a2_1'), byHand({ ...n, W2: [[-2.5, -2]] }, [0, 1], 1).y);
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).search))
      .toBe('?W1=-3,-4;-1,1&W2=-2.5,-2&b2=2&x=0,1');
  });

  test('bad matrix parameters give a notice and the page keeps working', async ({ page }) => {
    await openChapter(page, 'why-xor-needs-a-hidden-layer', '?W1=1,2,3&b1=x,1&W3=1&b2=2');
    const notice = page.locator('.url-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Ignored W1=');
    await expect(notice).toContainText('Ignored b1=');
    await expect(notice).toContainText('W3');
    await expectValue(anywhere(page, 'pred_0_0'), byHand({ ...ARTICLE_003, b2: [2] }, [0, 0], 0).y);
    await setField(page, 'b2[1]', '3');
    await expectValue(anywhere(page, 'pred_0_0'), byHand(ARTICLE_003, [0, 0], 0).y);
  });
});

for (const slug of slugs) {
  test(`on /part-3/${slug}/ the keyboard nudges W1[1,1] and axe finds nothing`, async ({ page }) => {
    test.slow();
    // A quantity each page shows that W1[1,1] moves: the hidden unit's output for the row (1, 0), or its prediction.
    const quantity = slug === 'training-online-or-batch' ? 'pred_1_0' : 'a1_1';
    await openChapter(page, slug, slug === 'training-online-or-batch' ? '' : '?x=1,0');
    const field = page.getByRole('textbox', { name: 'W1[1,1]', exact: true });
    await field.focus();
    await page.keyboard.press('ArrowUp');
    await expect(field).toHaveValue('-3.99');
    const n = {
      ...ARTICLE_003,
      W1: [
        [-3.99, -4],
        [-1, 1],
      ],
    };
    const pass = byHand(n, [1, 0], 1);
    await expectValue(anywhere(page, quantity), quantity === 'a1_1' ? pass.a1[0] : pass.y);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target) }))).toEqual([]);
  });
}

test.describe('a shuffled online order', () => {
  test('?shuffle=3 opens ready with the order shown, and the order changes the numbers after a few steps', async ({
    page,
  }) => {
    await openChapter(page, 'training-online-or-batch', '?shuffle=3');
    await expect(page.getByRole('combobox', { name: 'order' })).toHaveValue('shuffled');
    await expect(page.getByRole('textbox', { name: 'shuffle seed' })).toHaveValue('3');
    await expectValue(anywhere(page, 'pred_0_0'), byHand(ARTICLE_003, [0, 0], 0).y);
    await openChapter(page, 'training-online-or-batch', '?shuffle=3&steps=7');
    const shuffled = (await readNumber(anywhere(page, 'pred_0_0'))).value;
    await openChapter(page, 'training-online-or-batch', '?steps=7');
    expect(Math.abs((await readNumber(anywhere(page, 'pred_0_0'))).value - shuffled)).toBeGreaterThan(1e-6);
  });

  test('picking "shuffled" keeps the page working, writes shuffle=1, and the link gives the same numbers', async ({
    page,
  }) => {
    await openChapter(page, 'training-online-or-batch', '?steps=7');
    await page.getByRole('combobox', { name: 'order' }).selectOption('shuffled');
    await expect.poll(() => new URL(page.url()).search).toBe('?shuffle=1');
    for (let k = 0; k < 5; k++) await page.getByRole('button', { name: 'Step', exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).search).toBe('?shuffle=1&steps=5');
    const url = new URL(page.url());
    const values = await page
      .locator('[data-quantity^="pred_"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-value')));
    await page.goto(url.pathname + url.search);
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    expect(
      await page
        .locator('[data-quantity^="pred_"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-value'))),
    ).toEqual(values);
  });

  test('batch with a shuffle seed opens ready and says the order changes nothing; the builder takes shuffle too', async ({
    page,
  }) => {
    await openChapter(page, 'training-online-or-batch', '?mode=batch&shuffle=3&steps=5');
    await expect(page.locator('[data-shuffle-note]')).toContainText('changes nothing');
    const batch = (await readNumber(anywhere(page, 'pred_0_0'))).value;
    await openChapter(page, 'training-online-or-batch', '?mode=batch&steps=5');
    await expectValue(anywhere(page, 'pred_0_0'), batch, 1e-15);
    await page.goto('part-2/build-a-network/?mode=online&shuffle=5&steps=3');
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    await expect(page.getByRole('combobox', { name: 'order' })).toHaveValue('shuffled');
  });
});
