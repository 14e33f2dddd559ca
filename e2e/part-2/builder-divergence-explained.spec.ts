// A run that blows up on the builder says where and why: the step and layer where a number first left the safe range,
// what grew, the likely cause, and a button back to the last good step (time travel). One link per cause: the rate,
// an exploding ReLU chain, and a target out of the output's reach (the line's targets run to 3, past a tanh output).
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

async function open(page: Page, query: string) {
  await page.goto(`part-2/build-a-network/${query}`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}
const shownStep = async (page: Page) =>
  Number(await page.locator('.training-panel [data-quantity="steps"]').first().getAttribute('data-value'));

test('a linear 2-3-3-1 net at rate 0.4: the error rising with the gradients names the learning rate, and the last good step is one click away', async ({
  page,
}) => {
  await open(page, '?act=identity,identity,identity&lr=0.4&steps=100');
  const why = page.locator('.training-panel .divergence');
  await expect(why).toContainText(/At step (\d+) the numbers leave the safe range \(a size above 1 × 10⁶\)/);
  const step = Number(/At step (\d+)/.exec((await why.textContent()) ?? '')![1]);
  await expect(why).toContainText(/Over the \d+ steps? before, .*the gradients and the error grew\./);
  await expect(why).toContainText(
    'Likely cause: a learning rate too large for how sharply the error curves: the error rose while the gradients grew',
  );
  await why.getByRole('button', { name: `Show the last good step (${step - 1})` }).click();
  await expect.poll(() => shownStep(page)).toBe(step - 1);
  await expect(page).toHaveURL(new RegExp(`[?&]steps=${step - 1}(&|$)`));
  // At the last good step every number on the page is finite and within the bound: the error and each weight.
  const values = await page
    .locator('[data-quantity][data-value]')
    .evaluateAll((elements) => elements.map((e) => Number(e.getAttribute('data-value'))));
  expect(values.every(Number.isFinite)).toBe(true);
  expect(
    Math.abs(Number(await page.locator('.training-panel [data-quantity="E_total"]').getAttribute('data-value'))),
  ).toBeLessThanOrEqual(1e6);
  await expect(page.locator('.training-panel [role="status"]')).not.toContainText('diverged');
});

test('six ReLU layers of weights 5: the sums of layer 5 leave the range at the start, 20 times larger layer on layer', async ({
  page,
}) => {
  const fives = (rows: number, columns: number) =>
    Array.from({ length: rows }, () => new Array(columns).fill(5).join(',')).join(';');
  const weights = [fives(4, 2), fives(4, 4), fives(4, 4), fives(4, 4), fives(4, 4), fives(1, 4)]
    .map((m, l) => `&W${l + 1}=${m}`)
    .join('');
  await open(page, `?shape=2-4-4-4-4-4-1&act=relu,relu,relu,relu,relu,identity${weights}&steps=3`);
  const why = page.locator('.training-panel .divergence');
  // By hand for x = (1, 1): z = 5 · 2 = 10 in layer 1, then 4 · 5 · 10 = 200, 4000, 80 000, 1 600 000 in layer 5.
  await expect(why).toContainText(
    'At the start the numbers leave the safe range (a size above 1 × 10⁶): the weighted sums of layer 5 reach 1.6 × 10⁶.',
  );
  await expect(why).toContainText(
    'Likely cause: an exploding chain of unbounded units: the outputs grow layer over layer (largest per layer: 10, 200, 4000, 80000, 1.6 × 10⁶, 3.2 × 10⁷)',
  );
  await expect(why).not.toContainText('learning rate');
  // Nothing was good to go back to.
  await expect(why.getByRole('button')).toHaveCount(0);
});

test('the line y = 2x + 1 on a tanh output at rate 100: the targets past 1 are named with the rate, and step 0 is offered', async ({
  page,
}) => {
  await open(page, '?data=line&act=identity,identity,tanh&lr=100&steps=5');
  const why = page.locator('.training-panel .divergence');
  // The sums of the output layer (layer 3 of 1-3-3-1) are the first numbers out, one step in.
  await expect(why).toContainText(
    /At step 1 the numbers leave the safe range \(a size above 1 × 10⁶\): the weighted sums of layer 3 reach [\d.]+ × 10⁶\./,
  );
  // Nothing had time to grow before it: no step before step 1 but the start.
  await expect(why).not.toContainText('grew');
  // 2x + 1 at x = 0.2, 0.6 and 1: 1.4, 2.2 and 3, above tanh's 1; −0.2 and −1 at x = −0.6 and −1 are within its reach.
  await expect(why).toContainText('Likely cause: a target the tanh output cannot reach (t1 = 1.4, t1 = 2.2, t1 = 3)');
  await expect(why).toContainText('Also a learning rate too large for how sharply the error curves');
  await why.getByRole('button', { name: 'Show the last good step (0)' }).click();
  await expect.poll(() => shownStep(page)).toBe(0);
  await expect(page.locator('.training-panel [role="status"]')).not.toContainText('diverged');
});
