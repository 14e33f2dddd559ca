// The builder with a softmax head and cross-entropy: a 2-3-2 tanh/softmax network on the 2-2-2 example's data
// (targets 0.01 and 0.99, which add up to 1), its z, a, δ = a − t, gradients and E against the passes written out
// here, the finite-difference check, the sentence for the output δ, and what the page does with a loss and an output
// that do not go together.
import type { Locator, Page } from '@playwright/test';
import { expect, readNumber, test } from '../support/fixtures.ts';

const W1 = [
  [0.5, -0.3],
  [0.2, 0.8],
  [-0.6, 0.1],
];
const b1 = [0.1, -0.2, 0.05];
const W2 = [
  [1.2, -0.7, 0.4],
  [-0.3, 0.9, 0.6],
];
const b2 = [0.2, -0.1];
const matrix = (m: number[][]) => m.map((row) => row.join(',')).join(';');
const SETUP =
  `?data=two-outputs&shape=2-3-2&act=tanh,softmax&loss=cross-entropy&mode=online` +
  `&W1=${matrix(W1)}&b1=${b1.join(',')}&W2=${matrix(W2)}&b2=${b2.join(',')}`;

// By hand for x = (0.05, 0.1), t = (0.01, 0.99): a1 = tanh(W1 x + b1), z2 = W2 a1 + b2, a2 = e^z2 / Σ e^z2,
// E = −Σ t ln a2, δ2 = a2 − t, δ1 = (W2ᵀ δ2) ⊙ (1 − a1²), ∂E/∂W = δ aᵀ.
const x = [0.05, 0.1];
const t = [0.01, 0.99];
const affine = (W: number[][], b: number[], a: number[]) =>
  W.map((row, j) => row.reduce((sum, w, i) => sum + w * a[i], b[j]));
const z1 = affine(W1, b1, x);
const a1 = z1.map(Math.tanh);
const z2 = affine(W2, b2, a1);
const exps = z2.map(Math.exp);
const a2 = exps.map((e) => e / (exps[0] + exps[1]));
const E = -(t[0] * Math.log(a2[0]) + t[1] * Math.log(a2[1]));
const d2 = [a2[0] - t[0], a2[1] - t[1]];
const d1 = a1.map((a, k) => (W2[0][k] * d2[0] + W2[1][k] * d2[1]) * (1 - a * a));

async function openBuilder(page: Page, query: string) {
  await page.goto(`part-2/build-a-network/${query}`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}
const at = (scope: Locator, quantity: string) => scope.locator(`[data-quantity="${quantity}"]`).first();
async function expectValue(locator: Locator, value: number) {
  const read = await readNumber(locator);
  expect(Math.abs(read.value - value)).toBeLessThan(1e-9);
}

test.describe('the builder with a softmax head and cross-entropy', () => {
  test('z, the probabilities, δ = a − t, the gradients and E are the passes written out by hand', async ({ page }) => {
    await openBuilder(page, SETUP);
    await expect(page.locator('.url-notice')).toBeHidden();
    const scope = page.locator('figure.layer-matrices');
    for (let j = 0; j < 3; j++) {
      await expectValue(at(scope, `z1_${j + 1}`), z1[j]);
      await expectValue(at(scope, `delta1_${j + 1}`), d1[j]);
    }
    for (let k = 0; k < 2; k++) {
      await expectValue(at(scope, `z2_${k + 1}`), z2[k]);
      await expectValue(at(scope, `a2_${k + 1}`), a2[k]);
      await expectValue(at(scope, `delta2_${k + 1}`), d2[k]);
    }
    expect(a2[0] + a2[1]).toBeCloseTo(1, 15);
    await expectValue(at(scope, 'grad_W2_2_3'), d2[1] * a1[2]);
    await expectValue(at(scope, 'grad_W1_2_1'), d1[1] * x[0]);
    await expectValue(at(scope, 'grad_b2_1'), d2[0]);
    await expectValue(at(page.locator('figure.network-diagram'), 'E'), E);
  });

  test('every finite-difference check agrees with backpropagation, and the output δ reads a − t', async ({ page }) => {
    await openBuilder(page, SETUP);
    const checks = page.locator('figure.layer-matrices [data-quantity^="relerr_"]');
    await expect(checks).toHaveCount(6 + 3 + 6 + 2);
    for (const check of await checks.all()) expect((await readNumber(check)).value).toBeLessThan(1e-6);
    const sentence = page.locator('p.state-text', { hasText: 'The sweep runs the other way' });
    await expect(sentence).toContainText('δL = aL − t');
    // The same network with half squared error goes through softmax's Jacobian.
    await page.getByRole('combobox', { name: 'loss' }).selectOption('half-squared-error');
    await expect(sentence).toContainText('Jacobian');
    const g = [a2[0] - t[0], a2[1] - t[1]];
    const weighted = a2[0] * g[0] + a2[1] * g[1];
    await expectValue(at(page.locator('figure.layer-matrices'), 'delta2_1'), a2[0] * (g[0] - weighted));
  });

  test("training lowers the cross-entropy towards the targets' own entropy, never below it", async ({ page }) => {
    await openBuilder(page, `${SETUP}&lr=0.5&steps=300`);
    const value = (await readNumber(at(page.locator('figure.network-diagram'), 'E'))).value;
    const entropy = -(0.01 * Math.log(0.01) + 0.99 * Math.log(0.99)); // the least −Σ t ln a: a = t
    expect(value).toBeLessThan(E);
    expect(value).toBeGreaterThanOrEqual(entropy - 1e-12);
  });
});

test.describe('a loss and an output that do not go together', () => {
  test('a link gets a notice and the loss it can use; the setup panel refuses the choice and says why', async ({
    page,
  }) => {
    await openBuilder(page, '?loss=cross-entropy&lr=0.3');
    await expect(page.locator('.url-notice')).toContainText(
      'Ignored loss="cross-entropy": The loss cross-entropy needs softmax on the output layer, not sigmoid.',
    );
    const loss = page.getByRole('combobox', { name: 'loss' });
    await expect(loss).toHaveValue('half-squared-error');
    await loss.selectOption('cross-entropy');
    const refused = page.locator('.setup-controls [data-refused]');
    await expect(refused).toContainText('needs softmax on the output layer');
    await expect(loss).toHaveValue('half-squared-error');
    await expect(page).toHaveURL(/\?lr=0\.3$/);
    // Softmax is offered for the output layer only, and a single output cannot take it.
    await expect(
      page.getByRole('combobox', { name: 'activation of layer 1' }).locator('option[value="softmax"]'),
    ).toHaveCount(0);
    await page.getByRole('combobox', { name: 'activation of layer 3' }).selectOption('softmax');
    await expect(refused).toContainText('needs at least two outputs');
    await expect(page.getByRole('combobox', { name: 'activation of layer 3' })).toHaveValue('sigmoid');
    expect(await page.locator('main').evaluate((main) => /NaN|Infinity/.test(main.textContent ?? ''))).toBe(false);
  });
});
