// The number contract on a Part I page: setup in the URL, bad input, keyboard, highlighting.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures.ts';
import { byHand, type Weights } from './oracle.ts';
import { diagram, expectNumber, inMath, inWidget, openChapter, setField, trainingPanel } from './worked.ts';

test.describe('The setup in the URL', () => {
  test('a link sets weights, learning rate and activation, and keeps the section anchor', async ({ page }) => {
    await openChapter(page, 'forward-pass', '?w1=0.5&w5=0.2&lr=0.1&activation=sigmoid', '#the-prediction');
    await expect(page.getByRole('textbox', { name: 'w1', exact: true })).toHaveValue('0.5');
    await expect(page.getByRole('textbox', { name: 'learning rate', exact: true })).toHaveValue('0.1');
    await expect(page.getByRole('combobox', { name: 'activation' })).toHaveValue('sigmoid');
    const w: Weights = [0.5, 0.33, 0.15, 0.09, 0.2, 0.12];
    await expectNumber(inMath(page, 'o1'), byHand(w, 2, 3, 1, 'sigmoid').o);
    await setField(page, 'w2', '0.3');
    await expect(page).toHaveURL(/\?w1=0\.5&w2=0\.3&w5=0\.2&lr=0\.1&activation=sigmoid#the-prediction$/);
  });

  test('Copy link to this setup puts the exact page address, setup and section, on the clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openChapter(page, 'backpropagation', '', '#the-chain-rule-for-w1');
    await setField(page, 'w5', '0.3');
    await page.getByRole('button', { name: 'Copy link to this setup' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?w5=0.3');
    expect(new URL(copied).hash).toBe('#the-chain-rule-for-w1');
  });

  test('editing does not add history entries', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    const before = await page.evaluate(() => history.length);
    for (const text of ['0.2', '0.3', '0.4']) await setField(page, 'w1', text);
    // The query string is rewritten after a debounce: wait for it, or the count would be read too early.
    await expect(page).toHaveURL(/\?w1=0\.4$/);
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  test('unknown or invalid settings are ignored with a visible notice, and the rest applies', async ({ page }) => {
    await openChapter(page, 'forward-pass', '?w1=abc&colour=red&w2=0.4&activation=%3Cimg%20src%3Dx%3E');
    const notice = page.locator('.url-notice');
    await expect(notice).toContainText('Ignored w1="abc": not a number.');
    await expect(notice).toContainText('Ignored "colour"');
    await expect(notice).toContainText('<img src=x>');
    await expect(page.locator('.url-notice img')).toHaveCount(0);
    await expectNumber(inMath(page, 'net_h1'), 2 * 0.12 + 3 * 0.4);
  });
});

test.describe('Bad input in a field', () => {
  test('text that is not a number is marked invalid, explained, and the page keeps the last good value', async ({
    page,
  }) => {
    await openChapter(page, 'forward-pass');
    await setField(page, 'w1', '0.2');
    const field = await setField(page, 'w1', '0.2x');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveText('Not a number: still using 0.2.');
    await expectNumber(inMath(page, 'net_h1'), 2 * 0.2 + 3 * 0.33);
    await expect(page).toHaveURL(/\?w1=0\.2$/);
    await field.fill('0.25');
    await expect(field).not.toHaveAttribute('aria-invalid');
    await expectNumber(inMath(page, 'net_h1'), 2 * 0.25 + 3 * 0.33);
  });
});

test.describe('Keyboard', () => {
  test('arrow keys nudge a weight by 0.01 and Enter presses a button', async ({ page }) => {
    await openChapter(page, 'training');
    const field = page.getByRole('textbox', { name: 'w5', exact: true });
    await field.focus();
    await page.keyboard.press('ArrowUp');
    await expect(field).toHaveValue('0.12');
    const w: Weights = [0.12, 0.33, 0.15, 0.09, 0.12, 0.12];
    await expectNumber(inMath(page, 'o1'), byHand(w, 2, 3, 1).o);
    const step = page.getByRole('button', { name: 'Step' });
    await step.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/steps=1/);
  });

  test('every control of the setup can be reached with Tab', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    const names = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'i1', 'i2', 't1', 'learning rate'];
    await page.getByRole('textbox', { name: 'w1', exact: true }).focus();
    for (const name of names.slice(1)) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('textbox', { name, exact: true })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'activation' })).toBeFocused();
  });
});

test.describe('Highlighting', () => {
  test('focusing the w5 field highlights w5 in the diagram and in the math', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    await page.getByRole('textbox', { name: 'w5', exact: true }).focus();
    await expect(inWidget(diagram(page), 'w5')).toHaveClass(/highlighted/);
    await expect(inMath(page, 'w5')).toHaveClass(/highlighted/);
  });

  test('a tap on a number in the math pins its highlight, a second tap removes it', async ({ page }) => {
    await openChapter(page, 'forward-pass');
    const h1 = inMath(page, 'h1');
    await h1.click();
    await page.mouse.move(0, 0);
    await expect(inWidget(diagram(page), 'h1')).toHaveClass(/highlighted/);
    await h1.click();
    await page.mouse.move(0, 0);
    await expect(inWidget(diagram(page), 'h1')).not.toHaveClass(/highlighted/);
  });
});

test.describe('Accessibility of the error states', () => {
  test('with a URL notice, an invalid field, a negative weight and a diverged run, axe finds nothing', async ({
    page,
  }) => {
    test.slow(); // axe over KaTeX-heavy pages takes a while
    await openChapter(page, 'training', '?colour=red&w1=-1&lr=1&steps=500');
    await setField(page, 'w2', 'abc');
    await expect(page.locator('.url-notice')).toBeVisible();
    await expect(trainingPanel(page).getByRole('status')).toContainText('diverged');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
  });
});
