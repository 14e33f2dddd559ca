import { expect, test } from '../support/fixtures.ts';
import {
  START,
  SHOWN,
  POINTS,
  byHand,
  expectAllFinite,
  expectClose,
  expectValue,
  inMath,
  openChapter,
  valuesOf,
  type Net,
} from './three-classes.ts';

const slug = 'softmax-and-cross-entropy';

test.describe('Softmax and cross-entropy', () => {
  test('the default point (0.9, 0.2) of class 2: logits, softmax and E = −ln a2[2] as worked by hand', async ({
    page,
  }) => {
    await openChapter(page, slug);
    const pass = byHand(START, POINTS[SHOWN].x, POINTS[SHOWN].c);
    // Written out: z1 = (0.9 − 0.2, 0.45 + 0.2 − 0.5, −0.9 + 0.1 + 0.2) = (0.7, 0.15, −0.6).
    expect(pass.z1.map((z) => Number(z.toFixed(12)))).toEqual([0.7, 0.15, -0.6]);
    const expected: Record<string, number> = { E: -Math.log(pass.a2[1]) };
    const sum = Math.exp(pass.z2[0]) + Math.exp(pass.z2[1]) + Math.exp(pass.z2[2]);
    for (let j = 0; j < 3; j++) {
      expected[`z1_${j + 1}`] = pass.z1[j];
      expected[`a1_${j + 1}`] = Math.tanh(pass.z1[j]);
      expected[`z2_${j + 1}`] = pass.z2[j];
      expected[`a2_${j + 1}`] = Math.exp(pass.z2[j]) / sum; // softmax without the shift: these logits are small
    }
    expectClose(await valuesOf(page, Object.keys(expected)), expected);
    await expect(inMath(page, 'a2_1')).toHaveText('0.338');
    await expect(inMath(page, 'a2_2')).toHaveText('0.2207');
    await expect(inMath(page, 'a2_3')).toHaveText('0.4413');
    await expect(inMath(page, 'E')).toHaveText('1.51112');
    // The −ln a figure marks the right class's probability and its error.
    const figure = page.locator('.loss-curve');
    await expectValue(figure.locator('[data-quantity="a2_2"]'), pass.a2[1]);
    await expectValue(figure.locator('[data-quantity="E"]'), pass.E);
  });

  test('another point and other output biases by URL: every number follows, the probabilities add up to 1', async ({
    page,
  }) => {
    const n: Net = { ...START, b2: [0.5, -1, 2] };
    await openChapter(page, slug, '?x=0.1,0.2&b2=0.5,-1,2');
    const pass = byHand(n, [0.1, 0.2], 0);
    const shown = await valuesOf(page, ['z2_1', 'z2_2', 'z2_3', 'a2_1', 'a2_2', 'a2_3', 't1', 'E']);
    expectClose(shown, {
      z2_1: pass.z2[0],
      z2_2: pass.z2[1],
      z2_3: pass.z2[2],
      a2_1: pass.a2[0],
      a2_2: pass.a2[1],
      a2_3: pass.a2[2],
      t1: 1,
      E: -Math.log(pass.a2[0]),
    });
    expect(shown.a2_1 + shown.a2_2 + shown.a2_3).toBeCloseTo(1, 12);
  });

  test('adding the same number to every output bias changes no probability (shift invariance)', async ({ page }) => {
    const shifted: Net = { ...START, b2: START.b2.map((b) => b + 5) };
    await openChapter(page, slug, `?b2=${shifted.b2.join(',')}`);
    const pass = byHand(START, POINTS[SHOWN].x, POINTS[SHOWN].c);
    const shown = await valuesOf(page, ['z2_1', 'z2_2', 'z2_3', 'a2_1', 'a2_2', 'a2_3', 'E']);
    expectClose(shown, { z2_1: pass.z2[0] + 5, z2_2: pass.z2[1] + 5, z2_3: pass.z2[2] + 5 });
    expectClose(shown, { a2_1: pass.a2[0], a2_2: pass.a2[1], a2_3: pass.a2[2], E: pass.E }, 1e-12);
  });

  test('huge logits: probabilities of exactly 1 and 0, a finite error from log-sum-exp, no ∞ or NaN anywhere', async ({
    page,
  }) => {
    await openChapter(page, slug, '?b2=1000,0,0');
    const n: Net = { ...START, b2: [1000, 0, 0] };
    const pass = byHand(n, POINTS[SHOWN].x, POINTS[SHOWN].c);
    // By hand: z2[1] − z2[2] ≈ 1000.43, so a2[2] = e^(−1000.43…) underflows to 0 and E = z2[1] − z2[2] + ln(1 + e^(z2[2]−z2[1]) + e^(z2[3]−z2[1])).
    const E =
      pass.z2[0] - pass.z2[1] + Math.log(1 + Math.exp(pass.z2[1] - pass.z2[0]) + Math.exp(pass.z2[2] - pass.z2[0]));
    expectClose(await valuesOf(page, ['a2_1', 'a2_2', 'E']), { a2_1: 1, a2_2: 0, E });
    expect(E).toBeGreaterThan(1000);
    await expectAllFinite(page);
  });
});
