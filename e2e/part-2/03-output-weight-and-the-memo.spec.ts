import { expect, test } from '../support/fixtures.ts';
import {
  byHand,
  expectNumber,
  inMath,
  inWidget,
  listOf,
  NAMES,
  openChapter,
  PUBLISHED,
  stepByHand,
  stepTable,
  updateOrder,
  type Params,
} from './two-outputs.ts';

/**
 * One after another, by hand: the output layer (w5…w8, b2) steps first; the hidden deltas are then formed with the
 * new w5…w8 but the original output deltas and sums, δ_h1 = (δ_o1·w5′ + δ_o2·w7′)·σ′(net_h1); then w1…w4, b1 step.
 */
function inTurnByHand(p: Params, rate: number, trainBiases: boolean) {
  const r = byHand(p);
  const [w1, w2, w3, w4, w5, w6, w7, w8] = p.w;
  const n5 = w5 - rate * r.deltaO1 * r.h1;
  const n6 = w6 - rate * r.deltaO1 * r.h2;
  const n7 = w7 - rate * r.deltaO2 * r.h1;
  const n8 = w8 - rate * r.deltaO2 * r.h2;
  const slope = (z: number) => (1 / (1 + Math.exp(-z))) * (1 - 1 / (1 + Math.exp(-z)));
  const dh1 = (r.deltaO1 * n5 + r.deltaO2 * n7) * slope(r.netH1);
  const dh2 = (r.deltaO1 * n6 + r.deltaO2 * n8) * slope(r.netH2);
  return {
    w: [w1 - rate * dh1 * 0.05, w2 - rate * dh1 * 0.1, w3 - rate * dh2 * 0.05, w4 - rate * dh2 * 0.1, n5, n6, n7, n8],
    b1: trainBiases ? p.b1 - rate * (dh1 + dh2) : p.b1,
    b2: trainBiases ? p.b2 - rate * (r.deltaO1 + r.deltaO2) : p.b2,
  };
}

