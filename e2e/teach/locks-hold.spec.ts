// lock= holds against every control of the page, not only the locked field: Reset, the presets, Part III's seeded
// start, the builder's layer sizes. The builder's controls and the start picker can be locked and hidden by name.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

test('Reset and every preset leave the locked w1 and learning rate at the link’s values', async ({ page }) => {
  await ready(page, 'part-1/forward-pass/?w1=0.7&w3=0.4&lr=0.3&lock=w1,lr');
  const w1 = page.getByRole('textbox', { name: 'w1', exact: true });
  const w3 = page.getByRole('textbox', { name: 'w3', exact: true });
  for (const button of ['Reset', 'Preset: article 000', 'Preset: article 002']) {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(w1).toHaveValue('0.7');
    await expect(page.getByRole('textbox', { name: 'learning rate', exact: true })).toHaveValue('0.3');
  }
  // The unlocked w3 followed the buttons; net_h1 = 0.7·2 + w2·3 with the link's w1 (article 002's w2 is 0.2).
  await expect(w3).not.toHaveValue('0.4');
  await expect(w1).toHaveAttribute('readonly', '');
});

test('hide=presets takes Reset with the presets', async ({ page }) => {
  await ready(page, 'part-1/forward-pass/?hide=presets');
  await expect(page.getByRole('button', { name: 'Reset' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Preset: article 000' })).toBeHidden();
});

test('Part III: drawing a start keeps a locked weight, and lock=seed keeps the whole start', async ({ page }) => {
  await ready(page, 'part-3/training-online-or-batch/?W1=-4,-4;-1,1&lock=W1_1_2');
  const locked = page.locator('.setup-controls input[data-controls="W1_1_2"]');
  const free = page.locator('.setup-controls input[data-controls="W1_2_1"]');
  await page.getByRole('textbox', { name: 'seed', exact: true }).fill('5');
  await page.getByRole('button', { name: 'Draw the start for this seed' }).click();
  await expect(free).not.toHaveValue('-1');
  await expect(locked).toHaveValue('-4');
  await expect(locked).toHaveAttribute('readonly', '');

  await ready(page, 'part-3/training-online-or-batch/?W1=-4,-4;-1,1&lock=seed');
  await expect(page.getByRole('textbox', { name: 'seed', exact: true })).toHaveAttribute('readonly', '');
  await page.getByRole('button', { name: 'Draw the start for this seed' }).click();
  await page.getByRole('button', { name: 'Back to the article’s start' }).click();
  await expect(free).toHaveValue('-1');
});

test('the builder: a new layer size keeps a locked weight locked, and shape, data set and biases lock and hide by name', async ({
  page,
}) => {
  await ready(page, 'part-2/build-a-network/?shape=2-3-1&W1=0.5,0.1;0.2,0.3;-0.4,0.6&lock=W1_1_1');
  await page.getByRole('combobox', { name: 'units in layer 1' }).selectOption('5');
  const w = page.locator('.setup-controls input[data-controls="W1_1_1"]');
  await expect(page.locator('.setup-controls input[data-controls="W1_5_1"]')).toHaveCount(1);
  await expect(w).toHaveValue('0.5');
  await expect(w).toHaveAttribute('readonly', '');

  await ready(page, 'part-2/build-a-network/?lock=shape,data set,biases');
  await expect(page.getByRole('combobox', { name: 'units in layer 1' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'weight layers' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'data set' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'biases', exact: true })).toBeDisabled();
  await expect(page.locator('.url-notice')).toBeHidden();

  await ready(page, 'part-2/build-a-network/?hide=shape,data set,biases');
  await expect(page.getByRole('combobox', { name: 'units in layer 1' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'data set' })).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'biases', exact: true })).toBeHidden();
});

test('the panel offers the builder’s controls and says a link is a convenience, not security', async ({ page }) => {
  await ready(page, 'part-2/build-a-network/');
  await page.getByText('For instructors: make an assignment link').click();
  await expect(page.locator('.instructors-body')).toContainText('A link is a convenience, not security');
  for (const name of ['shape', 'data set', 'biases'])
    await expect(page.locator(`.instructors-lock input[value="${name}"]`)).toHaveCount(1);
});
