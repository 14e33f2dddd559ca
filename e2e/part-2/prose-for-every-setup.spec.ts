// Sentences that name a unit, a layer, a direction or a comparison are computed from the state (StateText,
// src/lib/state-text.ts): each is read here under setups other than the default, against numbers worked out in the
// test. Also the builder's batch bias gradient written out as a sum, and its claim about XOR without biases.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { PUBLISHED, byHand, openChapter, shown, type Params } from './two-outputs.ts';

const sentences = (page: Page) => page.locator('p.state-text');
const numberIn = async (scope: Locator, quantity: string) =>
  Number(await scope.locator(`[data-quantity="${quantity}"]`).first().getAttribute('data-value'));
const query = (p: Params, extra = '') =>
  `?${p.w.map((w, k) => `w${k + 1}=${w}`).join('&')}&b1=${p.b1}&b2=${p.b2}${extra}`;

test.describe('Part II ch. 3: the direction of w7 and the two paths into h1 follow the setup', () => {
  test('with t2 = 0.5, o2 is above its target and the step lowers w7', async ({ page }) => {
    const hand = byHand(PUBLISHED, 'sigmoid', undefined, [0.01, 0.5]);
    expect(hand.o2).toBeGreaterThan(0.5);
    expect(hand.grads[6]).toBeGreaterThan(0);
    await openChapter(page, 'output-weight-and-the-memo', '?t2=0.5');
    const sentence = sentences(page).first();
    await expect(sentence).toContainText(`o2 = ${shown(hand.o2, 6)} is above its target t2 = 0.5`);
    await expect(sentence).toContainText('the step lowers w7');
  });

  test('with tanh and b1 = −1, h1 is negative: o2 is below its target, yet the step lowers w7', async ({ page }) => {
    const p = { ...PUBLISHED, b1: -1 };
    const hand = byHand(p, 'tanh');
    expect(hand.h1).toBeLessThan(0);
    expect(hand.o2).toBeLessThan(0.99);
    expect(hand.grads[6]).toBeGreaterThan(0); // (o2 − t2)·f′·h1: negative · positive · negative
    await openChapter(page, 'output-weight-and-the-memo', query(p, '&activation=tanh'));
    const sentence = sentences(page).first();
    await expect(sentence).toContainText(`o2 = ${shown(hand.o2, 6)} is below its target`);
    await expect(sentence).toContainText(
      `yet the gradient is positive and the step lowers w7: h1 = ${shown(hand.h1, 6)} is negative`,
    );
  });

  test('with t1 = 0.7 the path through o2 is the larger and h1 is pushed up; with t1 = 0.9 both paths ask for a higher h1', async ({
    page,
  }) => {
    const near = byHand(PUBLISHED, 'sigmoid', undefined, [0.7, 0.99]);
    const viaO1 = near.deltaO1 * PUBLISHED.w[4];
    const viaO2 = near.deltaO2 * PUBLISHED.w[6];
    expect(viaO1).toBeGreaterThan(0);
    expect(viaO2).toBeLessThan(0);
    expect(Math.abs(viaO2)).toBeGreaterThan(Math.abs(viaO1));
    await openChapter(page, 'output-weight-and-the-memo', '?t1=0.7');
    const paths = sentences(page).nth(1);
    await expect(paths).toContainText('The second is larger in size, so it wins: h1 is pushed up.');
    expect(await numberIn(paths, 'delta_o1')).toBeCloseTo(near.deltaO1, 12);

    const low = byHand(PUBLISHED, 'sigmoid', undefined, [0.9, 0.99]);
    expect(low.deltaO1 * PUBLISHED.w[4]).toBeLessThan(0);
    expect(low.deltaO2 * PUBLISHED.w[6]).toBeLessThan(0);
    await openChapter(page, 'output-weight-and-the-memo', '?t1=0.9');
    await expect(sentences(page).nth(1)).toContainText('are both negative, and both ask for a higher h1');
  });

  test('which order ends lower after one step is read from the step: all at once at η = 0.5, one after another at η = 5', async ({
    page,
  }) => {
    // One step by hand, the hidden layer's gradients taken with the output layer's new weights (forward pass not redone).
    const sigma = (z: number) => 1 / (1 + Math.exp(-z));
    const errorAfter = (rate: number, inTurn: boolean) => {
      const p = PUBLISHED;
      const h = byHand(p);
      const w = [...p.w];
      for (const k of [4, 5, 6, 7]) w[k] = p.w[k] - rate * h.grads[k];
      const back = inTurn ? w : p.w;
      const dH1 = (h.deltaO1 * back[4] + h.deltaO2 * back[6]) * h.h1 * (1 - h.h1);
      const dH2 = (h.deltaO1 * back[5] + h.deltaO2 * back[7]) * h.h2 * (1 - h.h2);
      const i = [0.05, 0.1];
      w[0] -= rate * dH1 * i[0];
      w[1] -= rate * dH1 * i[1];
      w[2] -= rate * dH2 * i[0];
      w[3] -= rate * dH2 * i[1];
      const b1 = p.b1 - rate * (dH1 + dH2);
      const b2 = p.b2 - rate * (h.deltaO1 + h.deltaO2);
      const h1 = sigma(w[0] * i[0] + w[1] * i[1] + b1);
      const h2 = sigma(w[2] * i[0] + w[3] * i[1] + b1);
      const o1 = sigma(w[4] * h1 + w[5] * h2 + b2);
      const o2 = sigma(w[6] * h1 + w[7] * h2 + b2);
      return 0.5 * ((o1 - 0.01) ** 2 + (o2 - 0.99) ** 2);
    };
    expect(errorAfter(5, true)).toBeLessThan(errorAfter(5, false));
    expect(errorAfter(0.5, true)).toBeGreaterThan(errorAfter(0.5, false));
    await openChapter(page, 'output-weight-and-the-memo', '?lr=5');
    await expect(page.locator('.update-order-verdict')).toHaveText(
      'After it, one after another ends lower than all at once.',
    );
    await openChapter(page, 'output-weight-and-the-memo', '?lr=0.5');
    await expect(page.locator('.update-order-verdict')).toHaveText(
      'After it, one after another ends higher than all at once.',
    );
  });
});

