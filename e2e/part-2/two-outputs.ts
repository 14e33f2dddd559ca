// Shared steps of the Part II specs, and the 2-2-2 example worked out by hand, independently of src/engine.
import type { Locator, Page } from '@playwright/test';
import { expect, readNumber } from '../support/fixtures.ts';

export type Activation = 'sigmoid' | 'tanh' | 'relu' | 'identity';
/** w1…w8, b1, b2 in that order. */
export type Params = { w: number[]; b1: number; b2: number };

export const PUBLISHED: Params = { w: [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55], b1: 0.35, b2: 0.6 };
const INPUTS = [0.05, 0.1];
const TARGETS = [0.01, 0.99];
export const NAMES = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'b1', 'b2'];

const f = (name: Activation, z: number) =>
  name === 'sigmoid' ? 1 / (1 + Math.exp(-z)) : name === 'tanh' ? Math.tanh(z) : name === 'relu' ? Math.max(0, z) : z;
const fPrime = (name: Activation, z: number) =>
  name === 'sigmoid'
    ? f(name, z) * (1 - f(name, z))
    : name === 'tanh'
      ? 1 - Math.tanh(z) ** 2
      : name === 'relu'
        ? z > 0
          ? 1
          : 0
        : 1;

/** Forward and backward by hand: h = f(W1·i + b1), o = f(W2·h + b2), E = ½Σ(o − t)², gradients in NAMES order. */
export function byHand(p: Params, act: Activation = 'sigmoid', i = INPUTS, t = TARGETS) {
  const [w1, w2, w3, w4, w5, w6, w7, w8] = p.w;
  const netH1 = w1 * i[0] + w2 * i[1] + p.b1;
  const netH2 = w3 * i[0] + w4 * i[1] + p.b1;
  const h1 = f(act, netH1);
  const h2 = f(act, netH2);
  const netO1 = w5 * h1 + w6 * h2 + p.b2;
  const netO2 = w7 * h1 + w8 * h2 + p.b2;
  const o1 = f(act, netO1);
  const o2 = f(act, netO2);
  const error = 0.5 * ((o1 - t[0]) ** 2 + (o2 - t[1]) ** 2);
  const deltaO1 = (o1 - t[0]) * fPrime(act, netO1);
  const deltaO2 = (o2 - t[1]) * fPrime(act, netO2);
  const deltaH1 = (deltaO1 * w5 + deltaO2 * w7) * fPrime(act, netH1);
  const deltaH2 = (deltaO1 * w6 + deltaO2 * w8) * fPrime(act, netH2);
  const grads = [
    deltaH1 * i[0],
    deltaH1 * i[1],
    deltaH2 * i[0],
    deltaH2 * i[1],
    deltaO1 * h1,
    deltaO1 * h2,
    deltaO2 * h1,
    deltaO2 * h2,
    deltaH1 + deltaH2,
    deltaO1 + deltaO2,
  ];
  return { netH1, netH2, h1, h2, netO1, netO2, o1, o2, error, deltaO1, deltaO2, deltaH1, deltaH2, grads };
}

/** One step, all ten from the original values; biases fixed when trainBiases is false. */
export function stepByHand(p: Params, rate: number, trainBiases = true, act: Activation = 'sigmoid'): Params {
  const { grads } = byHand(p, act);
  return {
    w: p.w.map((w, k) => w - rate * grads[k]),
    b1: trainBiases ? p.b1 - rate * grads[8] : p.b1,
    b2: trainBiases ? p.b2 - rate * grads[9] : p.b2,
  };
}

/** As a list in NAMES order. */
export const listOf = (p: Params) => [...p.w, p.b1, p.b2];

/** Opens a chapter of Part II, scrolls through it, and waits until its widgets are mounted and the URL's setup applied. */
export async function openChapter(page: Page, slug: string, query = '', hash = '') {
  await page.goto(`part-2/${slug}/${query}${hash}`);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

export const SLUGS = [
  'sigmoid-units-and-biases',
  'error-of-two-outputs',
  'output-weight-and-the-memo',
  'the-same-thing-as-matrices',
];

/** The first number typeset in the chapter's math for a quantity. */
export const inMath = (page: Page, quantity: string): Locator =>
  page.locator(`.katex [data-quantity="${quantity}"][data-live]`).first();

/** A number inside one widget, found by its quantity. */
export const inWidget = (widget: Locator, quantity: string): Locator =>
  widget.locator(`[data-quantity="${quantity}"]`).first();

export const stepTable = (page: Page) => page.locator('figure.step-table');
export const updateOrder = (page: Page) => page.locator('figure.update-order');
export const sigmoidCurve = (page: Page) => page.locator('figure.sigmoid-curve');
export const costCounter = (page: Page) => page.locator('figure.cost-counter');

/** What the site's formatter shows: rounded, trailing zeros dropped, a true minus sign. */
export const shown = (value: number, decimals = 4) => {
  const fixed = value.toFixed(decimals);
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return (text === '-0' ? '0' : text).replace('-', '−');
};

/** Expects a displayed number to hold `value` (data-value to 1e-9 relative) and to show it rounded to `decimals`. */
export async function expectNumber(locator: Locator, value: number, decimals = 4) {
  await expect(locator).toHaveText(shown(value, decimals));
  const read = await readNumber(locator);
  expect(Math.abs(read.value - value)).toBeLessThan(1e-12 + 1e-9 * Math.abs(value));
}
