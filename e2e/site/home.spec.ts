import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { chapterPages } from '../support/pages.ts';

// Part I's example written out by hand (article 000): inputs [2, 3], target 1, w1 … w6 = 0.12, 0.33, 0.15, 0.09,
// 0.11, 0.12, a linear hidden layer and a linear output, E = ½(o1 − t1)².
const [i1, i2, t1] = [2, 3, 1];
const [w1, w2, w3, w4, w6] = [0.12, 0.33, 0.15, 0.09, 0.12];
const h1 = i1 * w1 + i2 * w2; // 1.23
const h2 = i1 * w3 + i2 * w4; // 0.57
/** The numbers the figure shows for a value of w5: ∂E/∂w5 = (o1 − t1)·h1. */
function expected(w5: number) {
  const o1 = h1 * w5 + h2 * w6;
  return { w5, o1, E: 0.5 * (o1 - t1) ** 2, grad_w5: (o1 - t1) * h1 };
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const figure = (page: Page) => page.locator('[data-widget="home-figure"]');

/** Reads the figure's w5, o1, E and ∂E/∂w5 and compares each with the arithmetic above. */
async function expectFigureAt(page: Page, w5: number) {
  const want = expected(w5);
  for (const [quantity, value] of Object.entries(want)) {
    await expect
      .poll(
        async () =>
          Number(await figure(page).locator(`[data-quantity="${quantity}"]`).first().getAttribute('data-value')),
        { message: quantity },
      )
      .toBeCloseTo(value, 12);
  }
  // The text is the value rounded to four decimals, trailing zeros dropped, with a true minus sign.
  const text = (v: number) => String(Number(v.toFixed(4))).replace('-', '−');
  await expect(figure(page).locator('.home-readout [data-quantity="o1"]')).toHaveText(text(want.o1));
  await expect(figure(page).locator('.home-readout [data-quantity="grad_w5"]')).toHaveText(text(want.grad_w5));
}

test('the live figure shows Part I at its defaults, computed as written out: o1 = 1.23·0.11 + 0.57·0.12 = 0.2037', async ({
  page,
}) => {
  await page.goto('');
  await expectFigureAt(page, 0.11);
  await expect(figure(page).locator('.home-readout [data-quantity="E"]')).toHaveText('0.317');
  await expect(figure(page).locator('.home-readout [data-quantity="grad_w5"]')).toHaveText('−0.9794');
});

test('the figure loads no code at load: it is hydrated on the first interaction', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto('');
  await page.waitForLoadState('networkidle');
  const atLoad = scripts.length;
  await expect(figure(page)).not.toHaveAttribute('data-hydrated', 'true');
  await page.getByLabel('w5', { exact: true }).focus();
  await expect(figure(page)).toHaveAttribute('data-hydrated', 'true');
  expect(scripts.length, 'the figure fetched its code on focus').toBeGreaterThan(atLoad);
});

test('an arrow key on w5 moves the prediction, the error and ∂E/∂w5 to the hand-computed values', async ({ page }) => {
  await page.goto('');
  const w5 = page.getByLabel('w5', { exact: true });
  // Pressed at once, before the figure's code has loaded: the nudge is kept and applied once it has.
  await w5.press('ArrowUp');
  await expect(w5).toHaveValue('0.12');
  await expectFigureAt(page, 0.12);
  await w5.press('Shift+ArrowDown');
  await expect(w5).toHaveValue('0.02');
  await expectFigureAt(page, 0.02);
});

test('an arrow key pressed while the figure hydrates, its script loaded but its view not yet, is kept', async ({
  page,
}) => {
  // The view's chunk is held back until the key has been pressed: the page script has started hydrating by then.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/HomeFigure\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const script = page.waitForResponse(/\/_astro\/home-figure\.[\w-]+\.js$/);
  const view = page.waitForRequest(/\/_astro\/HomeFigure\.[\w-]+\.js$/);
  await page.goto('');
  const w5 = page.getByLabel('w5', { exact: true });
  await w5.focus();
  await script;
  await view;
  await w5.press('ArrowUp');
  release();
  await expect(figure(page)).toHaveAttribute('data-hydrated', 'true');
  await expect(w5).toHaveValue('0.12');
  await expectFigureAt(page, 0.12);
});

