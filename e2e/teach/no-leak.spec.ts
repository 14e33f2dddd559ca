// The site's own spec for quiz links: a quizzed value appears nowhere in the page. For every chapter, every quantity
// the "For instructors" panel offers is quizzed (in two links, alternate quantities each, so that the other half
// stays on the page beside it: a value under another name must still be blank) on a setup that is not the
// chapter's default (the exercises' setup of a seed). After load, after opening every blank's popover, revealing
// every predict question and every exercise's "Show me", and again after one edit, neither the exact value nor its
// shown text (4 and 6 decimals, sign dropped) may appear in any text or attribute of the document.
import type { Browser, Page } from '@playwright/test';
import { exampleIdOfChapter } from '../../src/chapters/chapter-files.ts';
import { chapterExercises } from '../../src/examples/exercises.ts';
import { examples } from '../../src/examples/index.ts';
import { exerciseSet } from '../../src/lib/exercises.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { matrixKeys } from '../../src/lib/url-matrix.ts';
import { chapterPages } from '../support/pages.ts';
import { expect, test } from '../support/fixtures.ts';

/** Attributes that hold geometry or styling, not text a reader or a script reads as a number. */
const GEOMETRY = new Set([
  'style',
  'd',
  'points',
  'transform',
  'viewBox',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'class',
  'href',
  'id',
  'for',
]);

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
}

/** The setup of the exercises of `seed` (src/lib/exercises.ts): a setup that is not the chapter's default, as a query string. */
function exerciseSetup(path: string, seed: number): string {
  const key = path.replace(/\/$/, '');
  const example = examples[exampleIdOfChapter(key)];
  const list = chapterExercises[key];
  return exerciseSet(
    example,
    list,
    seed,
    example.notation.kind === 'matrix' || example.controls.shape ? matrixKeys : undefined,
  ).query.replace(/^\?/, '');
}

/** Every quantity a ready page shows, by name, with its exact value (the first place it appears). */
function valuesShown(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const found: Record<string, number> = {};
    for (const number of document.querySelectorAll('[data-quantity][data-value]')) {
      const name = number.getAttribute('data-quantity') ?? '';
      if (!(name in found)) found[name] = Number(number.getAttribute('data-value'));
    }
    return found;
  });
}

/** The same, on a page of its own at `url`. */
async function valuesOn(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage();
  await ready(page, url);
  const values = await valuesShown(page);
  await page.close();
  return values;
}

/** The names the instructors' panel offers to quiz. */
async function quizzable(page: Page): Promise<string[]> {
  await page.locator('details.instructors > summary').click();
  const boxes = page.locator('.instructors-quiz input[type="checkbox"]');
  await expect(boxes.first()).toBeAttached();
  return boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** Every text and non-geometry attribute of the document, after the ways a reader can make numbers appear. */
async function everythingShown(page: Page): Promise<string[]> {
  return page.evaluate(
    async (geometry) => {
      const seen: string[] = [];
      const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
      // Each blank's popover (the formula with its factors).
      for (const blank of [...document.querySelectorAll('.quiz-blank[data-quantity]')].slice(0, 6)) {
        blank.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await settle();
        seen.push(document.querySelector('.explain-popover')?.textContent ?? '');
      }
      // Every predict question answered and revealed, every exercise shown.
      for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lazy="predict"]')) {
        form.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
        form.requestSubmit();
      }
      for (const button of document.querySelectorAll<HTMLButtonElement>(
        'form[data-exercise] button[data-action="show"]',
      ))
        button.click();
      await settle();
      await settle();
      const skip = new Set(geometry);
      // The chapter's definition (its defaults and data sets, written at build time) is no setup of the link: its
      // hundreds of three-decimal data coordinates would match a quizzed value by chance.
      const definition = document.querySelector('script[data-page-example]');
      const walk = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walk.nextNode(); node; node = walk.nextNode()) {
        if (node.parentNode !== definition) seen.push(node.nodeValue ?? '');
      }
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) if (!skip.has(attribute.name)) seen.push(attribute.value);
      }
      return seen;
    },
    [...GEOMETRY],
  );
}

/** The ways a value can be written on the page: exact, and as shown at 4 and 6 decimals (only those that say enough). */
function writings(value: number): string[] {
  const size = Math.abs(value);
  // A short number (1, 0.5, 0.25) says too little to count: the prose and the given values are full of them.
  const saysEnough = (text: string) => {
    const digits = text.split(/[ e]/)[0].replace('.', '').replace(/^0+/, '');
    const decimals = /[×e]/.test(text) ? 4 : (text.split('.')[1] ?? '').length;
    return digits.length >= 3 || decimals >= 4;
  };
  return [...new Set([String(size), formatNumber(size, 4), formatNumber(size, 6)])].filter(saysEnough);
}

/** The quantities whose value the page still writes somewhere, with where. */
function leaks(texts: string[], quizzed: string[], values: Record<string, number>): string[] {
  const all = texts.join('\n');
  return quizzed.flatMap((name) => {
    const value = values[name];
    if (value === undefined || value === 0 || !Number.isFinite(value)) return [];
    return writings(value).flatMap((text) => {
      const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const found = new RegExp(`(?<![\\d.])${escaped}(?!\\d)`).exec(all);
      return found
        ? [
            `${name} = ${value} written as "${text}" in "…${all.slice(Math.max(0, found.index - 60), found.index + 40)}…"`,
          ]
        : [];
    });
  });
}

