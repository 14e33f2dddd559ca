// The setup within reach from anywhere in a chapter: a button docks the panel at the foot of the screen.
import { expect, test } from '../support/fixtures.ts';

test.describe('The setup, docked', () => {
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`deep in chapter 4 at ${viewport.width} px, "Open the setup" docks the panel, an edit recomputes the math, Escape puts it back`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto('part-1/backpropagation/#the-chain-rule-for-w1');
      await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
      const open = page.getByRole('button', { name: 'Open the setup' });
      await expect(open).toBeVisible();
      await open.click();
      const panel = page.getByRole('region', { name: 'Your setup' });
      await expect(panel).toHaveClass(/setup-docked/);
      await expect(page.getByRole('textbox', { name: 'w1', exact: true })).toBeFocused();
      // The text stays readable above the panel: it takes at most half the screen.
      const box = await panel.boundingBox();
      expect(box?.height ?? viewport.height).toBeLessThanOrEqual(viewport.height / 2);
      await page.getByRole('textbox', { name: 'w5', exact: true }).fill('0.2');
      // ∂E/∂w1 = Δ·w5·i1 with Δ = (2·0.12 + 3·0.33)·0.2 + (2·0.15 + 3·0.09)·0.12 − 1
      const delta = 1.23 * 0.2 + 0.57 * 0.12 - 1;
      const typeset = page.locator('.katex [data-quantity="grad_w1"][data-live]').first();
      await expect(typeset).toHaveAttribute('data-value', String(delta * 0.2 * 2));
      await page.keyboard.press('Escape');
      await expect(panel).not.toHaveClass(/setup-docked/);
      await expect(open).toBeFocused();
    });
  }
});