test('typing a value and the ±0.1 buttons move the numbers; the link opens that setup in the chapter', async ({
  page,
}) => {
  await page.goto('');
  const w5 = page.getByLabel('w5', { exact: true });
  await w5.fill('0.5');
  await expectFigureAt(page, 0.5);
  await page.getByRole('button', { name: 'Raise w5 by 0.1' }).click();
  await expectFigureAt(page, 0.6);
  await page.getByRole('button', { name: 'Lower w5 by 0.1' }).click();
  await page.getByRole('button', { name: 'Lower w5 by 0.1' }).click();
  await expectFigureAt(page, 0.4);
  await expect(figure(page).getByText(/Raising w5 would make the error smaller/)).toBeVisible();
  await w5.fill('2');
  await expect(figure(page).getByText(/Raising w5 would make the error larger/)).toBeVisible();
  await w5.fill('0.4');
  const link = figure(page).getByRole('link', { name: 'Open this setup in the chapter' });
  await expect(link).toHaveAttribute('href', /\/part-1\/backpropagation\/\?w5=0\.4#the-chain-rule-for-w5$/);
  await link.click();
  await expect(page).toHaveURL(/\/part-1\/backpropagation\/\?w5=0\.4#the-chain-rule-for-w5$/);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const o1 = page.locator('[data-quantity="o1"][data-value]').first();
  expect(Number(await o1.getAttribute('data-value'))).toBeCloseTo(expected(0.4).o1, 12);
});

test('without JavaScript the figure is there with its numbers, and its link opens the chapter', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('');
  await expect(page.getByLabel('w5', { exact: true })).toHaveValue('0.11');
  await expectFigureAt(page, 0.11);
  await expect(figure(page).getByRole('link', { name: 'Open this setup in the chapter' })).toHaveAttribute(
    'href',
    /\/part-1\/backpropagation\/#the-chain-rule-for-w5$/,
  );
  await context.close();
});

test('every door on the home page leads to a page that answers 200', async ({ page, request }) => {
  await page.goto('');
  const doors = page.getByRole('navigation', { name: 'Where to start' }).getByRole('link');
  const names = ['Start from the beginning', 'Play with a network', 'For instructors', 'Notation'];
  await expect(doors).toHaveCount(names.length);
  for (const [k, name] of names.entries()) await expect(doors.nth(k)).toContainText(name);
  await expect(doors.nth(1)).toHaveAttribute('href', /\/part-2\/build-a-network\/$/);
  await expect(doors.nth(2)).toHaveAttribute('href', /\/for-instructors\/$/);
  await expect(doors.nth(3)).toHaveAttribute('href', /\/notation\/$/);
  for (const href of await doors.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
  // One entry per part of the built site, and the builder; each with its picture.
  const parts = new Set(chapterPages().map(({ path }) => path.split('/')[0])).size;
  const glance = page.locator('.home-glance li');
  await expect(glance).toHaveCount(parts + 1);
  await expect(glance.getByRole('img')).toHaveCount(parts + 1);
  await expect(page.locator('main')).not.toContainText('not written yet');
});

test('the home page, its figure live, passes axe in light and dark', async ({ page }) => {
  test.slow(); // two axe scans
  await page.goto('');
  await page.getByLabel('w5', { exact: true }).focus();
  await expect(figure(page)).toHaveAttribute('data-hydrated', 'true');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(
      results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) })),
      colorScheme,
    ).toEqual([]);
  }
});

test.describe('on a 390-pixel phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the figure fits, its labels are at least 11 px, and the first screen shows the network', async ({ page }) => {
    await page.goto('');
    await page.getByLabel('w5', { exact: true }).tap();
    await expect(figure(page)).toHaveAttribute('data-hydrated', 'true');
    // A label's size on screen: its font size in the drawing times the drawing's scale.
    const sizes = await figure(page)
      .locator('svg text')
      .evaluateAll((texts) =>
        texts.map((text) => {
          const svg = text.closest('svg') as SVGSVGElement;
          return (
            parseFloat(getComputedStyle(text).fontSize) *
            (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width)
          );
        }),
      );
    expect(Math.min(...sizes), 'the smallest label in the figure').toBeGreaterThanOrEqual(11);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    for (const box of await figure(page)
      .locator('svg, input, button, a')
      .evaluateAll((all) => all.map((e) => e.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(width);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const drawing = await figure(page).locator('svg').first().boundingBox();
    expect(drawing!.y, 'the network starts on the first screen').toBeLessThan(844 - drawing!.height / 2);
  });
});

test('the guide for instructors passes axe, says a link is not security, and its example link works as it says', async ({
  page,
}) => {
  test.slow(); // an axe scan, then a chapter
  await page.goto('for-instructors/');
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
  await expect(page.getByText('A link is a convenience, not security')).toBeVisible();
  for (const key of ['lock=', 'hide=', 'quiz=', 'seed='])
    await expect(page.locator('dt code', { hasText: key })).toHaveCount(1);
  await page.getByRole('link', { name: /lock=w5,lr&quiz=grad_w5&seed=7/ }).click();
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await expect(page.getByLabel('w5', { exact: true }).first()).toHaveJSProperty('readOnly', true);
  await expect(page.locator('#quiz-grad_w5')).toBeVisible();
});
