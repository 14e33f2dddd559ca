// "Ready" (html[data-page="ready"]) is what every spec waits for before it reads a number: by then every widget on
// screen shows the link's state. The numbers and fields are read at the very moment the page is marked ready (a
// MutationObserver installed before the page's scripts), not after a retry that would hide a widget still showing the
// server's defaults.
import type { Page } from '@playwright/test';
import { ARTICLE_000, byHand, type Weights } from '../part-1/oracle.ts';
import { byHand as xorByHand, ROWS, type Xor } from '../part-3/xor.ts';
import { expect, test } from '../support/fixtures.ts';

type AtReady = { numbers: [widget: string, quantity: string, value: number][]; fields: [string, string][] };

/** Records, when the page is marked ready, every number each widget shows and every field's text. */
async function recordAtReady(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (document.documentElement.dataset.page !== 'ready') return;
      observer.disconnect();
      const widgets = [...document.querySelectorAll<HTMLElement>('[data-widget]')];
      (window as unknown as { atReady: AtReady }).atReady = {
        numbers: widgets.flatMap((widget) =>
          [...widget.querySelectorAll('[data-quantity][data-value]')].map(
            (n) =>
              [
                widget.dataset.widget ?? '',
                n.getAttribute('data-quantity') ?? '',
                Number(n.getAttribute('data-value')),
              ] as [string, string, number],
          ),
        ),
        fields: widgets.flatMap((widget) =>
          [...widget.querySelectorAll<HTMLInputElement>('input[data-controls]')].map(
            (input) => [input.dataset.controls ?? '', input.value] as [string, string],
          ),
        ),
      };
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-page'] });
  });
}

/** Opens `path`, and expects every number of every widget at ready that `expected` names to hold its value, and `fields` to show their text. */
async function expectAtReady(
  page: Page,
  path: string,
  expected: Record<string, number>,
  fields: Record<string, string>,
) {
  await recordAtReady(page);
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const atReady = await page.evaluate(() => (window as unknown as { atReady: AtReady }).atReady);
  const checked = atReady.numbers.filter(([, quantity]) => quantity in expected);
  const widgets = new Set(atReady.numbers.map(([widget]) => widget));
  // Every widget that shows numbers is checked on some of them: the test cannot pass on a page without any.
  expect(widgets.size).toBeGreaterThan(0);
  expect(new Set(checked.map(([widget]) => widget))).toEqual(widgets);
  for (const [widget, quantity, value] of checked)
    expect(Math.abs(value - expected[quantity]), `${quantity} in ${widget}`).toBeLessThan(1e-9);
  // The setup's fields show the link's values, not the server's defaults.
  const shown = Object.fromEntries(atReady.fields);
  expect(Object.fromEntries(Object.keys(fields).map((name) => [name, shown[name]]))).toEqual(fields);
}

// Part I: a setup far from the chapter's defaults, w1 and w5 changed, the inputs 1 and −2, the target 0.5.
const weights: Weights = [0.5, ARTICLE_000[1], ARTICLE_000[2], ARTICLE_000[3], -0.3, ARTICLE_000[5]];
const one = byHand(weights, 1, -2, 0.5);
const partOne: Record<string, number> = {
  net_h1: one.netH1,
  net_h2: one.netH2,
  h1: one.h1,
  h2: one.h2,
  o1: one.o,
  E: one.error,
  ...Object.fromEntries(weights.map((w, k) => [`w${k + 1}`, w])),
  ...Object.fromEntries(one.grads.map((g, k) => [`grad_w${k + 1}`, g])),
};

for (const chapter of ['the-network', 'forward-pass', 'backpropagation']) {
  test(`/part-1/${chapter}/ opened with a setup: at ready every widget shows its numbers, every field its value`, async ({
    page,
  }) => {
    await expectAtReady(page, `part-1/${chapter}/?w1=0.5&w5=-0.3&i1=1&i2=-2&t1=0.5`, partOne, {
      w1: '0.5',
      w5: '-0.3',
      i1: '1',
      i2: '-2',
      t1: '0.5',
    });
  });
}

// Part III (matrix notation): another start than article 003's, on the example (0, 1).
const start: Xor = {
  W1: [
    [-2, -4],
    [-1, 3],
  ],
  b1: [-1, 1],
  W2: [[-3, 2]],
  b2: [1],
};
const three = xorByHand(start, [0, 1], 1);
const partThree: Record<string, number> = {
  z1_1: three.z1[0],
  z1_2: three.z1[1],
  a1_1: three.a1[0],
  a1_2: three.a1[1],
  z2_1: three.z2,
  a2_1: three.y,
  E: three.E,
  W1_1_1: -2,
  W1_2_2: 3,
  b1_2: 1,
  W2_1_2: 2,
  grad_W1_1_2: three.grad.W1[0][1],
  grad_W2_1_1: three.grad.W2[0][0],
  grad_b2_1: three.grad.b2[0],
  ...Object.fromEntries(ROWS.map(([x1, x2, t]) => [`pred_${x1}_${x2}`, xorByHand(start, [x1, x2], t).y])),
};

for (const chapter of ['why-xor-needs-a-hidden-layer', 'backward-with-the-erratum']) {
  test(`/part-3/${chapter}/ opened with a start: at ready every widget shows its numbers, every field its value`, async ({
    page,
  }) => {
    await expectAtReady(page, `part-3/${chapter}/?W1=-2,-4;-1,3&b1=-1,1&W2=-3,2&b2=1&x=0,1`, partThree, {
      W1_1_1: '-2',
      W1_2_2: '3',
      b1_2: '1',
      W2_1_2: '2',
      b2_1: '1',
    });
  });
}
