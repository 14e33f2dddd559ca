// A run that cannot start says what is out of range, instead of blaming the learning rate or showing NaN.
import { expect, test } from '../support/fixtures.ts';
import { openChapter, trainingPanel } from './worked.ts';

test('a target of 10²⁰⁰ is named as out of range; the learning rate is not blamed', async ({ page }) => {
  await openChapter(page, 'training', '?t1=1e200&steps=100');
  const status = trainingPanel(page).getByRole('status');
  await expect(status).toContainText('The error cannot be computed at the start.');
  const why = trainingPanel(page).locator('.divergence');
  await expect(why).toContainText('t1 = 1 × 10²⁰⁰ is out of range');
  await expect(why).not.toContainText('learning rate');
  await expect(status).not.toContainText('learning rate');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('a learning rate of 1 diverges after some steps, and the status says so with the step', async ({ page }) => {
  await openChapter(page, 'training', '?lr=1&steps=2000');
  // By hand: the error goes 0.317 → 3.43 → 3.2·10⁴ → …; the weights overflow within a few dozen steps.
  await expect(trainingPanel(page).getByRole('status')).toContainText(/The run diverged by step \d+\./);
  await expect(trainingPanel(page).locator('.divergence')).toContainText(
    /Likely cause: a learning rate too large .* Try a smaller learning rate\./,
  );
});

test('w1 = 10³⁰⁸ from the link is named as out of range at the top, and no SVG attribute gets ∞ or NaN', async ({
  page,
}) => {
  await openChapter(page, 'backpropagation', '?w1=1e308');
  const notice = page.locator('[data-url-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('w1 = 1 × 10³⁰⁸ is out of range: use values below 10¹⁵⁰');
  await expect(page.locator('[data-out-of-range]')).toContainText('beyond the largest number a float64 holds');
  const bad = await page
    .locator('svg, svg *')
    .evaluateAll((elements) =>
      elements.flatMap((element) =>
        [...element.attributes]
          .filter((a) => !a.name.startsWith('data-') && /NaN|Infinity/.test(a.value))
          .map((a) => `${element.tagName} ${a.name}=${a.value}`),
      ),
    );
  expect(bad).toEqual([]);
});

test('typing 1e308 into a field says beside the fields what is out of range; a sensible value clears it', async ({
  page,
}) => {
  await openChapter(page, 'forward-pass');
  const message = page.locator('[data-out-of-range]');
  await expect(message).toBeHidden();
  await page.getByRole('textbox', { name: 'i1', exact: true }).fill('1e308');
  await expect(message).toBeVisible();
  await expect(message).toContainText('i1 = 1 × 10³⁰⁸ is out of range');
  await page.getByRole('textbox', { name: 'i1', exact: true }).fill('2');
  await expect(message).toBeHidden();
});

test('a negative learning rate typed in the field is refused with a message, and the last good one kept', async ({
  page,
}) => {
  await openChapter(page, 'backpropagation', '?lr=0.2');
  const field = page.getByRole('textbox', { name: 'learning rate', exact: true });
  await field.fill('-1');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toContainText(
    'A learning rate is the size of a step down the error, from 0 up (a negative one climbs it): still using 0.2',
  );
  await expect(page.locator('[data-quantity="lr"]').first()).toHaveAttribute('data-value', '0.2');
  await expect(page.locator('body')).not.toContainText('not a number');
});
