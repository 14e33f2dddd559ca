// Shared steps of the Part I specs: open a chapter with every island hydrated, read and set its numbers.
import type { Locator, Page } from '@playwright/test';
import { expect, readNumber } from '../support/fixtures.ts';
import { shown } from './oracle.ts';

/** Opens a chapter of Part I, scrolls through it, and waits until its widgets are mounted and the URL's setup applied. */
export async function openChapter(page: Page, slug: string, query = '', hash = '') {
  await page.goto(`part-1/${slug}/${query}${hash}`);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

/** The first number typeset in the chapter's math for a quantity. */
export const inMath = (page: Page, quantity: string): Locator =>
  page.locator(`.katex [data-quantity="${quantity}"][data-live]`).first();

/** A number inside one widget, found by its quantity. */
export const inWidget = (widget: Locator, quantity: string): Locator =>
  widget.locator(`[data-quantity="${quantity}"]`).first();

export const diagram = (page: Page) => page.locator('figure.network-diagram');
export const stepTable = (page: Page) => page.locator('figure.step-table');
export const trainingPanel = (page: Page) => page.getByRole('region', { name: 'Training' });

/** Expects a displayed number to hold `value` (data-value to 1e-9) and to show it rounded to `decimals`. */
export async function expectNumber(locator: Locator, value: number, decimals = 4) {
  await expect(locator).toHaveText(shown(value, decimals));
  const read = await readNumber(locator);
  expect(Math.abs(read.value - value)).toBeLessThan(1e-9);
}

/** Types into a number field, found by its accessible name, as a reader would. */
export async function setField(page: Page, name: string, text: string) {
  const field = page.getByRole('textbox', { name, exact: true });
  await field.fill(text);
  return field;
}
