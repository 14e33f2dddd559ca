import { expect, test } from '../support/fixtures.ts';
import {
  PARAMETERS,
  POINTS,
  SHOWN,
  START,
  byHand,
  expectAllFinite,
  expectClose,
  expectValue,
  inMath,
  nudged,
  openChapter,
  step,
  valueOf,
  valuesOf,
  type Net,
} from './three-classes.ts';

const slug = 'the-gradient-is-a-minus-t';

/** ∂E/∂θ by central differences on the hand-written forward pass: (E(θ + ε) − E(θ − ε)) / 2ε. */
const central = (n: Net, name: string, x: [number, number], c: number, eps = 1e-6) =>
  (byHand(nudged(n, name, eps), x, c).E - byHand(nudged(n, name, -eps), x, c).E) / (2 * eps);

test.describe('The gradient is a − t', () => {
  test('the default point: the Jacobian a_j(1[j=k] − a_k), δ2 = a2 − t, every gradient and central differences agree', async ({
    page,
  }) => {
    test.slow(); // some sixty numbers read on a heavy page
    await openChapter(page, slug);
    const { x, c } = POINTS[SHOWN];
    const pass = byHand(START, x, c);
    const expected: Record<string, number> = {};
    for (let j = 0; j < 3; j++) {
      for (let k = 0; k < 3; k++) expected[`jac2_${j + 1}_${k + 1}`] = pass.a2[j] * ((j === k ? 1 : 0) - pass.a2[k]);
      for (let i = 0; i < 3; i++) expected[`grad_W2_${j + 1}_${i + 1}`] = pass.delta2[j] * pass.a1[i];
      expected[`delta2_${j + 1}`] = pass.a2[j] - (j === c ? 1 : 0); // δ2 = a2 − t with t = (0, 1, 0)
      expected[`delta1_${j + 1}`] = pass.delta1[j];
      expected[`grad_W1_${j + 1}_1`] = pass.delta1[j] * x[0];
      expected[`grad_W1_${j + 1}_2`] = pass.delta1[j] * x[1];
      expected[`next_b2_${j + 1}`] = START.b2[j] - 0.5 * pass.delta2[j];
    }
    expected.next_E = byHand(step(START, pass.grad, 0.5), x, c).E;
    expectClose(await valuesOf(page, Object.keys(expected)), expected);
    await expect(inMath(page, 'jac2_1_2')).toHaveText('−0.0746');
    await expect(inMath(page, 'delta2_2')).toHaveText('−0.779337');
    // The same δ2 from the full chain Σ_j (−t_j / a_j) J[j][k], before it collapses.
    for (let k = 0; k < 3; k++) {
      const chain = [0, 1, 2].reduce((s, j) => s + (-pass.t[j] / pass.a2[j]) * pass.J[j][k], 0);
      expect(chain).toBeCloseTo(pass.a2[k] - pass.t[k], 12);
    }
    // Every one of the 21 gradients the page's tables show against central differences on the arithmetic above.
    const tables = await page
      .locator('.layer-matrices')
      .evaluate(
        (figure, names) =>
          names.map((name) =>
            Number(figure.querySelector(`[data-quantity="grad_${name}"]`)?.getAttribute('data-value')),
          ),
        PARAMETERS,
      );
    PARAMETERS.forEach((name, k) => expect(Math.abs(tables[k] - central(START, name, x, c)), name).toBeLessThan(1e-8));
    // The page's own check says the same: every relative difference tiny.
    await expect(page.locator('.layer-matrices [data-quantity^="relerr_"]')).toHaveCount(21);
    const relerrs = await page
      .locator('.layer-matrices [data-quantity^="relerr_"]')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-value'))));
    expect(Math.max(...relerrs)).toBeLessThan(1e-6);
  });

  test('another point and other weights by URL: deltas, gradients and the update follow', async ({ page }) => {
    const n: Net = {
      ...START,
      W2: [
        [1, -1, 0.5],
        [0.2, 0.3, -0.4],
        [-0.5, 0.8, 0.1],
      ],
    };
    await openChapter(page, slug, '?x=0.6,0.8&W2=1,-1,0.5;0.2,0.3,-0.4;-0.5,0.8,0.1&lr=0.1');
    const pass = byHand(n, [0.6, 0.8], 2);
    const expected: Record<string, number> = { next_b2_3: valueOf(n, 'b2_3') - 0.1 * pass.delta2[2] };
    for (let k = 0; k < 3; k++) expected[`delta2_${k + 1}`] = pass.a2[k] - (k === 2 ? 1 : 0);
    for (let j = 0; j < 3; j++) expected[`delta1_${j + 1}`] = pass.delta1[j];
    expectClose(await valuesOf(page, Object.keys(expected)), expected);
    expectClose(await valuesOf(page, ['grad_W2_3_2']), { grad_W2_3_2: central(n, 'W2_3_2', [0.6, 0.8], 2) }, 1e-8);
  });

  test("batch mode: a gradient is the sum of the six points' gradients", async ({ page }) => {
    await openChapter(page, slug, '?mode=batch');
    const sum = POINTS.map((p) => byHand(START, p.x, p.c).grad).reduce((a, b) => step(a, b, -1));
    await expectValue(page.locator('.layer-matrices [data-quantity="grad_W2_1_1"]').first(), sum.W2[0][0]);
    await expectValue(page.locator('.layer-matrices [data-quantity="grad_b2_2"]').first(), sum.b2[1]);
    await expectValue(page.locator('.layer-matrices [data-quantity="grad_W1_3_2"]').first(), sum.W1[2][1]);
    // The output biases' gradients add up to zero, point by point and so in the sum.
    expect(sum.b2[0] + sum.b2[1] + sum.b2[2]).toBeCloseTo(0, 12);
  });

  test('a confident mistake (a logit 800 above the right class): deltas of +1 and −1, nothing infinite', async ({
    page,
  }) => {
    await openChapter(page, slug, '?b2=0,0,800');
    expectClose(await valuesOf(page, ['delta2_2', 'delta2_3', 'jac2_3_3']), { delta2_2: -1, delta2_3: 1, jac2_3_3: 0 });
    await expectAllFinite(page);
  });
});
