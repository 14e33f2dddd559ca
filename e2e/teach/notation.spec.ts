// The notation page: generated tables, links to where each symbol is introduced, and axe.
import { expect, test } from '../support/fixtures.ts';

test('the notation page has one table per example, and w1 links to where Part I introduces it', async ({ page }) => {
  await page.goto('notation/');
  await expect(page.getByRole('table')).toHaveCount(6);
  const partOne = page.getByRole('table').first();
  const row = partOne.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '∂E/∂w1', exact: true }) });
  await expect(row.getByRole('link')).toHaveAttribute('href', /\/part-1\/backpropagation\/#the-chain-rule-for-w1$/);
  await expect(page.getByRole('table').nth(5).getByRole('cell', { name: 'W{l}_{j}_{i}', exact: true })).toHaveCount(1);
});

test('the chapter sidebar links to the notation page', async ({ page }) => {
  await page.goto('part-1/the-network/');
  await page
    .getByRole('complementary', { name: 'Chapter list' })
    .getByRole('link', { name: 'Notation', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notation' })).toBeVisible();
});

// axe on the notation page, light and dark: e2e/site/every-page.spec.ts.
