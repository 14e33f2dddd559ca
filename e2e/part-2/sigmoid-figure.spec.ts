import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { openChapter, sigmoidCurve } from './two-outputs.ts';

type Box = { left: number; top: number; right: number; bottom: number };

/** The curve's drawing, its labels and its markers, as boxes on the screen. */
async function boxes(page: Page) {
  return sigmoidCurve(page)
    .locator('svg')
    .evaluate((svg) => {
      const box = (element: Element) => {
        const r = element.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const labels = [...svg.querySelectorAll('text.marker-label')].map((label) => ({
        text: label.textContent ?? '',
        ...box(label),
      }));
      const markers = [...svg.querySelectorAll('.marker circle, .marker rect')].map(box);
      // What a reader sees at the middle of each unit's circle.
      const onTop = [...svg.querySelectorAll('[data-marker] circle')].map((circle) => {
        const r = circle.getBoundingClientRect();
        const seen = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          unit: circle.parentElement?.dataset.marker ?? '',
          seen: seen?.tagName ?? '',
          sameUnit: seen?.parentElement === circle.parentElement,
        };
      });
      return { svg: box(svg), labels, markers, onTop };
    });
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

for (const { name, width } of [
  { name: 'a phone', width: 390 },
  { name: 'a desktop', width: 1400 },
]) {
  test.describe(`the sigmoid figure on ${name}`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const query of ['?w1=150', '?activation=tanh', '?activation=relu', '', '?activation=tanh&w1=150']) {
      test(`with ${query || 'the defaults'} every unit's label is inside the drawing and clear of every marker`, async ({
        page,
      }) => {
        await openChapter(page, 'sigmoid-units-and-biases', query);
        await sigmoidCurve(page).evaluate((figure) => figure.scrollIntoView({ block: 'center' })); // clear of the page's fixed bars
        const { svg, labels, markers } = await boxes(page);
        expect(
          labels
            .map((l) => l.text)
            .join(', ')
            .split(', ')
            .sort(),
        ).toEqual(['h1', 'h2', 'o1', 'o2']);
        for (const label of labels) {
          expect(label.left, `${label.text} starts inside`).toBeGreaterThanOrEqual(svg.left - 0.5);
          expect(label.right, `${label.text} ends inside`).toBeLessThanOrEqual(svg.right + 0.5);
          expect(label.top, `${label.text} is not cut at the top`).toBeGreaterThanOrEqual(svg.top - 0.5);
          expect(label.bottom, `${label.text} is not cut at the bottom`).toBeLessThanOrEqual(svg.bottom + 0.5);
          expect(
            markers.filter((m) => overlap(label, m)),
            `markers under "${label.text}"`,
          ).toEqual([]);
        }
      });
    }

    test('with ReLU and h1 switched off (w1 = −10: net_h1 = −0.5 + 0.02 + 0.35 = −0.13) h1’s circle is in sight, above its slope’s square', async ({
      page,
    }) => {
      await openChapter(page, 'sigmoid-units-and-biases', '?activation=relu&w1=-10');
      await sigmoidCurve(page).evaluate((figure) => figure.scrollIntoView({ block: 'center' })); // clear of the page's fixed bars
      const { onTop } = await boxes(page);
      const h1 = onTop.find((marker) => marker.unit === 'h1');
      expect(h1).toEqual({ unit: 'h1', seen: 'circle', sameUnit: true });
    });
  });
}
