import { builtPages, chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

test.use({ javaScriptEnabled: false });

for (const { path, isChapter } of builtPages()) {
  test(`/${path} is readable with JavaScript off`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    if (isChapter) {
      await expect(page.locator('article.chapter .prose')).toBeVisible();
      await expect(page.locator('.sidebar').getByRole('navigation', { name: 'Chapters' })).toBeVisible();
    }
    // Controls that need JavaScript stay out of the way.
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Dark mode' })).toBeHidden();
  });
}

test('on a phone with JavaScript off the chapter menu still opens', async ({ page }) => {
  const chapters = chapterPages();
  test.skip(chapters.length === 0, 'no chapters built yet');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(chapters[0].path);
  await page.locator('summary', { hasText: 'Chapters' }).click();
  await expect(page.getByRole('navigation', { name: 'Chapters' }).locator('[aria-current="page"]')).toBeVisible();
  await expect(page.locator('article.chapter .prose')).toBeVisible();
});
