// The network builder (matrix notation): a 2-3-3-1 tanh/tanh/sigmoid network with biases set through the URL, its
// z, a, δ and gradients against the passes written out here, the URL ⇄ fields ⇄ numbers loop, bad parameters,
// and the finite-difference check.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, readNumber, test } from '../support/fixtures.ts';

const W1 = [
  [0.5, -0.3],
  [0.2, 0.8],
  [-0.6, 0.1],
];
const b1 = [0.1, -0.2, 0.05];
const W2 = [
  [0.3, -0.5, 0.7],
  [0.9, 0.2, -0.4],
  [-0.1, 0.6, 0.25],
];
const b2 = [0, 0.15, -0.3];
const W3 = [[1.2, -0.7, 0.4]];
const b3 = [0.2];
const matrix = (m: number[][]) => m.map((row) => row.join(',')).join(';');
const SETUP =
  `?shape=2-3-3-1&act=tanh,tanh,sigmoid&mode=online&x=1,0` +
  `&W1=${matrix(W1)}&b1=${b1.join(',')}&W2=${matrix(W2)}&b2=${b2.join(',')}&W3=${matrix(W3)}&b3=${b3.join(',')}`;

// The passes by hand for x = (1, 0), t = 1: z = W a + b, a = f(z); δ3 = (a3 − t)·σ′(z3); δ_l = (W_{l+1}ᵀ δ_{l+1}) ⊙ tanh′(z_l).
const x = [1, 0];
const t = 1;
const affine = (W: number[][], b: number[], a: number[]) =>
  W.map((row, j) => row.reduce((sum, w, i) => sum + w * a[i], b[j]));
const z1 = affine(W1, b1, x);
const a1 = z1.map(Math.tanh);
const z2 = affine(W2, b2, a1);
const a2 = z2.map(Math.tanh);
const z3 = affine(W3, b3, a2);
const a3 = z3.map((z) => 1 / (1 + Math.exp(-z)));
const E = 0.5 * (a3[0] - t) ** 2;
const d3 = [(a3[0] - t) * a3[0] * (1 - a3[0])];
const d2 = a2.map((a, k) => W3[0][k] * d3[0] * (1 - a * a));
const d1 = a1.map((a, k) => W2.reduce((sum, row, j) => sum + row[k] * d2[j], 0) * (1 - a * a));

