// The builder's start: Xavier's range for the current shape, live, and a zeros start whose hidden units stay
// identical however long it trains (read off the page: each unit's sum, output, delta and weight gradients).
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

async function open(page: Page, query = '') {
  await page.goto(`part-2/build-a-network/${query}`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}
const value = async (page: Page, quantity: string) =>
  Number(await page.locator(`[data-quantity="${quantity}"]`).first().getAttribute('data-value'));
const field = (page: Page, name: string) => page.locator(`input[data-controls="${name}"]`);

test("the start is Xavier's range for the shape shown, ±√(6 / (n_in + n_out)) per layer, and every drawn weight lies inside it", async ({
  page,
}) => {
  await open(page);
  await expect(page.getByRole('combobox', { name: 'start' })).toHaveValue('xavier');
  // 2-3-3-1: √(6/5), √(6/6), √(6/4).
  const shape = [2, 3, 3, 1];
  for (let l = 1; l < shape.length; l++) {
    const range = Math.sqrt(6 / (shape[l - 1] + shape[l]));
    expect(Math.abs((await value(page, `init_range_${l}`)) - range)).toBeLessThan(1e-12);
    for (let j = 1; j <= shape[l]; j++) {
      for (let i = 1; i <= shape[l - 1]; i++)
        expect(Math.abs(Number(await field(page, `W${l}_${j}_${i}`).inputValue()))).toBeLessThanOrEqual(range);
    }
  }
  // Five units in layer 1: its range and the next one's follow the shape.
  await page.getByRole('combobox', { name: 'units in layer 1' }).selectOption('5');
  await expect.poll(() => value(page, 'init_range_1')).toBeCloseTo(Math.sqrt(6 / 7), 12);
  await expect.poll(() => value(page, 'init_range_2')).toBeCloseTo(Math.sqrt(6 / 8), 12);
});

test('picking zeros sets every weight to 0 and the address to init=zeros; a bad init in a link gets a notice', async ({
  page,
}) => {
  await open(page, '?init=ones');
  await expect(page.locator('[data-url-notice]')).toContainText('Ignored init="ones": xavier or zeros.');
  await page.getByRole('combobox', { name: 'start' }).selectOption('zeros');
  await expect(page).toHaveURL(/[?&]init=zeros(&|$)/);
  for (const name of ['W1_1_1', 'W1_3_2', 'W2_2_3', 'W3_1_1']) await expect(field(page, name)).toHaveValue('0');
  await expect(page.locator('.network-builder')).toContainText('Start: all 0.');
});

test('from zeros, 300 online steps later the 3 units of each hidden layer are still identical, row for row', async ({
  page,
}) => {
  await open(page, '?init=zeros&act=sigmoid,sigmoid,sigmoid&mode=online&steps=300');
  const sentence = page.locator('.symmetric-units');
  await expect(sentence).toContainText(
    'After 300 steps, the 3 units of layer 1 and the 3 units of layer 2 still have identical weights and biases',
  );
  await expect(sentence).toHaveAttribute('data-identical-layers', '1,2');
  for (const [l, inputs] of [
    [1, 2],
    [2, 3],
  ]) {
    for (const prefix of ['z', 'a', 'delta']) {
      const first = await value(page, `${prefix}${l}_1`);
      for (const j of [2, 3]) expect(await value(page, `${prefix}${l}_${j}`), `${prefix}${l}_${j}`).toBe(first);
    }
    for (let i = 1; i <= inputs; i++) {
      const grad = await value(page, `grad_W${l}_1_${i}`);
      for (const j of [2, 3]) expect(await value(page, `grad_W${l}_${j}_${i}`)).toBe(grad);
    }
  }
  // The weights did move from 0 (at the start every sum is 0): the symmetry, not a lack of training, keeps them equal.
  expect(await value(page, 'z1_1')).not.toBe(0);
  expect(await value(page, 'z2_1')).not.toBe(0);
});
