import { chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

// Every page at 360 px without sideways scrolling: e2e/site/every-page.spec.ts.

test('on a phone the chapter list is a menu that opens', async ({ page }) => {
  const chapters = chapterPages();
  test.skip(chapters.length === 0, 'no chapters built yet');
  await page.goto(chapters[0].path);
  await expect(page.locator('.sidebar')).toBeHidden();
  const menu = page.locator('summary', { hasText: 'Chapters' });
  await expect(menu).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(nav.locator('[aria-current="page"]')).toBeVisible();
});

// Prose first: on a phone the setup is one line that opens in place, so the chapter's text fills the first screen.
const setupPages = ['part-2/sigmoid-units-and-biases/', 'part-3/one-example-forward/'];

for (const path of setupPages) {
  test(`/${path} on a 390-pixel phone shows its setup as one line, so that the text after it starts on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    const panel = page.getByRole('region', { name: 'Your setup' });
    const summary = panel.locator('summary', { hasText: 'Your setup' });
    await expect(summary).toBeVisible();
    const line = await summary.boundingBox();
    expect(line!.height, 'the closed setup is one line').toBeLessThanOrEqual(50);
    expect((await panel.boundingBox())!.height, 'the closed setup panel').toBeLessThanOrEqual(80);
    await expect(
      panel
        .getByRole('textbox', { name: 'w1', exact: true })
        .or(panel.getByRole('textbox', { name: 'W1', exact: true })),
    ).toBeHidden();
    // Under the chapter's opening paragraph, the text after the panel starts on the first screen (844 px tall).
    const after = page.locator('[data-widget^="setup-form"] ~ :is(h2, p)').first();
    const top = (await after.boundingBox())!.y;
    expect(top, 'the text after the setup starts on the first screen').toBeLessThan(844 - 40);
  });
}

test('on a phone the setup opens in place by keyboard, edits recompute the math, and it closes again', async ({
  page,
}) => {
  await page.goto('part-2/sigmoid-units-and-biases/');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const summary = page.getByRole('region', { name: 'Your setup' }).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const w1 = page.getByRole('textbox', { name: 'w1', exact: true });
  await expect(w1).toBeVisible();
  await w1.fill('0.25');
  // net_h1 = w1·i1 + w2·i2 + b1 = 0.25·0.05 + 0.2·0.1 + 0.35
  const typeset = page.locator('.katex [data-quantity="net_h1"][data-live]').first();
  await expect
    .poll(async () => Number(await typeset.getAttribute('data-value')))
    .toBeCloseTo(0.25 * 0.05 + 0.2 * 0.1 + 0.35, 12);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(w1).toBeHidden();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('on a phone the setup still opens in place from its one line', async ({ page }) => {
    await page.goto('part-2/sigmoid-units-and-biases/');
    const panel = page.getByRole('region', { name: 'Your setup' });
    const w1 = panel.getByRole('textbox', { name: 'w1', exact: true });
    await expect(w1).toBeHidden();
    await panel.locator('summary').click();
    await expect(w1).toBeVisible();
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1400, height: 900 }, isMobile: false, hasTouch: false });

  test('the setup shows its fields without a summary line', async ({ page }) => {
    await page.goto('part-2/sigmoid-units-and-biases/');
    const panel = page.getByRole('region', { name: 'Your setup' });
    await expect(panel.getByRole('textbox', { name: 'w1', exact: true })).toBeVisible();
    await expect(panel.locator('summary')).toBeHidden();
  });
});

// Nothing on the first screen moves while a page loads (Lighthouse's layout shift, phone preset): the chapter's blocks
// render at their height from the first layout and the header's buttons are there from the first paint. Before, these
// pages shifted by 0.02–0.12. Measured on a second visit: on a first one, KaTeX's fonts (preloaded, but not render-
// blocking) can arrive after the first paint on a busy machine and move a line, which is the network's timing, not
// the layout's.
test.describe("at the size of Lighthouse's phone", () => {
  // Chromium reports no layout shift at all with Playwright's isMobile; the shifts Lighthouse counted show without it.
  test.use({ isMobile: false, deviceScaleFactor: 1.75 });
  for (const path of [
    'part-1/the-network/',
    'part-2/output-weight-and-the-memo/',
    'part-3/backward-with-the-erratum/',
    'part-3/training-online-or-batch/',
    'notation/',
  ]) {
    test(`/${path} on a 412-pixel phone loads without moving what is on screen`, async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      await page.addInitScript(() => {
        const shifts: { value: number; sources: string[] }[] = [];
        Object.assign(window, { shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
            sources: { node?: Node }[];
          })[]) {
            if (!entry.hadRecentInput)
              shifts.push({ value: entry.value, sources: entry.sources.map((source) => source.node?.nodeName ?? '?') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      await page.reload();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500); // a shift is reported at the frame after it
      const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number }[] }).shifts);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
    });
  }
});
