// "Where does this number come from": the dialog a live number opens, its formula against arithmetic written out
// here, keyboard use, and axe with the dialog open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatNumber } from '../../src/lib/format.ts';
import { expect, test } from '../support/fixtures.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const f = (value: number) => formatNumber(value, 4);
/** A factor in a formula shows four significant figures (so the shown factors multiply to the shown result). */
const factor = (value: number) => formatNumber(value, 4, 4);
/** A value after the first term of a formula: negative ones are bracketed. */
const after = (value: number) => (value < 0 ? `(${f(value)})` : f(value));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

const mathNumber = (page: Page, quantity: string) =>
  page.locator(`.katex [data-quantity="${quantity}"][data-live]`).first();
const dialog = (page: Page) => page.getByRole('dialog');

test('Part I: clicking ∂E/∂w1 shows δ_h1 · i1 with the numbers of the 2-2-1 network, and links to the chain rule for w1', async ({
  page,
}) => {
  await open(page, 'part-1/backpropagation/');
  await mathNumber(page, 'grad_w1').click();
  const o1 = (2 * 0.12 + 3 * 0.33) * 0.11 + (2 * 0.15 + 3 * 0.09) * 0.12; // 0.2037
  const deltaH1 = 0.11 * (o1 - 1) * 1; // w5 · δ_o1 · f′(net_h1), linear units
  await expect(dialog(page).locator('[data-explain-formula]')).toHaveText(
    `∂E/∂w1 = δ_h1 · i1 = ${factor(deltaH1)} · 2 = ${f(deltaH1 * 2)}`,
  );
  await expect(dialog(page).getByRole('link', { name: 'Where this is derived' })).toHaveAttribute(
    'href',
    /\/part-1\/backpropagation\/#the-chain-rule-for-w1$/,
  );
});

test('Part II: clicking δ_h1 shows the sum over w5 and w7 times the slope of h1', async ({ page }) => {
  await open(page, 'part-2/output-weight-and-the-memo/');
  await mathNumber(page, 'delta_h1').click();
  const [i1, i2, t1, t2] = [0.05, 0.1, 0.01, 0.99];
  const h1 = sigmoid(0.15 * i1 + 0.2 * i2 + 0.35);
  const h2 = sigmoid(0.25 * i1 + 0.3 * i2 + 0.35);
  const o1 = sigmoid(0.4 * h1 + 0.45 * h2 + 0.6);
  const o2 = sigmoid(0.5 * h1 + 0.55 * h2 + 0.6);
  const deltaO1 = (o1 - t1) * o1 * (1 - o1);
  const deltaO2 = (o2 - t2) * o2 * (1 - o2);
  const slope = h1 * (1 - h1);
  await expect(dialog(page).locator('[data-explain-formula]')).toHaveText(
    `δ_h1 = (w5 · δ_o1 + w7 · δ_o2) · f′(net_h1) = (0.4 · ${after(deltaO1)} + 0.5 · ${after(deltaO2)}) · ${after(slope)} = ${f((0.4 * deltaO1 + 0.5 * deltaO2) * slope)}`,
  );
});

test('Part III: clicking z1[2] for input (1, 1) shows −1 · 1 + 1 · 1 + 2 = 2', async ({ page }) => {
  await open(page, 'part-3/one-example-forward/?x=1,1');
  await mathNumber(page, 'z1_2').click();
  await expect(dialog(page).locator('[data-explain-formula]')).toHaveText(
    `z1[2] = W1[2,1] · x1 + W1[2,2] · x2 + b1[2] = −1 · 1 + 1 · 1 + 2 = ${f(-1 * 1 + 1 * 1 + 2)}`,
  );
});

test('Tab reaches a typeset number, Enter opens its dialog, Escape closes it and focus returns to the number', async ({
  page,
}) => {
  await open(page, 'part-1/error/');
  let onNumber = false;
  for (let k = 0; k < 200 && !onNumber; k++) {
    await page.keyboard.press('Tab');
    onNumber = await page.evaluate(() => document.activeElement?.matches('.katex [data-live][role="button"]') ?? false);
  }
  expect(onNumber).toBe(true);
  const quantity = await page.evaluate(() => document.activeElement?.getAttribute('data-quantity'));
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeFocused();
  await expect(dialog(page).locator('[data-explain-formula]')).toHaveAttribute('data-explain-formula', quantity ?? '');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-quantity'))).toBe(quantity);
});

test("the close button closes the dialog, and a tap still pins the number's highlight", async ({ page }) => {
  await open(page, 'part-1/error/');
  const number = mathNumber(page, 'E');
  await number.click();
  await expect(number).toHaveClass(/highlighted/);
  await dialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(dialog(page)).toHaveCount(0);
});

test('a widget number opens its dialog too', async ({ page }) => {
  await open(page, 'part-1/backpropagation/');
  await page.locator('.num[data-quantity="grad_w1"]').first().click();
  const deltaH1 = 0.11 * ((2 * 0.12 + 3 * 0.33) * 0.11 + (2 * 0.15 + 3 * 0.09) * 0.12 - 1);
  await expect(dialog(page).locator('[data-explain-formula]')).toHaveText(
    `∂E/∂w1 = δ_h1 · i1 = ${factor(deltaH1)} · 2 = ${f(deltaH1 * 2)}`,
  );
});

test('axe finds no violations with the dialog open', async ({ page }) => {
  test.slow();
  await open(page, 'part-1/error/');
  await mathNumber(page, 'E').click();
  await expect(dialog(page)).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual(
    [],
  );
});
