// quiz= links and the "For instructors" panel: the quantities are blank everywhere (no value in the DOM while
// hidden), an answer field follows the first place each appears, answers are checked within the stated tolerance,
// "Show me" gives the formula with its factors, and the panel builds exactly the links these tests open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatNumber } from '../../src/lib/format.ts';
import { expect, test } from '../support/fixtures.ts';
import { HIDE_LINK, LOCK_LINK, QUIZ_LINK } from './links.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Part I's default setup by hand: identity units, i = (2, 3), t = 1, η = 0.05, article 000's weights.
const [w1, w2, w3, w4, w5, w6, lr] = [0.12, 0.33, 0.15, 0.09, 0.11, 0.12, 0.05];
const o1 = (2 * w1 + 3 * w2) * w5 + (2 * w3 + 3 * w4) * w6;
const deltaH1 = (o1 - 1) * w5;
const gradW1 = deltaH1 * 2;
const nextW1 = w1 - lr * gradW1;

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

/** Every place the page shows a quantity: widgets, SVG labels, typeset math and its MathML copy. */
const places = (page: Page, quantity: string) =>
  page.locator(`[data-quantity="${quantity}"], [data-live-mathml="${quantity}"]`);

async function expectBlankEverywhere(page: Page, quantity: string, value: number, count: number) {
  const shown = places(page, quantity);
  await expect(shown).toHaveCount(count);
  for (const text of await shown.allTextContents()) expect(text).toBe('?');
  await expect(page.locator(`[data-quantity="${quantity}"][data-value]`)).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain(String(value));
  expect(html).not.toContain(formatNumber(value, 6));
}

test('a quiz link blanks ∂E/∂w1 and the new w1 everywhere, with no value left in the DOM', async ({ page }) => {
  await ready(page, QUIZ_LINK);
  // ∂E/∂w1: twice in the math (each with its MathML copy) and in the table; the new w1: in the table.
  await expectBlankEverywhere(page, 'grad_w1', gradW1, 5);
  await expectBlankEverywhere(page, 'next_w1', nextW1, 1);
  // Numbers that are not quizzed are untouched, and the Python export (which prints every number) waits.
  await expect(page.locator('.katex [data-quantity="delta_h1"][data-live]').first()).toHaveAttribute(
    'data-value',
    String(deltaH1),
  );
  await expect(page.getByRole('button', { name: 'Reproduce in Python' })).toBeHidden();
  // Editing the setup keeps the blanks blank.
  await page.getByRole('textbox', { name: 'w5', exact: true }).fill('0.2');
  await expect(page).toHaveURL(/\?w5=0\.2&quiz=grad_w1,next_w1$/);
  const h1 = 2 * w1 + 3 * w2;
  const h2 = 2 * w3 + 3 * w4;
  await expectBlankEverywhere(page, 'grad_w1', (h1 * 0.2 + h2 * w6 - 1) * 0.2 * 2, 5);
});

test('a wrong answer is "not quite", a right one to three significant figures is correct and reveals the number everywhere', async ({
  page,
}) => {
  await ready(page, QUIZ_LINK);
  const field = page.getByRole('textbox', { name: 'Your answer: ∂E/∂w1' });
  const form = page.locator('form[data-quiz="grad_w1"]');
  await expect(form).toContainText('Counts as right to 3 significant figures');
  await field.fill(formatNumber(-gradW1));
  await field.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^Not quite\. ∂E\/∂w1 = δ_h1 · i1\./);
  await expect(places(page, 'grad_w1').first()).toHaveText('?');
  await field.fill('seven');
  await page.getByRole('button', { name: 'Check' }).first().click();
  await expect(form.getByRole('status')).toHaveText(/is not a number/);
  // Off by 0.00009: inside the tolerance.
  await field.fill(String(gradW1 + 0.00009));
  await field.press('Enter');
  await expect(form.getByRole('status')).toHaveText(`Correct: ∂E/∂w1 = ${formatNumber(gradW1)}.`);
  await expect(page.getByRole('note')).toContainText('Quiz: work out ∂E/∂w1 and new w1.');
  await expect(page.getByRole('note')).toContainText('1 of 2 done.');
  await expect(page.locator('.katex [data-quantity="grad_w1"][data-live]').first()).toHaveAttribute(
    'data-value',
    String(gradW1),
  );
  await expect(page.locator('.num[data-quantity="grad_w1"]').first()).toHaveText(formatNumber(gradW1, 6));
  // The other quantity stays blank.
  await expect(page.locator('[data-quantity="next_w1"][data-value]')).toHaveCount(0);
});

