// The builder's controls (shape, data set, start, biases) are right in the server's HTML at the chapter's defaults, so
// their code loads only when the setup changes or the reader reaches for one; a choice made before it has loaded is
// taken, and an instructor's locks stay on them once mounted.
import { expect, test } from '../support/fixtures.ts';

const BUILDER = 'part-2/build-a-network/';

test('opened without a query, the builder loads no control code; a data set chosen before it loads is taken', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(BUILDER);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const section = page.locator('section.network-builder');
  await expect(section).not.toHaveAttribute('data-mounted');
  expect(fetched.filter((url) => /BuilderControls/.test(url))).toEqual([]);
  // selectOption sets the value and sends the change without a focus or a pointer first: the change itself wakes them.
  await page.getByRole('combobox', { name: 'data set' }).selectOption('two-outputs');
  await expect(section).toHaveAttribute('data-mounted', '');
  await expect(page).toHaveURL(/[?&]data=two-outputs(&|$)/);
  // The 2-2-2 example has two inputs and two outputs: the hidden layers stay, the output layer takes two units.
  await expect(section).toContainText('Shape 2-3-3-2: 2 inputs, 2 hidden layers, 2 outputs.');
  await expect(page.getByRole('combobox', { name: 'data set' })).toHaveValue('two-outputs');
});

test('a link that changes the setup mounts the controls at once, and locked ones stay locked', async ({ page }) => {
  await page.goto(`${BUILDER}?lr=0.3&lock=shape,data set,biases`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await expect(page.locator('section.network-builder')).toHaveAttribute('data-mounted', '');
  await expect(page.getByRole('combobox', { name: 'data set' })).toBeDisabled();
  await expect(page.getByRole('combobox', { name: 'weight layers' })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'biases', exact: true })).toBeDisabled();
  // The start is not locked: it still rebuilds the network.
  await page.getByRole('combobox', { name: 'start' }).selectOption('zeros');
  await expect(page.locator('section.network-builder')).toContainText('Start: all 0.');
  await expect(page.getByRole('combobox', { name: 'data set' })).toBeDisabled();
});
