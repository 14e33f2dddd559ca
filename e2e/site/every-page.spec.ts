// Every built page, loaded once on a desktop and once on a phone, held to the site-wide rules in that one load: no
// console error and no request off the site (the guard fixture), links that answer, axe in light and dark, a wide
// enough text column, formulas and tables that fit, figure labels large enough, and no sideways scrolling. One load per
// viewport keeps this sweep cheap as the site grows (each page load on two cores costs seconds).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';
import { measureFigures } from '../support/figures.ts';
import { measureLayout } from '../support/layout.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on the colours: all that can change when the theme does. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const violationsOf = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));

/** Opens a page in light mode, scrolled through so that every widget hydrates, fonts loaded, layer details open. */
async function open(page: Page, path: string, isChapter: boolean): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  if (isChapter) await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await expect(page.locator('h1')).toHaveCount(1);
  await page.evaluate(async () => {
    await document.fonts.ready; // KaTeX's fonts set the formulas' widths
    document.querySelectorAll<HTMLDetailsElement>('details.layer-details').forEach((details) => (details.open = true));
  });
  // A layer opened draws its table then (LayerMatrices.tsx).
  await expect(page.locator('details.layer-details:not(:has(table))')).toHaveCount(0);
}

/** The text column's width, every figure label's size, and what sticks out, light and dark. */
async function checkLayout(
  page: Page,
  minColumn: number,
  smallestLabel: number,
  onDark?: () => Promise<void>,
): Promise<void> {
  const box = await page.locator('main .prose, main article, main').first().boundingBox();
  expect(box, 'the main text column is laid out').not.toBeNull();
  expect(box!.width, 'width of the main text column').toBeGreaterThanOrEqual(minColumn);

  const figures = await page.evaluate(measureFigures, smallestLabel);
  expect(figures.small, `figure labels under ${smallestLabel} px (of ${figures.count})`).toEqual([]);
  expect(figures.collisions, 'figure labels across a circle').toEqual([]);
  expect(figures.truncated, 'number fields too narrow for their value').toEqual([]);

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const layout = await page.evaluate(measureLayout);
    expect(layout.outside, `elements past the right edge of the viewport (${colorScheme})`).toEqual([]);
    expect(layout.scrollWidth, `the page scrolls sideways (${colorScheme})`).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.wideMath, `display formulas wider than the text column (${colorScheme})`).toEqual([]);
    expect(layout.badScrollRegions, `wide formulas marked to scroll (${colorScheme})`).toEqual([]);
    expect(layout.wideTables, `tables wider than their box (${colorScheme})`).toEqual([]);
    if (colorScheme === 'dark') await onDark?.();
  }
}

/** Every link to another page answers 200; every link to a section of this page names an element that exists. */
async function checkLinks(
  page: Page,
  origin: string,
  request: import('@playwright/test').APIRequestContext,
): Promise<void> {
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const internal = [...new Set(hrefs.map((href) => href.split('#')[0]).filter((href) => href.startsWith(origin)))];
  expect(internal.length).toBeGreaterThan(0);
  for (const href of internal) expect((await request.get(href)).status(), href).toBe(200);
  const fragments = hrefs
    .filter((href) => href.startsWith(page.url().split('#')[0] + '#'))
    .map((href) => href.split('#')[1]);
  for (const id of new Set(fragments))
    await expect(page.locator(`[id="${decodeURIComponent(id)}"]`), `#${id}`).toHaveCount(1);
}

test.describe('on a 1400-pixel desktop', () => {
  test.use({ viewport: { width: 1400, height: 900 }, isMobile: false });

  for (const { path, isChapter } of builtPages()) {
    test(`/${path}: no console error or foreign request, links answer, axe light and dark, column, formulas, tables and figure labels ≥ 12 px fit`, async ({
      page,
      request,
      baseURL,
    }) => {
      test.setTimeout(180_000); // axe over thousands of KaTeX nodes takes 20–35 s on two cores, twice
      await open(page, path, isChapter);
      await checkLinks(page, new URL(baseURL!).origin, request);
      expect(violationsOf(await new AxeBuilder({ page }).withTags(tags).analyze()), 'axe, light').toEqual([]);
      await checkLayout(page, 560, 12, async () => {
        expect(violationsOf(await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()), 'axe, dark').toEqual([]);
      });
    });
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const { path, isChapter } of builtPages()) {
    test(`/${path}: at 390 px a wide column, formulas and tables that fit, figure labels ≥ 11 px; at 360 px no sideways scrolling`, async ({
      page,
    }) => {
      test.slow();
      await open(page, path, isChapter);
      await checkLayout(page, 390 - 48, 11);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 360, height: 740 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
          message: 'sideways scroll at 360 px',
        })
        .toBeLessThanOrEqual(0);
    });
  }
});
