import { chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

test('search loads nothing until it is opened, then finds a word from a chapter', async ({ page }) => {
  const chapters = chapterPages();
  test.skip(chapters.length === 0, 'no chapters built yet');
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });

  // A word the first chapter's text really contains: the longest word of its first paragraph.
  await page.goto(chapters[0].path);
  const paragraph = (await page.locator('.prose p').first().textContent()) ?? '';
  const word = paragraph.match(/[A-Za-z]{6,}/g)?.sort((a, b) => b.length - a.length)[0];
  test.skip(!word, 'the first paragraph has no long word');
  const title = (await page.locator('h1').textContent())!.trim();

  await page.goto('');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the chapters' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Words to find').fill(word!);
  await expect(dialog.getByRole('link', { name: title })).toBeVisible();
  expect(pagefindRequests.length).toBeGreaterThan(0);

  // In a search field the first Escape clears the words; the second closes the dialog.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
});
