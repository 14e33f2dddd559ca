// Exercises at the end of every chapter: numbers drawn from seed= (a fixed seed without it), answers checked with
// the stated tolerance, "Show me" giving the formula with its numbers, keyboard and no-JS readers served. Every
// expected number is worked out here from the setup the page lists, never read from the page's answer.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, readNumber, test } from '../support/fixtures.ts';

const ready = async (page: Page, path: string) => {
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
};

const section = (page: Page) => page.locator('section.exercises');
const exercise = (page: Page, n: number) => section(page).locator(`form[data-exercise="${n - 1}"]`);

/** Every number of the drawn setup, by name (data-given). */
async function givenValues(page: Page): Promise<Record<string, number>> {
  const values: Record<string, number> = {};
  for (const node of await section(page).locator('dd[data-given][data-value]').all()) {
    values[(await node.getAttribute('data-given')) as string] = (await readNumber(node)).value;
  }
  return values;
}

/** Types an answer and presses Enter in the field, as a keyboard reader does. */
async function answerWith(form: Locator, text: string) {
  const field = form.getByRole('textbox');
  await field.fill(text);
  await field.press('Enter');
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

test('two seeds give different numbers, the same seed the same ones, and the page says which seed it used', async ({
  page,
}) => {
  await ready(page, 'part-1/error/?seed=12');
  await expect(section(page).getByText('Numbers drawn from seed 12')).toBeVisible();
  const first = await givenValues(page);
  expect(Object.keys(first)).toEqual(['i1', 'i2', 't1', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'lr']);
  const prompts = await section(page).locator('[data-exercise-prompt]').allTextContents();
  await ready(page, 'part-1/error/?seed=13');
  await expect(section(page).getByText('Numbers drawn from seed 13')).toBeVisible();
  const second = await givenValues(page);
  expect(second).not.toEqual(first);
  await ready(page, 'part-1/error/?seed=12');
  await expect(section(page).getByText('Numbers drawn from seed 12')).toBeVisible();
  expect(await givenValues(page)).toEqual(first);
  expect(await section(page).locator('[data-exercise-prompt]').allTextContents()).toEqual(prompts);
});

test("the link to the setup opens it in the chapter's widgets with the seed kept", async ({ page }) => {
  await ready(page, 'part-1/forward-pass/?seed=12');
  const given = await givenValues(page);
  await section(page).getByRole('link', { name: "Open this setup in the chapter's widgets" }).click();
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  expect(new URL(page.url()).searchParams.get('seed')).toBe('12');
  for (const name of ['w1', 'w2', 'w5', 'i1', 't1']) {
    await expect(page.getByRole('textbox', { name, exact: true }).first()).toHaveValue(String(given[name]));
  }
  // o1 = w5·(w1·i1 + w2·i2) + w6·(w3·i1 + w4·i2), linear units
  const o1 =
    given.w5 * (given.w1 * given.i1 + given.w2 * given.i2) + given.w6 * (given.w3 * given.i1 + given.w4 * given.i2);
  const typeset = await readNumber(page.locator('.katex [data-quantity="o1"][data-live]').first());
  expect(typeset.value).toBeCloseTo(o1, 12);
});

test('a wrong answer says not quite; one within the stated tolerance says correct', async ({ page }) => {
  await ready(page, 'part-1/forward-pass/?seed=7');
  const g = await givenValues(page);
  const o1 = g.w5 * (g.w1 * g.i1 + g.w2 * g.i2) + g.w6 * (g.w3 * g.i1 + g.w4 * g.i2);
  const form = exercise(page, 3);
  // The answer's exact value is this seed's, not seed 1's that the HTML was built with.
  expect(Number(await form.locator('[data-exercise-answer]').getAttribute('data-value'))).toBeCloseTo(o1, 12);
  await expect(form).toContainText(/Counts as right to 3 significant figures \(±0\.00?05\)\./);
  const verdict = form.getByRole('status');
  await answerWith(form, String(o1 + 0.01));
  await expect(verdict).toHaveText(/^Not quite/);
  await expect(form.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  await answerWith(form, (o1 + 0.00009).toFixed(6).replace('-', '−'));
  await expect(verdict).toHaveText('Correct.');
  await expect(form.getByRole('textbox')).not.toHaveAttribute('aria-invalid', /.*/);
  await answerWith(form, 'twelve');
  await expect(verdict).toHaveText(/not a number/);
});

test('"Show me" gives the answer and the formula with the numbers it comes from', async ({ page }) => {
  await ready(page, 'part-2/sigmoid-units-and-biases/?seed=5');
  const g = await givenValues(page);
  const form = exercise(page, 1);
  await form.getByRole('button', { name: 'Show me' }).click();
  // net_h1 = w1·i1 + w2·i2 + b1
  const netH1 = g.w1 * g.i1 + g.w2 * g.i2 + g.b1;
  const shown = form.locator('[data-exercise-shown]');
  await expect(shown).toHaveText(/^net_h1 = /);
  const text = (await shown.textContent()) ?? '';
  expect(text).toMatch(/^net_h1 = w1 · i1 \+ w2 · i2 \+ b1 = /);
  const numbers = text
    .split(' = ')[2]
    .split(/ [·+] /)
    .map(Number);
  expect(numbers).toEqual([g.w1, g.i1, g.w2, g.i2, g.b1]);
  expect(Number(text.split(' = ').at(-1))).toBeCloseTo(netH1, 4);
  await expect(shown).toHaveAttribute('aria-live', 'polite');
  // the next exercise, h1 = σ(net_h1), by hand
  const h1Form = exercise(page, 2);
  await answerWith(h1Form, sigmoid(netH1).toFixed(5));
  await expect(h1Form.getByRole('status')).toHaveText('Correct.');
});

test('a chapter without seed= loads no exercise code until the reader uses them, and the submit that wakes them is answered', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await ready(page, 'part-1/the-network/');
  await expect(section(page).getByText('Numbers drawn from seed 1')).toBeVisible();
  const loadedAtStart = scripts.length;
  await page.waitForTimeout(300);
  expect(scripts.length).toBe(loadedAtStart);
  const g = await givenValues(page);
  // net_h1 = w1·i1 + w2·i2, submitted without a focus first (requestSubmit): the waking submit itself is checked
  const netH1 = g.w1 * g.i1 + g.w2 * g.i2;
  await exercise(page, 1).evaluate((form: HTMLFormElement, value) => {
    (form.querySelector('input') as HTMLInputElement).value = value;
    form.requestSubmit(form.querySelector('[data-action="check"]') as HTMLButtonElement);
  }, netH1.toFixed(4));
  await expect(exercise(page, 1).getByRole('status')).toHaveText('Correct.');
  expect(scripts.length).toBeGreaterThan(loadedAtStart);
  expect(new URL(page.url()).search).toBe('');
});

test('Other numbers works from the keyboard, puts seed= in the address and keeps it in the links the page writes', async ({
  page,
}) => {
  await ready(page, 'part-1/error/?lock=w1');
  const before = await givenValues(page);
  const other = section(page).getByRole('button', { name: 'Other numbers' });
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]seed=\d+/);
  const seed = new URL(page.url()).searchParams.get('seed') as string;
  expect(seed).not.toBe('1');
  await expect(section(page).getByText(`Numbers drawn from seed ${seed}`)).toBeVisible();
  expect(await givenValues(page)).not.toEqual(before);
  const after = await givenValues(page);
  // Δ = o1 − t1 for the new numbers, answered from the keyboard
  const o1 =
    after.w5 * (after.w1 * after.i1 + after.w2 * after.i2) + after.w6 * (after.w3 * after.i1 + after.w4 * after.i2);
  await page.keyboard.press('Tab');
  const link = section(page).getByRole('link', { name: "Open this setup in the chapter's widgets" });
  await expect(link).toBeFocused();
  const linked = new URL((await link.getAttribute('href')) as string, page.url()).searchParams;
  expect([linked.get('w1'), linked.get('lock'), linked.get('seed')]).toEqual([String(after.w1), 'w1', seed]);
  await page.keyboard.press('Tab');
  await page.keyboard.type((o1 - after.t1).toFixed(5));
  await page.keyboard.press('Enter');
  await expect(exercise(page, 1).getByRole('status')).toHaveText('Correct.');
  // Editing the chapter's setup rewrites the address: the seed and the lock stay.
  await page.getByRole('textbox', { name: 'w3', exact: true }).fill('0.2');
  await expect(page).toHaveURL(new RegExp(`\\?w3=0\\.2&lock=w1&seed=${seed}$`));
  await page.reload();
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await expect(section(page).getByText(`Numbers drawn from seed ${seed}`)).toBeVisible();
  expect(await givenValues(page)).toEqual(after);
});

