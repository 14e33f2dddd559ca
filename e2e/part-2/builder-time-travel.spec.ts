// Time travel on the builder: "show step" over a kept run gives every number of a fresh load of ?steps=k, the address
// follows, and the parameters that change most on the next step are the largest of η·∂E/∂θ read off the page.
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

const BUILDER = 'part-2/build-a-network/';

async function open(page: Page, query: string) {
  await page.goto(`${BUILDER}${query}`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

/** Every displayed number of the page by quantity (its first occurrence; time travel's own left out), and every field's text. */
const numbers = (page: Page) =>
  page.locator('[data-quantity][data-value], input[data-controls]').evaluateAll((elements) => {
    const values: Record<string, string> = {};
    for (const element of elements) {
      if (element instanceof HTMLInputElement) values[`field ${element.dataset.controls}`] = element.value;
      const name = element.getAttribute('data-quantity');
      if (name && !name.startsWith('moved_') && !(name in values)) values[name] = element.getAttribute('data-value')!;
    }
    return values;
  });

/** The step the page shows, as its counter says. */
const shownStep = async (page: Page) =>
  Number(await page.locator('.training-panel [data-quantity="steps"]').first().getAttribute('data-value'));

test('show step 137 of a 400-step run gives every number of a fresh ?steps=137, and the address says steps=137', async ({
  page,
  context,
}) => {
  const setup = '?mode=online&shuffle=3&lr=0.8';
  await open(page, `${setup}&steps=400`);
  const slider = page.getByRole('slider', { name: 'show step' });
  const field = page.getByRole('spinbutton', { name: 'show step' });
  await expect(slider).toHaveAttribute('max', '400');
  await field.fill('137');
  await expect.poll(() => shownStep(page)).toBe(137);
  await expect(page).toHaveURL(/[?&]steps=137(&|$)/);
  // The layer tables and their finite-difference check mount once the link's setup is applied, after the page is ready.
  await expect(page.locator('[data-quantity="relerr_W1_1_1"]')).toHaveCount(1);
  const scrubbed = await numbers(page);

  const fresh = await context.newPage();
  await open(fresh, `${setup}&steps=137`);
  // The widgets render after the page's first paint: wait until they all show their numbers.
  await expect
    .poll(async () => Object.keys(await numbers(fresh)).length, { message: 'numbers compared' })
    .toBeGreaterThanOrEqual(110);
  await expect(fresh.locator('[data-quantity="relerr_W1_1_1"]')).toHaveCount(1);
  const loaded = await numbers(fresh);
  expect(scrubbed).toEqual(loaded);
  await fresh.close();

  // The keyboard: the slider steps one at a time; the run is kept, so step 400 is still within reach.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => shownStep(page)).toBe(138);
  await page.keyboard.press('End');
  await expect.poll(() => shownStep(page)).toBe(400);
  await expect(page).toHaveURL(/[?&]steps=400(&|$)/);

  // A step past the run is refused in words, and the page stays where it was.
  await field.fill('401');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.time-travel .field-error')).toContainText('A whole number from 0 to 400');
  expect(await shownStep(page)).toBe(400);
});

test('the parameters marked as changing most from step k to k + 1 are the largest of η·∂E/∂θ on the page, by the same amounts', async ({
  page,
}) => {
  // Batch: the next step moves every parameter by −η·∂E/∂θ, the gradients the layer tables show (over the whole set).
  await open(page, '?lr=0.5&steps=60');
  await page.getByRole('spinbutton', { name: 'show step' }).fill('25');
  await expect.poll(() => shownStep(page)).toBe(25);
  await expect(page.locator('.moved-most')).toHaveAttribute('data-moved-from', '25');
  const values = await numbers(page);
  const changes = Object.entries(values)
    .filter(([name]) => /^grad_[Wb]\d+_\d+(_\d+)?$/.test(name))
    .map(([name, g]) => ({ name: name.slice(5), change: -0.5 * Number(g) }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  expect(changes.length, 'gradients read').toBe(25);
  const marked = page.locator('.moved-most [data-moved-name]');
  await expect(marked).toHaveCount(3);
  expect(await marked.evaluateAll((names) => names.map((n) => n.getAttribute('data-moved-name')))).toEqual(
    changes.slice(0, 3).map((c) => c.name),
  );
  for (const { name, change } of changes.slice(0, 3)) {
    const shown = Number(await page.locator(`[data-quantity="moved_${name}"]`).getAttribute('data-value'));
    expect(Math.abs(shown - change)).toBeLessThan(1e-12 + 1e-9 * Math.abs(change));
    // The mark on the page: beside that parameter's own numbers or labels, and nowhere else.
    // The mark on the page: beside the field that sets that parameter.
    await expect(page.locator(`[data-moved-most="${name}"]:has(> [data-controls="${name}"])`)).toHaveCount(1);
  }
  const markedNames = await page
    .locator('[data-moved-most]')
    .evaluateAll((elements) => [...new Set(elements.map((e) => e.getAttribute('data-moved-most')))]);
  expect(markedNames.sort()).toEqual(
    changes
      .slice(0, 3)
      .map((c) => c.name)
      .sort(),
  );
});

test('a run played with the maps on screen: once paused, every number on the page, on screen or off, is that step’s', async ({
  page,
  context,
}) => {
  // Off screen, the widgets and formulas wait while a run plays (src/page/screen-gate.ts); they catch up once it stops.
  const setup = '?shape=2-4-4-1&act=tanh,tanh,sigmoid&data=circle';
  await open(page, setup);
  const part = page.locator('details.builder-data-part');
  await part.locator('summary').click();
  await expect(part.locator('section.builder-data[data-mounted] .unit-map canvas').first()).toBeVisible();
  await part.locator('.builder-map').evaluate((map) => map.scrollIntoView({ block: 'start' }));
  await expect(page.locator('.training-panel')).not.toBeInViewport();
  // A click dispatched in place: a real click would scroll the Play button into view.
  const button = (name: string) => page.locator('.training-panel .button-row button', { hasText: name });
  await button('Play').dispatchEvent('click');
  await expect(button('Pause')).toHaveCount(1);
  await page.waitForTimeout(700);
  await button('Pause').dispatchEvent('click');
  await expect(page).toHaveURL(/[?&]steps=[1-9]\d*(&|$)/);
  const steps = Number(new URL(page.url()).searchParams.get('steps'));
  expect(steps).toBeGreaterThan(5);

  const fresh = await context.newPage();
  await open(fresh, `${setup}&steps=${steps}`);
  await fresh.locator('details.builder-data-part summary').click();
  await expect(fresh.locator('section.builder-data[data-mounted]')).toHaveCount(1);
  await expect(fresh.locator('[data-quantity="relerr_W1_1_1"]')).toHaveCount(1);
  await expect
    .poll(async () => Object.keys(await numbers(fresh)).length, { message: 'numbers compared' })
    .toBeGreaterThanOrEqual(60);
  const loaded = await numbers(fresh);
  await fresh.close();
  await expect.poll(() => numbers(page)).toEqual(loaded);
  expect(await shownStep(page)).toBe(steps);
});
