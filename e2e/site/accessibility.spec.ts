import AxeBuilder from '@axe-core/playwright';
import { builtPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const { path } of builtPages()) {
      test(`axe finds no WCAG A or AA or best-practice violations on /${path}`, async ({ page }) => {
        test.slow(); // axe over thousands of KaTeX nodes takes 20–35 s on two cores
        await page.goto(path);
        // Scroll through so that client:visible islands hydrate before the scan.
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(results.violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual(
          [],
        );
      });
    }
  });
}
