import { chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

// Every page's load, console and links: e2e/site/every-page.spec.ts (one load per page for all site-wide rules).

test('the home page lists every chapter, grouped by part', async ({ page }) => {
  await page.goto('');
  const map = page.locator('.home-part');
  for (const { path } of chapterPages()) {
    await expect(map.locator(`a[href$="/${path}"]`)).toHaveCount(1);
  }
});

test('the chapter list marks the chapter being read with aria-current', async ({ page }) => {
  const chapters = chapterPages();
  test.skip(chapters.length === 0, 'no chapters built yet');
  await page.goto(chapters[0].path);
  const current = page.getByRole('navigation', { name: 'Chapters' }).locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', new RegExp(`/${chapters[0].path}$`));
});

test('previous and next links carry the query string to the next chapter', async ({ page }) => {
  const chapters = chapterPages();
  test.skip(chapters.length < 2, 'needs two chapters');
  await page.goto('');
  const first = await page.locator('.home-part a').first().getAttribute('href');
  // lr is a setting the worked example understands (pages may drop parameters they do not know).
  await page.goto(new URL(`${first}?lr=0.5`, page.url()).href);
  await page.waitForLoadState('networkidle');
  await page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/part-\d+\/[^/]+\/\?lr=0\.5$/);
});

test('each section heading of a chapter has a "#" link to itself', async ({ page }) => {
  const chapters = chapterPages();
  test.skip(chapters.length === 0, 'no chapters built yet');
  await page.goto(chapters[0].path);
  const headings = page.locator('.prose :is(h2, h3)');
  const count = await headings.count();
  test.skip(count === 0, 'the first chapter has no sections');
  for (let index = 0; index < count; index++) {
    const heading = headings.nth(index);
    const id = await heading.getAttribute('id');
    const anchor = heading.locator('a.heading-anchor');
    await expect(anchor).toHaveAttribute('href', `#${id}`);
    await expect(anchor).toHaveAttribute('aria-label', /^Link to section: .+/);
  }
});

test('the printed chapter hides navigation and controls', async ({ page }) => {
  const chapters = chapterPages();
  test.skip(chapters.length === 0, 'no chapters built yet');
  await page.goto(chapters[0].path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.prev-next')).toBeHidden();
  await expect(page.locator('article.chapter')).toBeVisible();
});

test('"Next" clicked before the code that writes links has loaded (it loads with the first change) waits for it', async ({
  page,
}) => {
  // Held back a second here, so that the click comes first.
  await page.route(/\/setup-words\.[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto('part-1/forward-pass/');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await page.getByRole('textbox', { name: 'w5', exact: true }).fill('0.25');
  await page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/part-1\/error\/\?w5=0\.25$/);
  await expect(page.getByRole('textbox', { name: 'w5', exact: true })).toHaveValue('0.25');
});

test('an edit followed at once by "Next" is carried: the link is built from the state, not the lagging address bar', async ({
  page,
}) => {
  await page.goto('part-1/forward-pass/');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const next = page.getByRole('navigation', { name: 'Previous and next chapter' }).getByRole('link', { name: /Next/ });
  // fill() and click() run well within the address bar's 250 ms delay.
  await page.getByRole('textbox', { name: 'w5', exact: true }).fill('0.25');
  await next.click();
  await expect(page).toHaveURL(/\/part-1\/error\/\?w5=0\.25$/);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'w5', exact: true })).toHaveValue('0.25');
  // Back to the defaults just before leaving: the link carries no stale setup either.
  await page.getByRole('textbox', { name: 'w5', exact: true }).fill('0.11');
  await page
    .getByRole('navigation', { name: 'Previous and next chapter' })
    .getByRole('link', { name: /Previous/ })
    .click();
  await expect(page).toHaveURL(/\/part-1\/forward-pass\/$/);
});
