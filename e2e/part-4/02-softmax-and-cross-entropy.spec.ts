import { expect, test } from '../support/fixtures.ts';
import { START, SHOWN, POINTS, byHand, expectAllFinite, expectValue, inMath, anywhere, openChapter, type Net } from './three-classes.ts';

const slug = 'softmax-and-cross-entropy';

test.describe('Softmax and cross-entropy', () => {
  test('the default point (0.9, 0.2) of class 2: logits, softmax and E = −ln a2[2] as worked by hand', async ({ page }) => {
    await openChapter(page, slug);
    const pass = byHand(START, POINTS[SHOWN].x, POINTS[SHOWN].c);
    // Written out: z1 = (0.9 − 0.2, 0.45 + 0.2 − 0.5, −0.9 + 0.1 + 0.2) = (0.7, 0.15, −0.6).
    expect(pass.z1.map((z) => Number(z.toFixed(12)))).toEqual([0.7, 0.15, -0.6]);
    for (let j = 0; j < 3; j++) {
      await expectValue(inMath(page, `z1_${j + 1}`), pass.z1[j]);
      await expectValue(inMath(page, `a1_${j + 1}`), Math.tanh(pass.z1[j]));
      await expectValue(inMath(page, `z2_${j + 1}`), pass.z2[j]);
      await expectValue(inMath(page, `a2_${j + 1}`), Math.exp(pass.z2[j]) / (Math.exp(pass.z2[0]) + Math.exp(pass.z2[1]) + Math.exp(pass.z2[2])));
    }
    await expectValue(inMath(page, 'E'), -Math.log(pass.a2[1]));
    await expect(inMath(page, 'a2_1')).toHaveText('0.338');
    await expect(inMath(page, 'a2_2')).toHaveText('0.2207');
    await expect(inMath(page, 'a2_3')).toHaveText('0.4413');
    await expect(inMath(page, 'E')).toHaveText('1.51112');
    // The −ln a figure marks the right class's probability and its error.
    const figure = page.locator('.loss-curve');
    await expectValue(figure.locator('[data-quantity="a2_2"]'), pass.a2[1]);
    await expectValue(figure.locator('[data-quantity="E"]'), pass.E);
  });

  test('another point and other output biases by URL: every number follows, the probabilities add up to 1', async ({ page }) => {
    const n: Net = { ...START, b2: [0.5, -1, 2] };
    await openChapter(page, slug, '?x=0.1,0.2&b2=0.5,-1,2');
    const pass = byHand(n, [0.1, 0.2], 0);
    let sum = 0;
    for (let k = 0; k < 3; k++) {
      await expectValue(inMath(page, `z2_${k + 1}`), pass.z2[k]);
      await expectValue(inMath(page, `a2_${k + 1}`), pass.a2[k]);
      sum += pass.a2[k];
    }
    expect(sum).toBeCloseTo(1, 12);
    await expectValue(inMath(page, 't1'), 1);
    await expectValue(inMath(page, 'E'), -Math.log(pass.a2[0]));
  });

  test('adding the same number to every output bias changes no probability (shift invariance)', async ({ page }) => {
    const shifted: Net = { ...START, b2: START.b2.map((b) => b + 5) };
    await openChapter(page, slug, `?b2=${shifted.b2.join(',')}`);
    const pass = byHand(START, POINTS[SHOWN].x, POINTS[SHOWN].c);
    for (let k = 0; k < 3; k++) await expectValue(inMath(page, `z2_${k + 1}`), pass.z2[k] + 5);
    for (let k = 0; k < 3; k++) await expectValue(inMath(page, `a2_${k + 1}`), pass.a2[k], 1e-12);
    await expectValue(inMath(page, 'E'), pass.E, 1e-12);
  });

  test('huge logits: probabilities of exactly 1 and 0, a finite error from log-sum-exp, no ∞ or NaN anywhere', async ({ page }) => {
    await openChapter(page, slug, '?b2=1000,0,0');
    const n: Net = { ...START, b2: [1000, 0, 0] };
    const pass = byHand(n, POINTS[SHOWN].x, POINTS[SHOWN].c);
    // By hand: z2[1] − z2[2] ≈ 1000.43, so a2[2] = e^(−1000.43…) underflows to 0 and E = z2[1] − z2[2] + ln(1 + e^(z2[2]−z2[1]) + e^(z2[3]−z2[1])).
    const E = pass.z2[0] - pass.z2[1] + Math.log(1 + Math.exp(pass.z2[1] - pass.z2[0]) + Math.exp(pass.z2[2] - pass.z2[0]));
    await expectValue(inMath(page, 'a2_1'), 1);
    await expectValue(inMath(page, 'a2_2'), 0);
    await expectValue(inMath(page, 'E'), E, 1e-9);
    expect(E).toBeGreaterThan(1000);
    await expectValue(anywhere(page, 'delta2_2'), -1);
    await expectAllFinite(page);
  });
});