/** A new value for the first weight field: its value plus 0.07. */
async function editOnce(page: Page): Promise<void> {
  const field = page.locator('.setup-controls input[data-controls]:not([readonly])').first();
  const now = Number((await field.inputValue()).replace('−', '-'));
  const before = page.url();
  await field.fill(String(Math.round((now + 0.07) * 100) / 100));
  await expect.poll(() => page.url()).not.toBe(before);
}

const SEED = 23;

for (const chapter of chapterPages()) {
  test(`no quizzed value is left anywhere on ${chapter.path}, after load and after an edit`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const setup = exerciseSetup(chapter.path, SEED);
    const url = `${chapter.path}?${setup}`;
    await ready(page, url);
    const before = await valuesShown(page);
    const quizzed = await quizzable(page);
    expect(quizzed.length, 'quantities the panel offers').toBeGreaterThan(0);
    await ready(page, `${url}&quiz=${quizzed.join(',')}`);
    await expect(page.locator('.quiz-summary')).toBeVisible();
    expect(leaks(await everythingShown(page), quizzed, before), 'after load').toEqual([]);
    await editOnce(page);
    const edited = new URL(page.url());
    edited.searchParams.delete('quiz');
    const after = await valuesOn(browser, `${chapter.path}${edited.search}`);
    expect(leaks(await everythingShown(page), quizzed, after), 'after an edit').toEqual([]);
  });
}

// One quantity at a time, where the page shows the same value under another name, in a formula's factors or in a
// figure: the other name, the popover and the figure must not give it away either.
const SINGLES = [
  ['part-1/backpropagation/', 'lr=1&w1=0.21&i1=1.7', 'grad_w5'], // change_w5 = η·∂E/∂w5 is ∂E/∂w5 when η = 1
  ['part-1/forward-pass/', 'w5=0.37&i2=2.6', 'o1'], // a linear o1 is net_o1, a factor of its own popover
  ['part-2/output-weight-and-the-memo/', 'w5=0.45&i1=0.3', 'grad_w5'], // the one-after-another table repeats it
  ['part-2/sigmoid-units-and-biases/', 'w1=0.25&i2=0.3', 'o1'], // the sigmoid curve marks o1
  ['part-3/training-online-or-batch/', 'seed=41', 'E_total'], // the error plot starts from it
] as const;

for (const [path, setup, quantity] of SINGLES) {
  test(`quiz=${quantity} on ${path} leaves no other name, popover or figure showing it`, async ({ page, browser }) => {
    const values = await valuesOn(browser, `${path}?${setup}`);
    expect(values[quantity], `${quantity} is on the page`).toBeDefined();
    await ready(page, `${path}?${setup}&quiz=${quantity}`);
    await expect(page.locator('.quiz-summary')).toBeVisible();
    expect(leaks(await everythingShown(page), [quantity], values)).toEqual([]);
  });
}

test('a quiz at the chapter’s defaults is warned about, on the page and in the panel, which offers a drawn setup', async ({
  page,
}) => {
  await ready(page, 'part-1/backpropagation/?quiz=grad_w1');
  await expect(page.locator('.quiz-summary')).toContainText('This quiz is on the chapter’s default numbers');
  await ready(page, 'part-1/backpropagation/?w1=0.3&quiz=grad_w1');
  await expect(page.locator('.quiz-summary')).not.toContainText('default numbers');

  await ready(page, 'part-1/backpropagation/');
  await page.getByText('For instructors: make an assignment link').click();
  const panel = page.locator('details.instructors');
  const warning = panel.locator('.instructors-warning');
  await expect(warning).toBeHidden();
  await panel.getByRole('checkbox', { name: '∂E/∂w1 (grad_w1)' }).check();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Draw a setup for this assignment' }).click();
  await expect(warning).toBeHidden();
  const link = new URL(await panel.getByRole('textbox', { name: 'Assignment link' }).inputValue());
  expect([...link.searchParams.keys()].filter((key) => key !== 'quiz').length).toBeGreaterThan(0);
});

test('Part III: a seed with “start from the setup on this page” keeps this page’s start in the link', async ({
  page,
}) => {
  await ready(page, 'part-3/backward-with-the-erratum/?seed=7');
  const w = await page.locator('.setup-controls input[data-controls="W1_1_1"]').inputValue();
  await page.getByText('For instructors: make an assignment link').click();
  const panel = page.locator('details.instructors');
  await expect(panel.getByRole('checkbox', { name: /Start from the setup on this page/ })).toBeChecked();
  await panel.getByRole('textbox', { name: 'Exercise seed (optional)' }).fill('12');
  const link = await panel.getByRole('textbox', { name: 'Assignment link' }).inputValue();
  expect(new URL(link).searchParams.get('seed')).toBe('12');
  await ready(page, link.replace(/^https?:\/\/[^/]+\//, ''));
  await expect(page.locator('.setup-controls input[data-controls="W1_1_1"]')).toHaveValue(w);
});
