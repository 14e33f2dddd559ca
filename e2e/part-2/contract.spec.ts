// The number contract on every Part II page: setup in the URL, keyboard, axe.
import { expect, test } from '../support/fixtures.ts';
import { byHand, expectNumber, inMath, inWidget, openChapter, PUBLISHED, SLUGS, stepTable } from './two-outputs.ts';

const CONTROLS = [
  'w1',
  'w2',
  'w3',
  'w4',
  'w5',
  'w6',
  'w7',
  'w8',
  'b1',
  'b2',
  'i1',
  'i2',
  't1',
  't2',
  'learning rate',
  'activation',
  'loss',
  'train biases',
];

test.describe('Part II: the setup in the URL', () => {
  test('a link sets weights, a bias, targets, rate, activation and loss, and keeps the section anchor', async ({
    page,
  }) => {
    const query = '?w7=0.8&b2=0.3&t2=0.5&lr=0.25&activation=tanh&loss=mean-squared-error&trainBiases=off';
    await openChapter(page, 'output-weight-and-the-memo', query, '#the-biases');
    await expect(page.getByRole('textbox', { name: 'w7', exact: true })).toHaveValue('0.8');
    await expect(page.getByRole('textbox', { name: 'learning rate', exact: true })).toHaveValue('0.25');
    await expect(page.getByRole('combobox', { name: 'activation' })).toHaveValue('tanh');
    await expect(page.getByRole('combobox', { name: 'loss' })).toHaveValue('mean-squared-error');
    await expect(page.getByRole('checkbox', { name: 'train biases' })).not.toBeChecked();
    const p = { w: PUBLISHED.w.map((w, k) => (k === 6 ? 0.8 : w)), b1: 0.35, b2: 0.3 };
    const r = byHand(p, 'tanh', [0.05, 0.1], [0.01, 0.5]);
    await expectNumber(inMath(page, 'grad_w7'), r.grads[6], 9);
    await expectNumber(inWidget(stepTable(page), 'next_w7'), 0.8 - 0.25 * r.grads[6], 6);
    await expectNumber(inWidget(stepTable(page), 'next_b2'), 0.3, 6);
    await expect(page).toHaveURL(/#the-biases$/);
  });
});

for (const slug of SLUGS) {
  test.describe(`Part II page ${slug}`, () => {
    test('every control of the page can be reached with Tab', async ({ page }) => {
      await openChapter(page, slug);
      await page.locator('h1').first().click();
      const total = await page.locator('.widget input, .widget select, .widget button').count();
      const reached = new Set<string>();
      for (let k = 0; k < total + 200 && reached.size < total; k++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          if (!el || !el.closest('.widget') || !/^(INPUT|SELECT|BUTTON)$/.test(el.tagName)) return null;
          const all = [...document.querySelectorAll('.widget input, .widget select, .widget button')];
          return `${all.indexOf(el)}:${el.labels?.[0]?.textContent?.trim() ?? el.textContent?.trim()}`;
        });
        if (id) reached.add(id);
      }
      expect(reached.size).toBe(total);
      const labels = [...reached].map((id) => id.split(':').slice(1).join(':'));
      for (const name of CONTROLS) expect(labels).toContain(name);
    });
    // axe on every page at its load: e2e/site/every-page.spec.ts.
  });
}
