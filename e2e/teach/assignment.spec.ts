// Instructors' links: lock= shows controls read-only, hide= hides controls or whole widgets, and every link the
// page writes keeps both keys.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures.ts';
import { HIDE_LINK, LOCK_LINK } from './links.ts';

const ready = async (page: import('@playwright/test').Page, path: string) => {
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
};

test('a lock link shows w1, w2 and the learning rate read-only, typing changes nothing, and the link keeps the lock', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page, LOCK_LINK);
  const w1 = page.getByRole('textbox', { name: 'w1', exact: true });
  await expect(w1).toHaveAttribute('readonly', '');
  await expect(page.getByRole('textbox', { name: 'learning rate', exact: true })).toHaveAttribute('readonly', '');
  await expect(w1).toHaveAccessibleDescription(/Locked by the link/);
  await expect(page.locator('.field.locked')).toHaveCount(3);
  await w1.focus();
  await page.keyboard.type('9');
  await page.keyboard.press('ArrowUp');
  await expect(w1).toHaveValue('0.12');
  // net_h1 = 2·0.12 + 3·0.33 is unchanged; an unlocked field still works and the lock stays in the address.
  await expect(page.locator('.katex [data-quantity="net_h1"][data-live]').first()).toHaveAttribute(
    'data-value',
    String(2 * 0.12 + 3 * 0.33),
  );
  await page.getByRole('textbox', { name: 'w3', exact: true }).fill('0.2');
  await expect(page).toHaveURL(/\?w3=0\.2&lock=w1,w2,lr$/);
  await page.getByRole('button', { name: 'Copy link to this setup' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.get('lock')).toBe('w1,w2,lr');
  expect(copied.searchParams.get('w3')).toBe('0.2');
});

test('a hide link hides the activation select, the presets and the training panel; unknown names get a notice', async ({
  page,
}) => {
  await ready(page, `${HIDE_LINK},colour`);
  await expect(page.getByRole('combobox', { name: 'activation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Preset: article 002' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Training' })).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'w1', exact: true })).toBeVisible();
  await expect(page.locator('.url-notice')).toContainText(
    'Ignored hide="colour": this page has no part or control of that name.',
  );
});

test("a hide link can take away the predict questions, the exercises and the instructors' panel", async ({ page }) => {
  await ready(page, 'part-1/backpropagation/?hide=predict,exercises,instructors');
  await expect(page.locator('form.predict').first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Exercises' })).toBeHidden();
  await expect(page.getByText('For instructors: make an assignment link')).toBeHidden();
  await expect(page.locator('.url-notice')).toBeHidden();
});

test('with a lock and a notice, axe finds nothing', async ({ page }) => {
  test.slow();
  await ready(page, 'part-1/error/?lock=t1,activation&hide=nothing');
  await expect(page.getByRole('combobox', { name: 'activation' })).toBeDisabled();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
});
