// embed=figure-id shows one figure alone with the link's keys applied; every figure has an id; a checked answer
// posts { type: 'backprop:answer', … } to the embedding page; the panel makes an answer key and a handout.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumber } from '../../src/lib/format.ts';
import { chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

test('every figure of every chapter has an id of its own in the HTML, and embed= shows that one alone with its lock and quiz', async ({
  page,
}) => {
  for (const chapter of chapterPages()) {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'dist', chapter.path, 'index.html'), 'utf8');
    const figures = html.match(/<div class="island"[^>]*>/g) ?? [];
    const ids = figures.map((tag) => /\bid="(figure-[a-z0-9-]+)"/.exec(tag)?.[1]);
    expect(ids.every(Boolean), `${chapter.path}: every figure has an id`).toBe(true);
    expect(new Set(ids).size, `${chapter.path}: no id twice`).toBe(ids.length);
  }
  await ready(page, 'part-1/forward-pass/?w5=0.2&embed=figure-network-diagram&quiz=o1');
  await expect(page.locator('#figure-network-diagram')).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('.sidebar, nav.chapter-menu').first()).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Your answer: o1' })).toBeVisible();
  await expect(page.locator('#figure-network-diagram [data-quantity="o1"]').first()).toHaveText('?');

  await ready(page, 'part-1/forward-pass/?embed=figure-nothing');
  await expect(page.locator('.url-notice')).toContainText('Ignored embed="figure-nothing"');
  await expect(page.locator('h1')).toBeVisible();
});

test('an answer checked inside an iframe posts its verdict, not its value, to the embedding page', async ({
  page,
  baseURL,
}) => {
  await ready(page, 'part-1/forward-pass/');
  // The embedding page: the same origin's page with an iframe on the embed link, listening for messages.
  const w1 = 0.12,
    w2 = 0.33,
    w3 = 0.15,
    w4 = 0.09,
    w6 = 0.12;
  const o1 = (2 * w1 + 3 * w2) * 0.2 + (2 * w3 + 3 * w4) * w6;
  await page.evaluate((src) => {
    (window as unknown as { got: unknown[] }).got = [];
    addEventListener('message', (event) => (window as unknown as { got: unknown[] }).got.push(event.data));
    const frame = Object.assign(document.createElement('iframe'), {
      src,
      title: 'embedded figure',
      width: 800,
      height: 600,
    });
    document.body.prepend(frame);
  }, new URL('part-1/forward-pass/?w5=0.2&embed=figure-network-diagram&quiz=o1', baseURL).href);
  const frame = page.frameLocator('iframe[title="embedded figure"]');
  const field = frame.getByRole('textbox', { name: 'Your answer: o1' });
  await field.fill('0.1');
  await field.press('Enter');
  await field.fill(formatNumber(o1));
  await field.press('Enter');
  await expect.poll(() => page.evaluate(() => (window as unknown as { got: unknown[] }).got.length)).toBe(2);
  const got = await page.evaluate(() => (window as unknown as { got: unknown[] }).got);
  expect(got).toEqual([
    {
      type: 'backprop:answer',
      page: '/part-1/forward-pass/',
      kind: 'quiz',
      quantity: 'o1',
      correct: false,
      shown: false,
    },
    {
      type: 'backprop:answer',
      page: '/part-1/forward-pass/',
      kind: 'quiz',
      quantity: 'o1',
      correct: true,
      shown: false,
    },
  ]);
});

test('the panel prints an answer key with every answer per seed, and a handout with a name line and the link', async ({
  page,
}) => {
  await ready(page, 'part-1/forward-pass/?w5=0.2');
  await page.getByText('For instructors: make an assignment link').click();
  const panel = page.locator('details.instructors');
  await panel.getByRole('checkbox', { name: 'o1 (o1)' }).check();
  await panel.getByRole('textbox', { name: 'Seeds' }).fill('3-5, 9');
  await panel.getByRole('button', { name: 'Answer key' }).click();
  const key = page.locator('.print-key');
  await expect(key.locator('.key-line')).toHaveCount(4);
  const o1 = (2 * 0.12 + 3 * 0.33) * 0.2 + (2 * 0.15 + 3 * 0.09) * 0.12;
  await expect(key.locator('.key-line').first()).toContainText(`Seed 3. Setup: i1 = `);
  await expect(key.locator('.key-line').first()).toContainText(`Quiz: o1 = ${formatNumber(o1, 6)}.`);
  await panel.getByRole('button', { name: 'Handout' }).click();
  const sheets = page.locator('.print-handout .handout-sheet');
  await expect(sheets).toHaveCount(4);
  await expect(sheets.nth(3)).toContainText('Name: ___');
  await expect(sheets.nth(3).locator('.handout-link')).toHaveText(/\/part-1\/forward-pass\/\?w5=0\.2&quiz=o1&seed=9$/);
  await expect(page.locator('.print-handout')).not.toContainText(formatNumber(o1));
  await panel.getByRole('textbox', { name: 'Seeds' }).fill('three');
  await panel.getByRole('button', { name: 'Answer key' }).click();
  await expect(panel.locator('.instructors-key [role="status"]')).toHaveText(
    '“three” is not a seed or a range of seeds like 1-30.',
  );
});