test.describe('Part II ch. 3: with the biases fixed, b1 is the same in both orders', () => {
  test('trainBiases=off: the hidden weights differ between the orders, b1 does not, as the text now says', async ({
    page,
  }) => {
    await openChapter(page, 'output-weight-and-the-memo', '?trainBiases=off&lr=5');
    const order = page.locator('figure.update-order');
    expect(await numberIn(order, 'seq_diff_b1')).toBe(0);
    expect(Math.abs(await numberIn(order, 'seq_diff_w1'))).toBeGreaterThan(0);
    await expect(page.locator('main')).toContainText('held fixed, it stays the same in both columns');
  });
});

test.describe('Part II ch. 4: the parameter count', () => {
  test('the cost counter counts 12 parameters for 2-2-2, and the text says why ours are ten', async ({ page }) => {
    await openChapter(page, 'the-same-thing-as-matrices');
    const weights = 2 * 2 + 2 * 2;
    await expect(page.locator('figure.cost-counter [data-quantity="cost_parameters"]')).toHaveText(
      String(weights + 2 + 2),
    );
    await expect(page.locator('main')).toContainText('it counts 12 parameters, eight weights and four biases');
    await expect(page.locator('main')).toContainText('so it has ten');
  });
});

// The builder: forward by hand for any layer list, every layer tanh but a sigmoid output.
type Layer = { W: number[][]; b: number[] };
const tanhThenSigmoid = (layers: Layer[], x: number[]) => {
  const zs: number[][] = [];
  const as: number[][] = [];
  let a = x;
  layers.forEach(({ W, b }, l) => {
    const z = W.map((row, j) => row.reduce((sum, w, i) => sum + w * a[i], b[j]));
    a = z.map((v) => (l === layers.length - 1 ? 1 / (1 + Math.exp(-v)) : Math.tanh(v)));
    zs.push(z);
    as.push(a);
  });
  return { zs, as };
};
const builderQuery = (layers: Layer[], extra: string) =>
  `?shape=2-${layers.map((layer) => layer.W.length).join('-')}&act=${layers.map((_l, k) => (k === layers.length - 1 ? 'sigmoid' : 'tanh')).join(',')}` +
  layers
    .map(({ W, b }, l) => `&W${l + 1}=${W.map((row) => row.join(',')).join(';')}&b${l + 1}=${b.join(',')}`)
    .join('') +
  extra;
