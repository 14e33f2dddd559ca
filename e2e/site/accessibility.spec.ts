import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose outcome depends on the colours: all that can change when the theme does. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const violationsOf = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }));

for (const { path } of builtPages()) {
  test(`axe finds no WCAG A or AA or best-practice violations on /${path}, light, and no colour violations dark`, async ({ page }) => {
    test.slow(); // axe over thousands of KaTeX nodes takes 20–35 s on two cores
    // One load, both themes: the same page restyled by the system preference.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    // Scroll through so that client:visible islands hydrate before the scan.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(violationsOf(await new AxeBuilder({ page }).withTags(tags).analyze()), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(violationsOf(await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()), 'dark').toEqual([]);
  });
}
