// The builder's data panel: planar sets drawn from a seed (the points against the circle's formula written here),
// training and test errors, the decision map's pixels against a forward pass by hand, a point added by a click,
// own points from CSV (bad rows named, good kept) through the link and back, and points too many for a link.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, readNumber, test } from '../support/fixtures.ts';

type Mark = { x1: number; x2: number; label: number; test: boolean };

/** mulberry32, the engine's seeded generator, written out: numbers in [0, 1). */
function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const sorted = (marks: Mark[]) => marks.map((m) => `${m.x1},${m.x2},${m.label}`).sort();

/** The circle by hand: class k mod 2 (1 inside radius 0.5, 0 in the ring 0.7–1), angle, then ±noise on each coordinate. */
function circleByHand(seed: number, noise: number): Mark[] {
  const u = rng(seed);
  return Array.from({ length: 80 }, (_x, k) => {
    const label = k % 2;
    const radius = label === 1 ? 0.5 * u() : 0.7 + 0.3 * u();
    const angle = 2 * Math.PI * u();
    return {
      x1: round3(radius * Math.cos(angle) + noise * (2 * u() - 1)),
      x2: round3(radius * Math.sin(angle) + noise * (2 * u() - 1)),
      label,
      test: false,
    };
  });
}

async function openPanel(page: Page, query: string) {
  await page.goto(`part-2/build-a-network/${query}`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const part = page.locator('details.builder-data-part');
  if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open))) await part.locator('summary').click();
  await expect(part.locator('section.builder-data[data-mounted]')).toHaveCount(1);
  return part;
}

const marksOf = (page: Page) =>
  page.locator('.builder-map .data-point').evaluateAll((points) =>
    points.map((p) => ({
      x1: Number(p.getAttribute('data-x1')),
      x2: Number(p.getAttribute('data-x2')),
      label: Number(p.getAttribute('data-label')),
      test: p.getAttribute('data-test') === 'yes',
    })),
  );

