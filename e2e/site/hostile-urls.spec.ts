// Hostile links: every chapter opened with names of built-in object properties, malformed numbers, out-of-range
// values and thousands of unknown keys becomes ready, says what it ignored (a few lines, as text), and logs no
// console error (the guard fixture fails the test on any).
import { chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

/** Each query, and whether every chapter must show a notice for it (some keys are settings on some pages only). */
const HOSTILE: { query: string; notice: boolean }[] = [
  { query: '?hide=constructor', notice: true },
  { query: '?hide=__proto__,toString&lock=constructor&quiz=constructor,__proto__', notice: true },
  {
    query:
      '?data=constructor&act=__proto__&activation=constructor&loss=toString&mode=valueOf&example=hasOwnProperty&x=constructor',
    notice: true,
  },
  { query: '?constructor=1&__proto__=2&hasOwnProperty=3', notice: true },
  { query: '?shape=2-0x3-1&steps=0x10&seed=0x10&lr=1,000', notice: true },
  { query: '?lr=-1', notice: true },
  // 10,000 keys are unit-tested (url-state.test.ts); the preview server refuses an address of 60 KB, so 2,000 here.
  { query: `?${'f=1&'.repeat(1_000)}${Array.from({ length: 1_000 }, (_x, k) => `k${k}=`).join('&')}`, notice: true },
  { query: `?w1=<img src=x onerror=alert(1)>&<script>=1`, notice: true },
  { query: '?shuffle=3', notice: false },
  { query: '?mode=batch&shuffle=3', notice: false },
  { query: '?mode=online&shuffle=5&steps=3', notice: false },
  { query: '?w1=1e308&W1=1e308,1e308;1e308,1e308&i1=1e308&x1=1e308', notice: false },
];

/** Every example's chapters where its keys matter most get each link on its own (one of each example, training included). */
const ONE_BY_ONE = new Set([
  'part-1/training/',
  'part-2/output-weight-and-the-memo/',
  'part-2/build-a-network/',
  'part-3/training-online-or-batch/',
]);

/** The other chapters get the same names and numbers in one link (a crash from any of them still stops the page). */
const ALL_IN_ONE = {
  query:
    '?hide=constructor,__proto__,toString&lock=constructor&quiz=constructor,__proto__&data=constructor&act=__proto__' +
    '&activation=constructor&loss=toString&mode=valueOf&example=hasOwnProperty&x=constructor&constructor=1&__proto__=2' +
    '&hasOwnProperty=3&shape=2-0x3-1&steps=0x10&seed=0x10&lr=-1&shuffle=3&w1=1e308&W1=1e308,1e308;1e308,1e308&i1=1e308' +
    '&x1=1e308&<script>=1',
  notice: true,
};

for (const { path } of chapterPages()) {
  const links = ONE_BY_ONE.has(path) ? HOSTILE : [ALL_IN_ONE];
  // One line per kind of notice: a few lines for one hostile link, at most one per key for the link that has them all.
  const lines = ONE_BY_ONE.has(path) ? 8 : 24;
  test(`/${path} opened with ${links.length === 1 ? 'every hostile name and number in one link' : `${links.length} hostile links`} becomes ready, with a short notice and no console error`, async ({
    page,
  }) => {
    test.setTimeout(240_000); // twelve loads of the heaviest chapters on a shared two-core machine
    for (const { query: full, notice } of links) {
      const query = full.slice(0, 200); // what a failure names
      await page.goto(`${path}${full}`);
      await expect(page.locator('html[data-page="ready"]'), query).toHaveCount(1);
      const box = page.locator('[data-url-notice]');
      if (notice) await expect(box, query).toBeVisible();
      expect(await box.locator('li').count(), query).toBeLessThanOrEqual(lines);
      expect(await page.locator('img[src="x"], script:not([src]):text("alert")').count(), query).toBe(0);
      const unfinite = await page
        .locator('svg, svg *')
        .evaluateAll((elements) =>
          elements.flatMap((element) =>
            [...element.attributes]
              .filter((a) => !a.name.startsWith('data-') && /NaN|Infinity/.test(a.value))
              .map((a) => `${element.tagName} ${a.name}`),
          ),
        );
      expect(unfinite, `${query}: SVG attributes that are not finite`).toEqual([]);
    }
  });
}
