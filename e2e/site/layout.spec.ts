import { builtPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';
import { measureFigures } from '../support/figures.ts';

const viewports = [
  { name: 'a 1400-pixel desktop', viewport: { width: 1400, height: 900 }, isMobile: false, minColumn: () => 560, smallestLabel: 12 },
  { name: 'a 390-pixel phone', viewport: { width: 390, height: 844 }, isMobile: true, minColumn: (width: number) => width - 48, smallestLabel: 11 },
];

/**
 * What sticks out, measured in the page: elements past the viewport's right edge, display formulas wider than their
 * box (those inside a <WideMath> region may scroll, if the region is labelled, focusable and shows its cue), and tables
 * wider than their box.
 */
function measureLayout() {
  const root = document.scrollingElement ?? document.documentElement;
  const width = root.clientWidth;
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  // Boxes that scroll (or clip) sideways inside themselves may hold wide content; anything else whose right edge passes
  // the viewport makes the page overflow.
  const clips = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
  const outside: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 1) continue;
    let ancestor = element.parentElement;
    while (ancestor && ancestor !== document.body && !clips(ancestor)) ancestor = ancestor.parentElement;
    if (ancestor && ancestor !== document.body) continue;
    outside.push(`${describe(element)} (right edge ${Math.round(rect.right)} px)`);
  }
  const wideMath: string[] = [];
  const badScrollRegions: string[] = [];
  for (const display of document.querySelectorAll<HTMLElement>('main .katex-display')) {
    const region = display.closest<HTMLElement>('.math-scroll');
    const box = region ?? display;
    const over = Math.max(box.scrollWidth - box.clientWidth, display.scrollWidth - display.clientWidth);
    if (over <= 1) continue;
    if (!region) {
      wideMath.push(`${Math.round(over)} px too wide: ${text(display)}`);
      continue;
    }
    const cue = region.querySelector('.scroll-cue');
    const ok = region.getAttribute('role') === 'region' && Boolean(region.getAttribute('aria-label')?.trim()) &&
      region.tabIndex === 0 && Boolean(cue?.checkVisibility());
    if (!ok) badScrollRegions.push(`scrolls without its label, focus or cue: ${text(display)}`);
  }
  const wideTables: string[] = [];
  for (const table of document.querySelectorAll<HTMLElement>('main table')) {
    const box = table.parentElement!;
    const tableWidth = table.getBoundingClientRect().width;
    if (tableWidth === 0) continue; // in a closed <details>
    const over = Math.max(tableWidth - box.clientWidth, box.scrollWidth - box.clientWidth);
    if (over > 1) wideTables.push(`${Math.round(over)} px too wide: ${describe(table)} ${text(table)}`);
  }
  return { scrollWidth: root.scrollWidth, clientWidth: width, outside: outside.slice(0, 10), wideMath, badScrollRegions, wideTables };
}

for (const { name, viewport, isMobile, minColumn, smallestLabel } of viewports) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport, isMobile, hasTouch: isMobile });

    for (const { path, isChapter } of builtPages()) {
      test(`/${path} gives its text a wide enough column, fits every formula and table in it, light and dark, and draws every figure label at ${smallestLabel} px or more`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(path);
        if (isChapter) await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
        // Scroll through so that client:visible islands hydrate before measuring.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        await page.evaluate(async () => {
          await document.fonts.ready; // KaTeX's fonts set the formulas' widths
          document.querySelectorAll<HTMLDetailsElement>('details.layer-details').forEach((details) => (details.open = true));
        });

        const column = page.locator('main .prose, main article, main').first();
        const box = await column.boundingBox();
        expect(box, 'the main text column is laid out').not.toBeNull();
        expect(box!.width, 'width of the main text column').toBeGreaterThanOrEqual(minColumn(viewport.width));

        // Figures: labels at their rendered size, clear of the circles, and number fields that show their whole value.
        const figures = await page.evaluate(measureFigures, smallestLabel);
        expect(figures.small, `figure labels under ${smallestLabel} px (of ${figures.count})`).toEqual([]);
        expect(figures.collisions, 'figure labels across a circle').toEqual([]);
        expect(figures.truncated, 'number fields too narrow for their value').toEqual([]);

        // One load, both themes: the same page restyled by the system preference.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const layout = await page.evaluate(measureLayout);
          expect(layout.outside, `elements past the right edge of the viewport (${colorScheme})`).toEqual([]);
          expect(layout.scrollWidth, `the page scrolls sideways (${colorScheme})`).toBeLessThanOrEqual(layout.clientWidth);
          expect(layout.wideMath, `display formulas wider than the text column (${colorScheme})`).toEqual([]);
          expect(layout.badScrollRegions, `wide formulas marked to scroll (${colorScheme})`).toEqual([]);
          expect(layout.wideTables, `tables wider than their box (${colorScheme})`).toEqual([]);
        }
      });
    }
  });
}