test.describe('Part II chapter 3, an output weight and the memo', () => {
  test('∂E/∂w7 = (o2 − t2)·o2(1 − o2)·h1, and w7 and w8 share δ_o2', async ({ page }) => {
    await openChapter(page, 'output-weight-and-the-memo');
    const r = byHand(PUBLISHED);
    await expectNumber(inMath(page, 'Delta_o2'), r.o2 - 0.99, 6);
    await expectNumber(inMath(page, 'fprime_o2'), r.o2 * (1 - r.o2), 6);
    await expectNumber(inMath(page, 'h1'), r.h1, 6);
    await expectNumber(inMath(page, 'grad_w7'), (r.o2 - 0.99) * r.o2 * (1 - r.o2) * r.h1, 9);
    await expectNumber(inMath(page, 'delta_o2'), (r.o2 - 0.99) * r.o2 * (1 - r.o2), 9);
    await expectNumber(inMath(page, 'grad_w8'), r.deltaO2 * r.h2, 9);
    await expectNumber(inMath(page, 'delta_h1'), (r.deltaO1 * 0.4 + r.deltaO2 * 0.5) * r.h1 * (1 - r.h1), 9);
    await expectNumber(inMath(page, 'grad_w1'), r.deltaH1 * 0.05, 9);
    await expectNumber(inMath(page, 'grad_b1'), r.deltaH1 + r.deltaH2, 9);
    await expectNumber(inMath(page, 'grad_b2'), r.deltaO1 + r.deltaO2, 9);
  });

  test('the table updates all ten parameters at once from the original values', async ({ page }) => {
    test.slow(); // forty numbers read on a heavy page
    await openChapter(page, 'output-weight-and-the-memo');
    const r = byHand(PUBLISHED);
    const next = listOf(stepByHand(PUBLISHED, 0.5));
    const table = stepTable(page);
    for (const [k, name] of NAMES.entries()) {
      await expectNumber(inWidget(table, name), listOf(PUBLISHED)[k], 6);
      await expectNumber(inWidget(table, `grad_${name}`), r.grads[k], 6);
      await expectNumber(inWidget(table, `change_${name}`), 0.5 * r.grads[k], 6);
      await expectNumber(inWidget(table, `next_${name}`), next[k], 6);
    }
    const after = byHand(stepByHand(PUBLISHED, 0.5));
    await expectNumber(inWidget(table, 'next_o1'), after.o1, 6);
    await expectNumber(inWidget(table, 'next_o2'), after.o2, 6);
    await expectNumber(inWidget(table, 'next_E'), after.error, 6);
  });

  test('the published preset fixes the biases and gives the published new w5 = 0.35891648', async ({ page }) => {
    await openChapter(page, 'output-weight-and-the-memo');
    await page.getByRole('button', { name: 'Preset: published example (biases fixed)' }).click();
    await expect(page).toHaveURL(/trainBiases=off/);
    await expect(page.getByRole('checkbox', { name: 'train biases' })).not.toBeChecked();
    const table = stepTable(page);
    await expectNumber(inWidget(table, 'next_b1'), 0.35, 6);
    await expectNumber(inWidget(table, 'change_b2'), 0, 6);
    await expect(inWidget(table, 'next_w5')).toHaveText('0.358916');
    await expectNumber(inWidget(table, 'next_E'), byHand(stepByHand(PUBLISHED, 0.5, false)).error, 6);
  });

  test('one after another gives different hidden weights and a different error, checked by hand', async ({ page }) => {
    await openChapter(page, 'output-weight-and-the-memo');
    const widget = updateOrder(page);
    const atOnce = listOf(stepByHand(PUBLISHED, 0.5));
    const inTurn = inTurnByHand(PUBLISHED, 0.5, true);
    for (const [k, name] of NAMES.entries()) {
      await expectNumber(inWidget(widget, `next_${name}`), atOnce[k], 9);
      await expectNumber(inWidget(widget, `seq_next_${name}`), listOf(inTurn)[k], 9);
    }
    await expectNumber(inWidget(widget, 'next_E'), byHand(stepByHand(PUBLISHED, 0.5)).error, 9);
    await expectNumber(inWidget(widget, 'seq_next_E'), byHand(inTurn).error, 9);
    // The output layer agrees, the hidden layer does not.
    await expectNumber(inWidget(widget, 'seq_diff_w5'), 0, 9);
    expect(Math.abs(listOf(inTurn)[0] - atOnce[0])).toBeGreaterThan(1e-6);
  });

  test('with the biases fixed, one after another reproduces the published error 0.291027924; all at once gives 0.291027774', async ({
    page,
  }) => {
    await openChapter(page, 'output-weight-and-the-memo', '?trainBiases=off');
    const widget = updateOrder(page);
    const inTurn = inTurnByHand(PUBLISHED, 0.5, false);
    expect(byHand(inTurn).error).toBeCloseTo(0.291027924, 9);
    await expectNumber(inWidget(widget, 'seq_next_E'), byHand(inTurn).error, 9);
    await expect(inWidget(widget, 'seq_next_E')).toHaveText('0.291027924');
    await expect(inWidget(widget, 'next_E')).toHaveText('0.291027774');
    await expect(
      page.getByRole('complementary', { name: 'Erratum to the published example: the error after the first round' }),
    ).toContainText('0.291027924');
  });

  test('a learning rate of 5 widens the gap between the two orders', async ({ page }) => {
    await openChapter(page, 'output-weight-and-the-memo');
    await page.getByRole('textbox', { name: 'learning rate', exact: true }).fill('5');
    const inTurn = inTurnByHand(PUBLISHED, 5, true);
    await expectNumber(inWidget(updateOrder(page), 'seq_next_w1'), inTurn.w[0], 9);
    await expectNumber(inWidget(updateOrder(page), 'next_w1'), listOf(stepByHand(PUBLISHED, 5))[0], 9);
  });
});
