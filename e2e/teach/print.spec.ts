// A printed chapter names its setup at the top (from the URL, as text) and prints the numbers of that setup.
import { expect, readNumber, test } from '../support/fixtures.ts';

const printSetup = (page: import('@playwright/test').Page) => page.locator('article.chapter [data-print-setup]');

test('a printed chapter lists the setup of its link at the top, and its numbers are those of that setup', async ({
  page,
}) => {
  await page.goto('part-1/forward-pass/?w1=0.5&lr=0.1&activation=sigmoid');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await expect(printSetup(page)).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(printSetup(page)).toBeVisible();
  await expect(printSetup(page)).toHaveText('Setup: w1 = 0.5, learning rate = 0.1, activation = sigmoid.');
  // net_h1 = i1·w1 + i2·w2 = 2·0.5 + 3·0.33, and h1 = σ(1.99).
  const netH1 = page.locator('.katex [data-quantity="net_h1"][data-live]').first();
  await expect(netH1).toBeVisible();
  expect(Math.abs((await readNumber(netH1)).value - (2 * 0.5 + 3 * 0.33))).toBeLessThan(1e-12);
  const h1 = (await readNumber(page.locator('.katex [data-quantity="h1"][data-live]').first())).value;
  expect(Math.abs(h1 - 1 / (1 + Math.exp(-1.99)))).toBeLessThan(1e-12);
  await expect(page.getByRole('button', { name: 'Reproduce in Python' })).toBeHidden();
});

test('the printed setup says how many steps were taken, and a chapter at its defaults says so', async ({ page }) => {
  await page.goto('part-1/training/?steps=50');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(printSetup(page)).toHaveText('Setup: after 50 steps.');
  await expect(page.locator('[data-quantity="steps"]').first()).toHaveAttribute('data-value', '50');
  await page.goto('part-2/output-weight-and-the-memo/?trainBiases=off&lr=0.25');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await expect(printSetup(page)).toHaveText(
    /^Setup: (learning rate = 0\.25, train biases = off|train biases = off, learning rate = 0\.25)\.$/,
  );
  await page.goto('part-3/backward-with-the-erratum/');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await expect(printSetup(page)).toHaveText("Setup: the chapter's defaults.");
});

test("the printed setup follows the reader's edits", async ({ page }) => {
  await page.goto('part-1/forward-pass/');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'w2', exact: true }).fill('0.25');
  await page.emulateMedia({ media: 'print' });
  await expect(printSetup(page)).toHaveText('Setup: w2 = 0.25.');
});

test('a printed quiz link is a worksheet: the quantities stay blank, each with its answer box, and the panel for instructors is left out', async ({
  page,
}) => {
  await page.goto('part-1/backpropagation/?w1=0.2&quiz=grad_w1');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  await expect(printSetup(page)).toHaveText('Setup: w1 = 0.2.');
  await expect(page.locator('.katex [data-quantity="grad_w1"][data-live]').first()).toHaveText('?');
  await expect(page.locator('.katex [data-quantity="grad_w1"][data-live]').first()).not.toHaveAttribute('data-value');
  await expect(page.getByRole('textbox', { name: 'Your answer: ∂E/∂w1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show me' })).toBeHidden();
  await expect(page.locator('details.instructors')).toBeHidden();
});
