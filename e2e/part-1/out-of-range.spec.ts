// A run that cannot start says what is out of range, instead of blaming the learning rate or showing NaN.
import { expect, test } from '../support/fixtures.ts';
import { openChapter, trainingPanel } from './worked.ts';

test('a target of 10²⁰⁰ is named as out of range; the learning rate is not blamed', async ({ page }) => {
  await openChapter(page, 'training', '?t1=1e200&steps=100');
  const status = trainingPanel(page).getByRole('status');
  await expect(status).toContainText('The error cannot be computed at the start: t1 = 1 × 10²⁰⁰ is out of range');
  await expect(status).not.toContainText('learning rate');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('a learning rate of 1 diverges after some steps, and the status says so with the step', async ({ page }) => {
  await openChapter(page, 'training', '?lr=1&steps=2000');
  // By hand: the error goes 0.317 → 3.43 → 3.2·10⁴ → …; the weights overflow within a few dozen steps.
  await expect(trainingPanel(page).getByRole('status')).toContainText(/The run diverged by step \d+: .* Try a smaller learning rate\./);
});
