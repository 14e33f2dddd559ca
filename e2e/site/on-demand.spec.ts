import { expect, test } from '../support/fixtures.ts';

// Widgets whose server HTML is already right (tables, no measured width) load their code only when the state changes
// or a control of theirs is clicked, on a page opened without a query (src/browser/page.ts, ON_DEMAND).

test('a chapter opened plainly loads the parameter table only once the setup changes, and the table then follows it', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await page.goto('part-1/backpropagation/');
  await expect(page.locator('html')).toHaveAttribute('data-page', 'ready');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((url) => /\/ParameterTable\.[\w-]+\.js$/.test(url))).toEqual([]);
  const table = page.locator('[data-widget="parameter-table"]');
  const field = page.getByLabel('w5', { exact: true }).first();
  await expect(table.locator('[data-quantity="w5"]').first()).toHaveAttribute('data-value', await field.inputValue());
  await field.fill('0.5');
  await expect(table.locator('[data-quantity="w5"]').first()).toHaveAttribute('data-value', '0.5');
  expect(loaded.filter((url) => /\/ParameterTable\.[\w-]+\.js$/.test(url))).toHaveLength(1);
});

test("a click on a waiting widget's control is handed to it once its code has loaded", async ({ page }) => {
  await page.goto('part-2/build-a-network/');
  await expect(page.locator('html')).toHaveAttribute('data-page', 'ready');
  const check = page.locator('[data-widget="layer-matrices"] input[type="checkbox"]');
  await expect(check).toBeChecked();
  await check.click();
  await expect(check).not.toBeChecked();
  // The check's words go with it: the widget is live.
  await expect(page.locator('[data-widget="layer-matrices"] figcaption')).not.toContainText('relative difference');
});
