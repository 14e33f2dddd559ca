import { builtPages, chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

for (const { path } of builtPages()) {
  test(`/${path} fits a 360-pixel phone without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

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
