import { expect, test } from '../support/fixtures.ts';
import { byHand, expectNumber, inMath, inWidget, openChapter, PUBLISHED, sigmoidCurve } from './two-outputs.ts';

test.describe('Part II chapter 1, sigmoid units and biases', () => {
  test('every sum of the forward pass matches the arithmetic: net_h1 = 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775', async ({
    page,
  }) => {
    await openChapter(page, 'sigmoid-units-and-biases');
    const r = byHand(PUBLISHED);
    expect(r.netH1).toBeCloseTo(0.3775, 12);
    await expectNumber(inMath(page, 'net_h1'), r.netH1, 6);
    await expectNumber(inMath(page, 'net_h2'), r.netH2, 6);
    await expectNumber(inMath(page, 'h1'), r.h1, 6);
    await expectNumber(inMath(page, 'h2'), r.h2, 6);
    await expectNumber(inMath(page, 'net_o1'), r.netO1, 6);
    await expectNumber(inMath(page, 'net_o2'), r.netO2, 6);
    await expectNumber(inMath(page, 'o1'), r.o1, 6);
    await expectNumber(inMath(page, 'o2'), r.o2, 6);
    // The published outputs, 0.75136507 and 0.772928465.
    expect(r.o1).toBeCloseTo(0.75136507, 8);
    expect(r.o2).toBeCloseTo(0.772928465, 8);
  });

  test('the curve marks all four units with their sums, outputs and slopes σ(z)(1 − σ(z))', async ({ page }) => {
    await openChapter(page, 'sigmoid-units-and-biases');
    const r = byHand(PUBLISHED);
    const curve = sigmoidCurve(page);
    const units = { h1: [r.netH1, r.h1], h2: [r.netH2, r.h2], o1: [r.netO1, r.o1], o2: [r.netO2, r.o2] };
    for (const [unit, [z, value]] of Object.entries(units)) {
      await expectNumber(inWidget(curve, `net_${unit}`), z);
      await expectNumber(inWidget(curve, unit), value);
      await expectNumber(inWidget(curve, `fprime_${unit}`), value * (1 - value));
    }
    await expect(curve.getByRole('img')).toHaveAttribute('aria-label', /^Sigmoid σ\(z\).*h1 at net 0\.3775/);
    // Close markers share a label ("h1, h2"): every unit is labelled once.
    const labels = (await curve.locator('svg text.marker-label').allTextContents()).join(', ').split(', ');
    expect(labels.sort()).toEqual(['h1', 'h2', 'o1', 'o2']);
  });

  test('switching to tanh redraws the curve as tanh and puts 1 − tanh² at every unit', async ({ page }) => {
    await openChapter(page, 'sigmoid-units-and-biases');
    await page.getByRole('combobox', { name: 'activation' }).selectOption('tanh');
    const r = byHand(PUBLISHED, 'tanh');
    await expectNumber(inMath(page, 'h1'), Math.tanh(0.3775), 6);
    await expectNumber(inMath(page, 'o2'), r.o2, 6);
    const curve = sigmoidCurve(page);
    await expectNumber(inWidget(curve, 'fprime_h1'), 1 - Math.tanh(0.3775) ** 2);
    await expectNumber(inWidget(curve, 'fprime_o1'), 1 - Math.tanh(r.netO1) ** 2);
    await expect(curve.getByRole('img')).toHaveAttribute('aria-label', /^Tanh tanh z and its slope/);
    await expect(page).toHaveURL(/activation=tanh/);
  });

  test('b1 is shared: setting it to 0 lowers both hidden sums by 0.35', async ({ page }) => {
    await openChapter(page, 'sigmoid-units-and-biases');
    await page.getByRole('textbox', { name: 'b1', exact: true }).fill('0');
    const r = byHand({ ...PUBLISHED, b1: 0 });
    await expectNumber(inMath(page, 'net_h1'), r.netH1, 6);
    await expectNumber(inMath(page, 'net_h2'), r.netH2, 6);
    expect(r.netH2).toBeCloseTo(0.0425, 12);
  });
});