async function openBuilder(page: Page, query = '') {
  await page.goto(`part-2/build-a-network/${query}`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}
const tables = (page: Page) => page.locator('figure.layer-matrices');
const at = (scope: Locator, quantity: string) => scope.locator(`[data-quantity="${quantity}"]`).first();
async function expectValue(locator: Locator, value: number) {
  const read = await readNumber(locator);
  expect(Math.abs(read.value - value)).toBeLessThan(1e-9);
}

test.describe('Building a network from a link', () => {
  test('a 2-3-3-1 tanh/tanh/sigmoid network with biases from the URL has the z, a, δ and gradients worked out by hand', async ({
    page,
  }) => {
    await openBuilder(page, SETUP);
    const scope = tables(page);
    for (const [l, z, a, d] of [
      [1, z1, a1, d1],
      [2, z2, a2, d2],
      [3, z3, a3, d3],
    ] as const) {
      for (let j = 0; j < z.length; j++) {
        await expectValue(at(scope, `z${l}_${j + 1}`), z[j]);
        await expectValue(at(scope, `a${l}_${j + 1}`), a[j]);
        await expectValue(at(scope, `delta${l}_${j + 1}`), d[j]);
      }
    }
    // ∂E/∂W_l[j,i] = δ_l[j]·a_{l−1}[i], ∂E/∂b_l[j] = δ_l[j]
    await expectValue(at(scope, 'grad_W1_3_1'), d1[2] * x[0]);
    await expectValue(at(scope, 'grad_W2_2_3'), d2[1] * a1[2]);
    await expectValue(at(scope, 'grad_W3_1_2'), d3[0] * a2[1]);
    await expectValue(at(scope, 'grad_b2_3'), d2[2]);
    await expectValue(at(page.locator('figure.network-diagram'), 'E'), E);
  });

  test("a larger network's closed layer draws its numbers when a reader opens it, by keyboard or pointer", async ({
    page,
  }) => {
    // Five hidden units: the matrices start with the output layer open and layer 1 closed.
    const W = [
      [0.5, -0.3],
      [0.2, 0.8],
      [-0.6, 0.1],
      [0.4, 0.4],
      [-0.1, -0.9],
    ];
    const b = [0.1, -0.2, 0.05, 0, 0.3];
    await openBuilder(
      page,
      `?shape=2-5-1&act=tanh,sigmoid&mode=online&x=1,0&W1=${matrix(W)}&b1=${b.join(',')}&W2=1,1,1,1,1&b2=0`,
    );
    const scope = tables(page);
    const layer1 = scope.locator('details.layer-details').first();
    await expect(layer1).not.toHaveAttribute('open');
    await expect(at(scope, 'z1_5')).toHaveCount(0);
    await layer1.locator('summary').focus();
    await page.keyboard.press('Enter');
    const z = affine(W, b, [1, 0]);
    await expect(at(scope, 'z1_5')).toHaveCount(1);
    for (let j = 0; j < 5; j++) await expectValue(at(scope, `z1_${j + 1}`), z[j]);
    await layer1.locator('summary').click();
    await expect(at(scope, 'z1_5')).toHaveCount(0);
    await layer1.locator('summary').click();
    await expectValue(at(scope, 'a1_4'), Math.tanh(z[3]));
  });

  test("the fields show the URL's matrices, and an edit goes back into the URL and the numbers", async ({ page }) => {
    await openBuilder(page, SETUP);
    await expect(page.getByRole('textbox', { name: 'W2[1,3]', exact: true })).toHaveValue('0.7');
    await expect(page.getByRole('textbox', { name: 'b3[1]', exact: true })).toHaveValue('0.2');
    await expect(page.getByRole('combobox', { name: 'activation of layer 3' })).toHaveValue('sigmoid');
    await page.getByRole('textbox', { name: 'W3[1,1]', exact: true }).fill('-1');
    // The shape and activations are the builder's defaults, so the link leaves them out.
    await expect(page).toHaveURL(/\?W1=.*&W3=-1,-0\.7,0\.4&b3=0\.2&mode=online&x=1,0$/);
    const z3New = -1 * a2[0] - 0.7 * a2[1] + 0.4 * a2[2] + b3[0];
    await expectValue(at(tables(page), 'z3_1'), z3New);
  });

  test("the builder's controls rebuild the network and write its shape into the URL", async ({ page }) => {
    await openBuilder(page);
    await page.getByRole('combobox', { name: 'weight layers' }).selectOption('4');
    await page.getByRole('combobox', { name: 'units in layer 2' }).selectOption('5');
    await expect(page).toHaveURL(/shape=2-3-5-3-1/);
    // A network this size opens its weight grids one layer at a time.
    await page.locator('summary', { hasText: 'Layer 4: W4' }).click();
    await expect(page.getByRole('textbox', { name: 'W4[1,3]', exact: true })).toHaveCount(1);
    await page.getByRole('combobox', { name: 'data set' }).selectOption('parabola');
    await expect(page).toHaveURL(/data=parabola/);
    await expect(page).toHaveURL(/shape=1-3-5-3-1/);
    await page.locator('summary', { hasText: 'Layer 1: W1' }).click();
    await expect(page.getByRole('textbox', { name: 'W1[1,1]', exact: true })).toHaveCount(1);
    await expect(page.getByRole('textbox', { name: 'W1[1,2]', exact: true })).toHaveCount(0);
  });

  test('a bad shape, an unknown activation and a matrix of the wrong size get notices, and the page keeps working', async ({
    page,
  }) => {
    await openBuilder(page, '?shape=2-9-1&act=tanh,softmax&W1=1,2&lr=abc');
    const notice = page.locator('.url-notice');
    await expect(notice).toContainText('Ignored shape="2-9-1"');
    await expect(notice).toContainText('Ignored act="tanh,softmax"');
    await expect(notice).toContainText('Ignored W1="1,2": W1 takes 3 rows of 2 numbers');
    await expect(notice).toContainText('Ignored lr="abc": not a number.');
    await expect(page.getByRole('combobox', { name: 'weight layers' })).toHaveValue('3');
    await page.getByRole('textbox', { name: 'learning rate', exact: true }).fill('0.25');
    await expect(page).toHaveURL(/\?lr=0\.25$/);
  });

  test('every finite-difference check agrees with backpropagation to better than 10⁻⁶', async ({ page }) => {
    await openBuilder(page, SETUP);
    const checks = tables(page).locator('[data-quantity^="relerr_"]');
    await expect(checks).toHaveCount(6 + 3 + 9 + 3 + 3 + 1); // W1, b1, W2, b2, W3, b3
    for (const check of await checks.all()) expect((await readNumber(check)).value).toBeLessThan(1e-6);
  });

  test("keyboard reaches the builder's controls and axe finds nothing", async ({ page }) => {
    test.slow();
    await openBuilder(page, SETUP);
    const data = page.getByRole('combobox', { name: 'data set' });
    await data.focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'weight layers' })).toBeFocused();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
  });
});