async function openBuilder(page: Page, query: string) {
  await page.goto(`part-2/build-a-network/${query}`);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

test.describe("Part II ch. 5: the builder's sentences hold for any shape, their numbers live", () => {
  // Every number typeset in the chapter is one the network as set up has: none is left over from the default 2-3-3-1.
  async function expectNoStaleNumbers(page: Page) {
    // The matrices draw a layer's table once it is opened, as a reader opens it.
    await page
      .locator('details.layer-details')
      .evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    const names = await page
      .locator('.katex [data-quantity][data-live]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-quantity') ?? ''));
    for (const name of names)
      await expect(
        page.locator(`:not(.katex *)[data-quantity="${name}"]`).first(),
        `${name} is shown outside the math too`,
      ).toHaveCount(1);
  }
  const math = (page: Page, quantity: string) =>
    page.locator(`.katex [data-quantity="${quantity}"][data-live]`).first();

  test("a 2-3-1 network: layer 1's z, a and δ worked out here; no layer 3 named anywhere in the prose", async ({
    page,
  }) => {
    const layers = [
      {
        W: [
          [0.5, -0.3],
          [0.2, 0.8],
          [-0.6, 0.1],
        ],
        b: [0.1, -0.2, 0.05],
      },
      { W: [[1.2, -0.7, 0.4]], b: [0.2] },
    ];
    const { zs, as } = tanhThenSigmoid(layers, [1, 0]);
    const deltaOut = (as[1][0] - 1) * as[1][0] * (1 - as[1][0]);
    const delta11 = layers[1].W[0][0] * deltaOut * (1 - as[0][0] ** 2);
    await openBuilder(page, builderQuery(layers, '&data=xor&x=1,0'));
    await expect(math(page, 'z1_1')).toHaveText(shown(zs[0][0]));
    await expect(math(page, 'a1_1')).toHaveText(shown(as[0][0]));
    await expect(math(page, 'delta1_1')).toHaveText(shown(delta11, 6));
    await expect(page.locator('.katex [data-quantity^="a3_"], .katex [data-quantity^="delta3_"]')).toHaveCount(0);
    await expectNoStaleNumbers(page);
  });

  test('a 2-2-2-2-2-1 network and a 2-1 network: the numbers follow, the wording holds', async ({ page }) => {
    const square: Layer = {
      W: [
        [0.4, -0.2],
        [0.3, 0.5],
      ],
      b: [0.1, -0.1],
    };
    const deep = [square, square, square, square, { W: [[0.9, -0.6]], b: [0.05] }];
    await openBuilder(page, builderQuery(deep, '&data=xor&x=0,1'));
    await expect(math(page, 'z1_1')).toHaveText(shown(tanhThenSigmoid(deep, [0, 1]).zs[0][0]));
    await expect(page.locator('main')).toContainText(
      'It is a hidden unit unless the network has a single layer of weights',
    );
    await expectNoStaleNumbers(page);

    const flat = [{ W: [[0.7, -0.4]], b: [0.3] }];
    const { as } = tanhThenSigmoid(flat, [1, 1]);
    await openBuilder(page, builderQuery(flat, '&data=xor&x=1,1'));
    await expect(math(page, 'a1_1')).toHaveText(shown(as[0][0])); // the sigmoid output: layer 1 is the output layer
    await expect(math(page, 'delta1_1')).toHaveText(shown((as[0][0] - 0) * as[0][0] * (1 - as[0][0]), 6));
    await expectNoStaleNumbers(page);
  });

  test("in batch mode a bias gradient is the sum of the four examples' deltas, written out under it", async ({
    page,
  }) => {
    const layers = [
      {
        W: [
          [0.5, -0.3],
          [0.2, 0.8],
        ],
        b: [0.1, -0.2],
      },
      { W: [[1.2, -0.7]], b: [0.2] },
    ];
    const rows = [
      [[0, 0], 0],
      [[0, 1], 1],
      [[1, 0], 1],
      [[1, 1], 0],
    ] as const;
    const deltas = rows.map(([x, t]) => {
      const { as } = tanhThenSigmoid(layers, [...x]);
      const d2 = (as[1][0] - t) * as[1][0] * (1 - as[1][0]);
      return { d2, d1: as[0].map((a, j) => layers[1].W[0][j] * d2 * (1 - a * a)) };
    });
    const sum = deltas.reduce((total, d) => total + d.d1[0], 0);
    await openBuilder(page, builderQuery(layers, '&data=xor&mode=batch&x=0,1'));
    const table = page.locator('figure.layer-matrices table').first();
    await expect(table.locator('thead')).toContainText('∂E/∂b1 = Σₙ δ1⁽ⁿ⁾');
    expect(await numberIn(table, 'grad_b1_1')).toBeCloseTo(sum, 12);
    const terms = deltas
      .map((d, n) => (n === 0 ? shown(d.d1[0]) : `${d.d1[0] < 0 ? ' − ' : ' + '}${shown(Math.abs(d.d1[0]))}`))
      .join('');
    await expect(table.locator('[data-sum-of="grad_b1_1"]')).toHaveText(`= ${terms}`);
    // The δ beside it is the shown example's only, (0, 1): not the gradient.
    expect(await numberIn(table, 'delta1_1')).toBeCloseTo(deltas[1].d1[0], 12);
    await expect(page.locator('figure.layer-matrices figcaption')).toContainText(
      'gradients over all 4 examples (batch)',
    );
  });

  test('without biases and with tanh hidden units, XOR cannot be learnt: (0, 0) gives ½ whatever the weights', async ({
    page,
  }) => {
    await openBuilder(page, '?data=xor&biases=off&steps=3000');
    const prediction = page.locator('[data-quantity="pred_0_0"]').first();
    // tanh(0) = 0 in every hidden layer, so the sigmoid output sums 0: σ(0) = ½ after any number of steps.
    expect(Number(await prediction.getAttribute('data-value'))).toBe(0.5);
    expect(
      Number(await page.locator('[data-quantity="E_total"]').first().getAttribute('data-value')),
    ).toBeGreaterThanOrEqual(0.5 * 0.5 ** 2);
  });
});