test('on Part III the seed draws the same start for the page and the exercises, and offers no Other numbers', async ({
  page,
}) => {
  await ready(page, 'part-3/backward-with-the-erratum/?seed=3');
  const g = await givenValues(page);
  for (const [name, label] of [
    ['W1_1_1', 'W1[1,1]'],
    ['W2_1_2', 'W2[1,2]'],
    ['b2_1', 'b2[1]'],
  ]) {
    await expect(page.getByRole('textbox', { name: label, exact: true }).first()).toHaveValue(String(g[name]));
  }
  await expect(section(page).getByRole('button', { name: 'Other numbers' })).toHaveCount(0);
  // δ2[1] = (a2 − t)·a2·(1 − a2) for the example shown, forward pass by hand
  const [x1, x2] = [g.x1, g.x2];
  const a11 = sigmoid(g.W1_1_1 * x1 + g.W1_1_2 * x2 + g.b1_1);
  const a12 = sigmoid(g.W1_2_1 * x1 + g.W1_2_2 * x2 + g.b1_2);
  const a2 = sigmoid(g.W2_1_1 * a11 + g.W2_1_2 * a12 + g.b2_1);
  const delta2 = (a2 - g.t1) * a2 * (1 - a2);
  await answerWith(exercise(page, 1), delta2.toFixed(6));
  await expect(exercise(page, 1).getByRole('status')).toHaveText('Correct.');
});