test.describe("The builder's data panel", () => {
  test("data=circle&dataSeed=3&noise=0.2&test=0.3 draws the circle's formula, the same on every load, with a test error beside the training error", async ({
    page,
  }) => {
    test.slow(); // two loads and axe over the open panel
    const query = '?data=circle&dataSeed=3&noise=0.2&test=0.3';
    const part = await openPanel(page, query);
    const first = await marksOf(page);
    expect(first.filter((m) => m.test)).toHaveLength(24);
    expect(sorted(first)).toEqual(sorted(circleByHand(3, 0.2)));
    const train = await readNumber(part.locator('[data-quantity="E_mean_train"]'));
    const held = await readNumber(part.locator('[data-quantity="E_mean_test"]'));
    expect(train.value).toBeGreaterThan(0);
    expect(held.value).toBeGreaterThan(0);
    expect(held.value).not.toBe(train.value);
    // The open panel, its draw fields, map buttons, class picker and CSV box, passes axe.
    const axe = await new AxeBuilder({ page }).include('details.builder-data-part').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.reload();
    await openPanel(page, query);
    expect(await marksOf(page)).toEqual(first);
  });

  test('the page holds no planar points: ?data=circle and the data set select both draw them from seed 1 in the browser', async ({
    page,
  }) => {
    await page.goto('part-2/build-a-network/');
    const json = (await page.locator('script[data-page-example]').textContent()) ?? '';
    const sets = JSON.parse(json).controls.dataSets;
    for (const name of ['circle', 'gaussians', 'spiral', 'xor-cloud', 'blobs']) {
      expect(sets[name].examples).toEqual([]);
      expect(sets[name].draw).toEqual({ seed: 1, noise: 0.1, test: 0.25 });
    }
    // With JavaScript off, the closed panel shows the chapter's XOR: four points, no test points.
    const served = page.locator('details.builder-data-part .data-point');
    await expect(served).toHaveCount(4);
    // Chosen on the page: the circle's formula at seed 1 and noise 0.1, a quarter of its 80 points held out.
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    await page.getByRole('combobox', { name: 'data set' }).selectOption('circle');
    await expect(page).toHaveURL(/[?&]data=circle(&|$)/);
    const part = page.locator('details.builder-data-part');
    await part.locator('summary').click();
    await expect(part.locator('section.builder-data[data-mounted]')).toHaveCount(1);
    const chosen = await marksOf(page);
    expect(chosen.filter((m) => m.test)).toHaveLength(20);
    expect(sorted(chosen)).toEqual(sorted(circleByHand(1, 0.1)));
    // The link gives the same points.
    await openPanel(page, '?data=circle');
    expect(await marksOf(page)).toEqual(chosen);
  });

  test("the map's pixels are the colour of a 2-1 sigmoid network's output worked out by hand", async ({ page }) => {
    const part = await openPanel(page, '?data=circle&shape=2-1&act=sigmoid&W1=2,-1&b1=0.5');
    const canvas = part.locator('.builder-map canvas');
    const { low, high, size, pixels } = await canvas.evaluate((element) => {
      const c = element as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return { low: Number(c.dataset.low), high: Number(c.dataset.high), size: c.width, pixels: Array.from(data) };
    });
    const [zero, one] = [
      [146, 197, 222],
      [244, 165, 130],
    ];
    for (const [row, column] of [
      [0, 0],
      [10, 40],
      [25, 25],
      [49, 3],
      [37, 18],
    ]) {
      const step = (high - low) / size;
      const [x1, x2] = [low + (column + 0.5) * step, high - (row + 0.5) * step];
      const y = 1 / (1 + Math.exp(-(2 * x1 - x2 + 0.5)));
      const at = 4 * (row * size + column);
      for (let c = 0; c < 3; c++)
        expect(Math.abs(pixels[at + c] - (zero[c] + (one[c] - zero[c]) * y))).toBeLessThanOrEqual(1);
    }
  });

  test('a click adds a point of the picked class where it lands, shift-click the other class, and the link carries them', async ({
    page,
  }) => {
    const part = await openPanel(page, '');
    const map = part.locator('.builder-map');
    const canvas = map.locator('canvas');
    // Clicks at (x, y): x1 = low + (x / width)(high − low), x2 = high − (y / height)(high − low) on the map's scale
    // at the time of the click, to 2 decimals, within a pixel; the new point is the last.
    const clickAt = async (x: number, y: number, shift: boolean, label: number) => {
      const [low, high] = [
        Number(await canvas.getAttribute('data-low')),
        Number(await canvas.getAttribute('data-high')),
      ];
      const box = (await map.boundingBox())!;
      const before = (await marksOf(page)).length;
      await map.click({ position: { x, y }, modifiers: shift ? ['Shift'] : [] });
      // The panel renders after the next paint.
      await expect.poll(async () => (await marksOf(page)).length).toBe(before + 1);
      const marks = await marksOf(page);
      const mark = marks[before];
      const pixel = (high - low) / box.width + 0.005;
      expect(Math.abs(mark.x1 - (low + (x / box.width) * (high - low)))).toBeLessThanOrEqual(pixel);
      expect(Math.abs(mark.x2 - (high - (y / box.height) * (high - low)))).toBeLessThanOrEqual(pixel);
      expect([mark.label, mark.test]).toEqual([label, false]);
    };
    await clickAt(60, 200, false, 1);
    await clickAt(250, 40, true, 0);
    await expect(page).toHaveURL(/points=0,0,0;0,1,1;1,0,1;1,1,0;/);
    await expect(part.locator('.own-data-link')).toHaveAttribute('data-link-points', 'yes');
  });

  test('CSV with bad rows: each is named and skipped, the good points train, and they come back from the link', async ({
    page,
  }) => {
    const part = await openPanel(page, '');
    const box = part.getByLabel(/points as CSV/);
    await box.fill('x1,x2,label\n0.5,0.5,1\n-0.5,oops,0\n-0.5,-0.5,0\n1,1\n0.25,-0.75,2');
    await part.getByRole('button', { name: 'Use these points' }).click();
    const status = part.locator('.own-data-report');
    await expect(status).toContainText('Read 3 points from the box; 2 rows skipped:');
    await expect(status).toContainText('Line 3: x2 = "oops" is not a number; skipped.');
    await expect(status).toContainText('Line 5: 2 values where x1, x2 and a label are expected; skipped.');
    const good = [
      { x1: 0.5, x2: 0.5, label: 1, test: false },
      { x1: -0.5, x2: -0.5, label: 0, test: false },
      { x1: 0.25, x2: -0.75, label: 2, test: false },
    ];
    expect(await marksOf(page)).toEqual(good);
    // Three classes: three outputs.
    await expect(page.locator('figure.layer-matrices [data-quantity="z3_3"]').first()).toHaveCount(1);
    await expect(page).toHaveURL(/points=0\.5,0\.5,1;-0\.5,-0\.5,0;0\.25,-0\.75,2/);
    const link = page.url();
    await page.goto('about:blank');
    await page.goto(link);
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    await expect(page.locator('section.builder-data[data-mounted]')).toHaveCount(1);
    expect(await marksOf(page)).toEqual(good);
    await expect(page.getByLabel(/points as CSV/)).toHaveValue('x1,x2,label\n0.5,0.5,1\n-0.5,-0.5,0\n0.25,-0.75,2');
  });

  test('points too many for a link stay on the page, say so, and the link carries the rest of the setup', async ({
    page,
  }) => {
    const part = await openPanel(page, '?lr=0.2');
    const csv = Array.from(
      { length: 300 },
      (_x, k) => `${(k / 300 - 0.5).toFixed(5)},${(((k * 7) % 300) / 300 - 0.5).toFixed(5)},${k % 2}`,
    ).join('\n');
    await part.getByLabel(/points as CSV/).fill(csv);
    await part.getByRole('button', { name: 'Use these points' }).click();
    await expect(part.locator('.own-data-link')).toHaveAttribute('data-link-points', 'no');
    await expect(part.locator('.own-data-link')).toContainText('too many for a link');
    expect(await marksOf(page)).toHaveLength(300);
    await expect(page).toHaveURL(/\?lr=0\.2$/);
  });

  test("a hidden unit's map opens that unit's row in the layer tables; one input draws the learned curve", async ({
    page,
  }) => {
    // Five units a layer: the tables start with layer 2 closed, and the map opens it.
    const part = await openPanel(page, '?shape=2-5-5-1');
    await expect(page.locator('figure.layer-matrices details.layer-details').nth(1)).not.toHaveAttribute('open');
    await part.getByRole('button', { name: 'Layer 2, unit 3: show its numbers' }).click();
    const row = page.locator('figure.layer-matrices [data-quantity="z2_3"]').first().locator('xpath=ancestor::tr');
    await expect(row.locator('th')).toBeFocused();
    await page.goto('part-2/build-a-network/?data=parabola');
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    await page.locator('details.builder-data-part summary').click();
    await expect(page.locator('.curve-plot .learned-curve')).toHaveCount(1);
    await expect(page.locator('.curve-plot .data-point')).toHaveCount(6);
  });
});
