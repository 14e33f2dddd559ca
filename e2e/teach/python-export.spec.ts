// "Reproduce in Python": the script SetupForm exports, run by python3, prints the numbers the page shows.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

/** python3 with NumPy, or a clear failure (never a skip): .ci/run installs Debian's python3-numpy. */
function requireNumpy(): void {
  try {
    execFileSync(process.env.PYTHON ?? 'python3', ['-c', 'import numpy'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      'These tests run the exported script with python3 and NumPy, which are missing: apt-get install -y python3-numpy',
    );
  }
}

/** The script's `name = value` lines. */
function runScript(script: string): Map<string, number> {
  const out = execFileSync(process.env.PYTHON ?? 'python3', ['-'], {
    input: script,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const printed = new Map<string, number>();
  for (const line of out.trim().split('\n')) {
    const match = /^(\w+) = (\S+)$/.exec(line);
    expect(match, `a line "name = value": ${line}`).not.toBeNull();
    printed.set(match![1], Number(match![2]));
  }
  return printed;
}

/**
 * Every data-value the page shows, by data-quantity: not those inside a closed <details> (the builder's data panel,
 * server-rendered at the defaults, renders the page's state once opened).
 */
const pageValues = (page: Page) =>
  page.evaluate(() => {
    const values: Record<string, number[]> = {};
    for (const element of document.querySelectorAll('[data-quantity][data-value]')) {
      if (element.closest('details:not([open])')) continue;
      const name = element.getAttribute('data-quantity') as string;
      (values[name] ??= []).push(Number(element.getAttribute('data-value')));
    }
    return values;
  });

/** The script the page exports for its current setup. */
async function exportedScript(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Reproduce in Python' }).click();
  const script = page.getByRole('textbox', { name: /Python script for this setup/ });
  await expect(script).toHaveValue(/import numpy as np/);
  return script.inputValue();
}

/** W<l>_<j>_<i> and b<l>_<j> for every layer of a network of these sizes (matrix notation). */
function matrixNames(sizes: number[]): string[] {
  const names: string[] = [];
  for (let l = 1; l < sizes.length; l++) {
    for (let j = 1; j <= sizes[l]; j++) for (let i = 1; i <= sizes[l - 1]; i++) names.push(`W${l}_${j}_${i}`);
    for (let j = 1; j <= sizes[l]; j++) names.push(`b${l}_${j}`);
  }
  return names;
}

const PART_1 = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];
const PART_2 = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'b1', 'b2'];
/**
 * Names on the page that are not numbers of the setup's step: other views, comparisons and counts. The start's range
 * (init_range_), the time-travel marks (moved_θ, the run's next step), the data panel's mean errors and misclassified
 * counts (E_mean_train, wrong_test …) and the truth table's misses (miss_<row>) are printed, and checked.
 */
const NOT_OF_THE_STEP = /^(numgrad_|relerr_|seq_|cost_|online_|batch_|starts_|epochs$)/;

const cases = [
  { name: 'Part I at its defaults', path: 'part-1/training/', parameters: PART_1, outputs: ['o1'] },
  {
    name: 'Part I with ReLU and a dead unit',
    path: 'part-1/backpropagation/?w1=-1&activation=relu',
    parameters: PART_1,
    outputs: ['o1'],
  },
  { name: 'Part I after 50 steps', path: 'part-1/training/?steps=50', parameters: PART_1, outputs: ['o1'] },
  { name: "Part II's default", path: 'part-2/output-weight-and-the-memo/', parameters: PART_2, outputs: ['o1', 'o2'] },
  {
    name: "Part II's published example (biases fixed)",
    path: 'part-2/output-weight-and-the-memo/?trainBiases=off',
    parameters: PART_2,
    outputs: ['o1', 'o2'],
  },
  {
    name: "Part III's default",
    path: 'part-3/backward-with-the-erratum/',
    parameters: matrixNames([2, 2, 1]),
    outputs: ['a2_1'],
  },
  {
    name: 'Part III in batch mode after 20 steps',
    path: 'part-3/backward-with-the-erratum/?mode=batch&steps=20',
    parameters: matrixNames([2, 2, 1]),
    outputs: ['a2_1'],
  },
  {
    name: 'Part III online, shuffled by seed 3, after 7 steps',
    path: 'part-3/training-online-or-batch/?shuffle=3&steps=7',
    parameters: matrixNames([2, 2, 1]),
    outputs: ['a2_1'],
  },
  {
    name: 'the builder online, shuffled by seed 5, after 9 steps',
    path: 'part-2/build-a-network/?mode=online&shuffle=5&steps=9',
    parameters: matrixNames([2, 3, 3, 1]),
    outputs: ['a3_1'],
    // Time travel names the three parameters the run's next step (on its next example, not the one shown) moves most.
    shows: ['moved_'],
  },
  {
    name: 'the builder with a 2-3-3-1 tanh network',
    path: 'part-2/build-a-network/?shape=2-3-3-1&act=tanh,tanh,sigmoid',
    parameters: matrixNames([2, 3, 3, 1]),
    outputs: ['a3_1'],
  },
  {
    name: 'the builder on the circle after 20 steps, its data panel open (training and test errors, misclassified counts)',
    path: 'part-2/build-a-network/?data=circle&steps=20',
    parameters: matrixNames([2, 3, 3, 1]),
    outputs: ['a3_1'],
    dataPanel: ['E_mean_train', 'E_mean_test', 'wrong_train', 'wrong_test'],
  },
  {
    name: 'the builder on three Gaussian clouds online after 7 steps, its data panel open (a softmax output)',
    path: 'part-2/build-a-network/?data=blobs&mode=online&steps=7',
    parameters: matrixNames([2, 3, 3, 3]),
    outputs: ['a3_1', 'a3_2', 'a3_3'],
    dataPanel: ['E_mean_train', 'E_mean_test', 'wrong_train', 'wrong_test'],
  },
  {
    name: "Part III's truth table",
    path: 'part-3/why-xor-needs-a-hidden-layer/',
    parameters: matrixNames([2, 2, 1]),
    outputs: ['a2_1'],
  },
];

test.beforeAll(requireNumpy);

for (const { name, path, parameters, outputs, dataPanel = [], shows = [] } of cases) {
  test(`the exported script for ${name} prints the page's numbers to 1e-9`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    if (dataPanel.length > 0) {
      const part = page.locator('details.builder-data-part');
      await part.locator('summary').click();
      await expect(part.locator('section.builder-data[data-mounted]')).toHaveCount(1);
      for (const quantity of dataPanel) await expect(part.locator(`[data-quantity="${quantity}"]`)).toHaveCount(1);
    }
    for (const prefix of shows) await expect(page.locator(`[data-quantity^="${prefix}"]`)).toHaveCount(3);
    const printed = runScript(await exportedScript(page));
    const shown = await pageValues(page);
    // It prints every parameter's value, gradient and new value, the error and the outputs.
    const required = [
      'E',
      'next_E',
      'lr',
      'steps',
      ...outputs,
      ...parameters.flatMap((p) => [p, `grad_${p}`, `change_${p}`, `next_${p}`]),
    ];
    for (const quantity of required) expect(printed.has(quantity), `the script prints ${quantity}`).toBe(true);
    // …and every number of the step that the page shows.
    const unprinted = Object.keys(shown).filter(
      (quantity) => !NOT_OF_THE_STEP.test(quantity) && !printed.has(quantity),
    );
    expect(unprinted, 'numbers on the page the script does not print').toEqual([]);
    // Each printed number equals each of the page's data-values for it: absolutely to 1e-9 up to 1, relatively above.
    let compared = 0;
    for (const [quantity, values] of Object.entries(shown)) {
      const value = printed.get(quantity);
      if (value === undefined) continue;
      for (const onPage of values) {
        expect(Math.abs(value - onPage), `${quantity}: python ${value}, page ${onPage}`).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(onPage)),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(parameters.length);
  });
}

test('the script downloads as backprop-setup.py with the text of the panel', async ({ page }) => {
  await page.goto('part-2/output-weight-and-the-memo/?trainBiases=off');
  await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
  const script = await exportedScript(page);
  expect(script).toContain('train_biases = False');
  expect(script).toMatch(/^ {4}0\.35, {2}# b1: one bias shared/m);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download backprop-setup.py' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('backprop-setup.py');
  expect(readFileSync(await download.path(), 'utf8')).toBe(script);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open script panel passes axe in ${colorScheme} mode, and the button closes it again`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('part-1/error/');
    await expect(page.locator('html[data-page="ready"]')).toHaveCount(1);
    await exportedScript(page);
    const button = page.getByRole('button', { name: 'Reproduce in Python' });
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const results = await new AxeBuilder({ page })
      .include('.setup-controls')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    await button.click();
    await expect(page.getByRole('textbox', { name: /Python script for this setup/ })).toHaveCount(0);
  });
}