test('with answers checked and shown, axe finds nothing', async ({ page }) => {
  test.slow();
  await ready(page, 'part-2/output-weight-and-the-memo/?seed=9');
  await answerWith(exercise(page, 1), '0.5');
  await exercise(page, 2).getByRole('button', { name: 'Show me' }).click();
  await expect(exercise(page, 2).locator('[data-exercise-shown]')).toHaveText(/^∂E\/∂w7 = δ_o2 · h1 = /);
  const results = await new AxeBuilder({ page })
    .include('section.exercises')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the exercises show the fixed seed's numbers, with each answer in a closed details", async ({ page }) => {
    await page.goto('part-1/backpropagation/');
    await expect(section(page).getByText('Numbers drawn from seed 1')).toBeVisible();
    const g = await givenValues(page);
    await expect(exercise(page, 1).getByRole('textbox')).toBeHidden();
    const details = exercise(page, 2).locator('details');
    await expect(details).not.toHaveAttribute('open', /.*/);
    await details.locator('summary').click();
    // ∂E/∂w5 = δ_o1·h1 = (o1 − t1)·h1, linear units
    const h1 = g.w1 * g.i1 + g.w2 * g.i2;
    const o1 = g.w5 * h1 + g.w6 * (g.w3 * g.i1 + g.w4 * g.i2);
    const answer = details.locator('[data-exercise-answer]');
    await expect(answer).toBeVisible();
    expect((await readNumber(answer)).value).toBeCloseTo((o1 - g.t1) * h1, 12);
    await expect(answer).toContainText('∂E/∂w5 = δ_o1 · h1 = ');
  });
});
