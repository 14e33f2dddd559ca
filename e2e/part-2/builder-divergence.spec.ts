import { expect, test } from '../support/fixtures.ts';

// A linear 2-3-3-1 net at learning rate 0.4 overflows within a few steps: its error runs up hundreds of powers of ten.
const DIVERGING = 'part-2/build-a-network/?act=identity,identity,identity&lr=0.4&steps=100';

test('after a divergence the error plot labels a few powers of ten apart, and the diagram names the step the run stopped at', async ({
  page,
}) => {
  await page.goto(DIVERGING);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const status = page.locator('.training-panel [role="status"]');
  await expect(status).toContainText(/The run diverged by step (\d+)/);
  const stopped = Number(/step (\d+)/.exec((await status.textContent()) ?? '')![1]);
  expect(stopped).toBeLessThan(100);

  const plot = page.locator('.training-panel svg.error-plot');
  const ticks = await plot.locator('.plot-grid text').evaluateAll((texts) =>
    texts.map((text) => {
      const r = text.getBoundingClientRect();
      return { text: text.textContent ?? '', top: r.top, bottom: r.bottom };
    }),
  );
  expect(ticks.length, 'labelled powers of ten').toBeGreaterThanOrEqual(2);
  expect(ticks.length, 'labelled powers of ten').toBeLessThanOrEqual(6);
  const sorted = [...ticks].sort((a, b) => a.top - b.top);
  for (let k = 1; k < sorted.length; k++)
    expect(sorted[k].top, `"${sorted[k].text}" below "${sorted[k - 1].text}"`).toBeGreaterThanOrEqual(
      sorted[k - 1].bottom,
    );
  // Nothing that is not a number is written into the drawing.
  expect(await plot.evaluate((svg) => /NaN|Infinity/.test(svg.outerHTML))).toBe(false);

  const caption = page.locator('.network-diagram figcaption');
  await expect(caption).toContainText(`after ${stopped} training step`);
  await expect(caption).not.toContainText('after 100 training steps');
});
