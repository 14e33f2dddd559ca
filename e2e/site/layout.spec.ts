import { builtPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

const viewports = [
  { name: 'a 1400-pixel desktop', viewport: { width: 1400, height: 900 }, isMobile: false, minColumn: () => 560 },
  { name: 'a 390-pixel phone', viewport: { width: 390, height: 844 }, isMobile: true, minColumn: (width: number) => width - 48 },
];

for (const { name, viewport, isMobile, minColumn } of viewports) {
  test.describe(`on ${name}`, () => {
    test.use({ viewport, isMobile, hasTouch: isMobile });

    for (const { path } of builtPages()) {
      test(`/${path} gives its text a wide enough column and nothing sticks out sideways`, async ({ page }) => {
        await page.goto(path);
        // Scroll through so that client:visible islands hydrate before measuring.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');

        const column = page.locator('main .prose, main article, main').first();
        const box = await column.boundingBox();
        expect(box, 'the main text column is laid out').not.toBeNull();
        expect(box!.width, 'width of the main text column').toBeGreaterThanOrEqual(minColumn(viewport.width));

        const layout = await page.evaluate(() => {
          const root = document.scrollingElement ?? document.documentElement;
          const width = root.clientWidth;
          // Boxes that scroll (or clip) sideways inside themselves, like .katex-display and .table-scroll, may hold
          // wide content; anything else whose right edge passes the viewport makes the page overflow.
          const clips = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
          const outside: string[] = [];
          for (const element of document.body.querySelectorAll('*')) {
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 || rect.right <= width + 1) continue;
            let ancestor = element.parentElement;
            while (ancestor && ancestor !== document.body && !clips(ancestor)) ancestor = ancestor.parentElement;
            if (ancestor && ancestor !== document.body) continue;
            const label = `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
            outside.push(`${label} (right edge ${Math.round(rect.right)} px)`);
          }
          return { scrollWidth: root.scrollWidth, clientWidth: width, outside: outside.slice(0, 10) };
        });
        expect(layout.outside, 'elements past the right edge of the viewport').toEqual([]);
        expect(layout.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(layout.clientWidth);
      });
    }
  });
}
