import { expect, test } from '../support/fixtures.ts';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// The toggle's name says what pressing it does: "Dark mode" while the page is light, "Light mode" while dark.
const toggle = (page: import('@playwright/test').Page) => page.locator('[data-theme-toggle]');

test('the theme follows the system preference when the reader has not chosen, and the toggle names the other theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('');
  await expect(toggle(page)).toHaveAccessibleName('Light mode');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveCount(0);
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(toggle(page)).toHaveAccessibleName('Dark mode');
  expect(await background(page)).not.toBe(dark);
});

test('the theme toggle works by keyboard, says what it does in each theme and is remembered on the next page', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('');
  const button = page.getByRole('button', { name: 'Dark mode' });
  await expect(button).toBeVisible();
  const light = await background(page);

  // Tab through the page until the toggle has focus, as a keyboard user would.
  for (let presses = 0; presses < 10 && !(await button.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle(page)).toHaveAccessibleName('Light mode');
  await expect(toggle(page)).toBeFocused();
  expect(await background(page)).not.toBe(light);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle(page)).toHaveAccessibleName('Light mode');

  await toggle(page).focus();
  await page.keyboard.press('Space');
  await expect(toggle(page)).toHaveAccessibleName('Dark mode');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(light);
});