test('"Show me" reveals the new w1 with the factors it comes from', async ({ page }) => {
  await ready(page, QUIZ_LINK);
  // The line under the title leads to each answer field.
  await page.getByRole('note').getByRole('link', { name: 'new w1' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer: new w1' })).toBeInViewport();
  const form = page.locator('form[data-quiz="next_w1"]');
  await form.getByRole('button', { name: 'Show me' }).click();
  await expect(form.getByRole('status')).toHaveText(`new w1 = ${formatNumber(nextW1)}.`);
  await expect(form.locator('[data-quiz-formula]')).toHaveText(
    `new w1 = w1 − η·∂E/∂w1 = ${formatNumber(w1)} − (${formatNumber(lr * gradW1, 4, 4)}) = ${formatNumber(nextW1)}`,
  );
  await expect(page.locator('.num[data-quantity="next_w1"]').first()).toHaveAttribute('data-value', String(nextW1));
});

test('the popover of a blank keeps it blank, and shows the factors it comes from', async ({ page }) => {
  await ready(page, QUIZ_LINK);
  await page.locator('.katex [data-quantity="grad_w1"][data-live]').first().click();
  await expect(page.getByRole('dialog').locator('[data-explain-formula]')).toHaveText(
    `∂E/∂w1 = δ_h1 · i1 = ${formatNumber(deltaH1, 4, 4)} · 2 = ?`,
  );
});

test('names a page cannot quiz get a notice', async ({ page }) => {
  await ready(page, 'part-1/backpropagation/?quiz=grad_w1,nope,w1');
  const notice = page.locator('.url-notice');
  await expect(notice).toContainText('Ignored quiz="nope": this page has no quantity of that name.');
  await expect(notice).toContainText('Ignored quiz="w1": w1 is given, not worked out.');
  await expect(page.locator('form[data-quiz]')).toHaveCount(1);
});

test('the instructor panel builds exactly the lock, hide and quiz links these tests open', async ({
  page,
  baseURL,
}) => {
  await ready(page, 'part-1/forward-pass/');
  await page.getByText('For instructors: make an assignment link').click();
  const panel = page.locator('details.instructors');
  for (const name of ['w1', 'w2', 'learning rate (lr)'])
    await panel.locator('.instructors-lock').getByRole('checkbox', { name, exact: true }).check();
  await expect(panel.getByRole('textbox', { name: 'Assignment link' })).toHaveValue(new URL(LOCK_LINK, baseURL).href);

  await ready(page, 'part-1/training/');
  await page.getByText('For instructors: make an assignment link').click();
  const hide = panel.locator('.instructors-hide');
  for (const name of ['the presets and Reset', 'the training panel', 'activation'])
    await hide.getByRole('checkbox', { name, exact: true }).check();
  await expect(panel.getByRole('textbox', { name: 'Assignment link' })).toHaveValue(new URL(HIDE_LINK, baseURL).href);

  await ready(page, 'part-1/backpropagation/');
  await page.getByText('For instructors: make an assignment link').click();
  await panel.getByRole('checkbox', { name: '∂E/∂w1 (grad_w1)' }).check();
  await panel.getByRole('checkbox', { name: 'new w1 (next_w1)' }).check();
  const link = panel.getByRole('textbox', { name: 'Assignment link' });
  await expect(link).toHaveValue(new URL(QUIZ_LINK, baseURL).href);
  // A seed for the exercises; a bad one says so and stays out of the link.
  await panel.getByRole('textbox', { name: 'Exercise seed (optional)' }).fill('12');
  await expect(link).toHaveValue(`${new URL(QUIZ_LINK, baseURL).href}&seed=12`);
  await panel.getByRole('textbox', { name: 'Exercise seed (optional)' }).fill('twelve');
  await expect(panel.getByRole('status').first()).toContainText('is not a whole number');
  await expect(link).toHaveValue(new URL(QUIZ_LINK, baseURL).href);
});

test('the panel keeps the reader’s setup when asked, and works from the keyboard; axe finds nothing in it or in the quiz', async ({
  page,
  baseURL,
  context,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page, 'part-1/backpropagation/?w1=0.5');
  const summary = page.locator('details.instructors summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('details.instructors');
  const withSetup = panel.getByRole('checkbox', { name: /Start from the setup on this page/ });
  await expect(withSetup).toBeChecked();
  await panel.locator('.instructors-hide').getByRole('checkbox', { name: 'the training panel' }).count();
  const quizBox = panel.getByRole('checkbox', { name: '∂E/∂w1 (grad_w1)' });
  await quizBox.focus();
  await page.keyboard.press('Space');
  await expect(panel.getByRole('textbox', { name: 'Assignment link' })).toHaveValue(
    new URL('part-1/backpropagation/?w1=0.5&quiz=grad_w1', baseURL).href,
  );
  await panel.getByRole('button', { name: 'Copy the link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL('part-1/backpropagation/?w1=0.5&quiz=grad_w1', baseURL).href,
  );
  let results = await new AxeBuilder({ page }).include('details.instructors').withTags(tags).analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);

  await ready(page, `${QUIZ_LINK}&w1=0.5`);
  const field = page.getByRole('textbox', { name: 'Your answer: ∂E/∂w1' });
  await field.focus();
  // w1 = 0.5 changes o and so the gradient: the check follows the page's setup.
  const o = (2 * 0.5 + 3 * w2) * w5 + (2 * w3 + 3 * w4) * w6;
  await page.keyboard.type(formatNumber((o - 1) * w5 * 2).replace('−', '-'));
  await page.keyboard.press('Enter');
  await expect(page.locator('form[data-quiz="grad_w1"]').getByRole('status')).toHaveText(/^Correct/);
  results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
});
