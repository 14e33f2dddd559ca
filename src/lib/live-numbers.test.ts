import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { katexOptions } from './katex-options.ts';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { liveLatex, pairLiveNumbers } from './live-protocol.ts';
import { expandLiveNumbers, isFactor } from './remark-live-numbers.ts';

describe('live numbers in typeset math', () => {
  test('\\live{o1} becomes the prediction 0.2037 of article 000, inside \\htmlData', () => {
    const latex = expandLiveNumbers('o_1 = \\live{o1}', 'worked-example', 'test');
    expect(latex).toContain('quantity=o1');
    expect(latex).toContain(`value=${1.23 * 0.11 + 0.57 * 0.12}`);
  });

  test('\\live[6]{next_w1} takes six decimals and the next slot', () => {
    expect(expandLiveNumbers('\\live{w1} \\live[6]{next_w1}', 'worked-example', 'test')).toContain(`live=6, slot=1`);
  });

  test('\\val gives a fixed number without data attributes, also from another example', () => {
    expect(expandLiveNumbers('\\val[6]{next_o1@article-002}', 'worked-example', 'test')).toBe('\\text{0.255746}');
    expect(expandLiveNumbers('\\val{o1}', 'worked-example', 'test')).toBe('\\text{0.2037}');
  });

  test('a number next to \\cdot is a factor and asks for four significant figures; a result or a lone number does not', () => {
    const latex = expandLiveNumbers(
      '\\live[6]{delta_h1}\\cdot\\live{i1} = \\live[6]{grad_w1} \\quad \\bigl(\\live{w5}\\bigr)\\cdot x',
      'worked-example',
      'test',
    );
    expect(latex).toMatch(/quantity=delta_h1, value=[^,]+, live=6, figures=4/);
    expect(latex).toMatch(/quantity=i1, value=[^,]+, live=4, figures=4/);
    expect(latex).toMatch(/quantity=grad_w1, value=[^,]+, live=6, slot/);
    expect(latex).toMatch(/quantity=w5, value=[^,]+, live=4, figures=4/);
    expect(isFactor('a \\cdotp \\live{x}', 12, 8)).toBe(false);
  });

  test('a quantity the example does not have stops the build with its name', () => {
    expect(() => expandLiveNumbers('\\live{w9}', 'worked-example', 'chapter.mdx')).toThrow(/chapter\.mdx.*w9/);
  });

  test('KaTeX, with the site options, keeps data-quantity and data-value and does not print the command', () => {
    const html = katex.renderToString(`h_1 = ${liveLatex('h1', -0.7963, 4, 0)}`, katexOptions);
    expect(html).toContain('data-quantity="h1"');
    expect(html).toContain('data-value="-0.7963"');
    expect(html).toContain('data-live="4"');
    expect(html).toContain('LIVE0');
    expect(html).not.toContain('#cc0000'); // KaTeX's colour for an untrusted command shown literally
  });

  test('without trust, KaTeX would show \\htmlData literally: the option matters', () => {
    const html = katex.renderToString(liveLatex('h1', 1.23, 4, 0), { ...katexOptions, trust: false });
    expect(html).not.toContain('data-quantity');
  });
});

test('each live number is written into its HTML copy and its MathML copy by slot, so equal numbers in a matrix cannot swap', () => {
  // Two entries of one matrix with the same value: KaTeX orders the HTML by columns and the MathML by rows.
  const latex = `\\begin{bmatrix} ${liveLatex('w1', 0.12, 4, 0)} & ${liveLatex('w3', 0.12, 4, 1)} \\\\ ${liveLatex('w2', 0.33, 4, 2)} & ${liveLatex('w4', 0.5, 4, 3)} \\end{bmatrix}`;
  const tree = fromHtml(katex.renderToString(latex, katexOptions), { fragment: true });
  pairLiveNumbers(tree as Parameters<typeof pairLiveNumbers>[0]);
  const html = toHtml(tree);
  expect(html).not.toContain('LIVE');
  expect(html).not.toContain('data-slot');
  const mathml = [...html.matchAll(/<mtext data-live-mathml="(\w+)" data-live="4">([^<]*)<\/mtext>/g)].map((m) => [
    m[1],
    m[2],
  ]);
  // MathML reads row by row: w1, w3, then w2, w4.
  expect(mathml).toEqual([
    ['w1', '0.12'],
    ['w3', '0.12'],
    ['w2', '0.33'],
    ['w4', '0.5'],
  ]);
  const visible = [...html.matchAll(/data-quantity="(\w+)"[^>]*>(?:<[^>]+>)*([^<]+)</g)].map((m) => [m[1], m[2]]);
  expect(visible).toEqual(
    expect.arrayContaining([
      ['w1', '0.12'],
      ['w3', '0.12'],
      ['w2', '0.33'],
      ['w4', '0.5'],
    ]),
  );
});
