import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { katexOptions } from './katex-options.ts';
import { expandLiveNumbers, liveLatex } from './remark-live-numbers.ts';
import { rehypeLiveMathml } from './rehype-live-mathml.ts';

describe('live numbers in typeset math', () => {
  test('\\live{o1} becomes the prediction 0.2037 of article 000, inside \\htmlData', () => {
    const latex = expandLiveNumbers('o_1 = \\live{o1}', 'worked-example', 'test');
    expect(latex).toContain('quantity=o1');
    expect(latex).toContain(`value=${1.23 * 0.11 + 0.57 * 0.12}`);
    expect(latex).toContain('\\text{0.2037}');
  });

  test('\\live[6]{next_w1} takes six decimals: 0.128759', () => {
    expect(expandLiveNumbers('\\live[6]{next_w1}', 'worked-example', 'test')).toContain('\\text{0.128759}');
  });

  test('\\val gives a fixed number without data attributes, also from another example', () => {
    expect(expandLiveNumbers('\\val[6]{next_o1@article-002}', 'worked-example', 'test')).toBe('\\text{0.255746}');
    expect(expandLiveNumbers('\\val{o1}', 'worked-example', 'test')).toBe('\\text{0.2037}');
  });

  test('a quantity the example does not have stops the build with its name', () => {
    expect(() => expandLiveNumbers('\\live{w9}', 'worked-example', 'chapter.mdx')).toThrow(/chapter\.mdx.*w9/);
  });

  test('KaTeX, with the site options, keeps data-quantity and data-value and does not print the command', () => {
    const html = katex.renderToString(`h_1 = ${liveLatex('h1', -0.7963, 4)}`, katexOptions);
    expect(html).toContain('data-quantity="h1"');
    expect(html).toContain('data-value="-0.7963"');
    expect(html).toContain('data-live="4"');
    expect(html).toContain('−0.7963');
    expect(html).not.toContain('#cc0000'); // KaTeX's colour for an untrusted command shown literally
  });

  test('without trust, KaTeX would show \\htmlData literally: the option matters', () => {
    const html = katex.renderToString(liveLatex('h1', 1.23, 4), { ...katexOptions, trust: false });
    expect(html).not.toContain('data-quantity');
  });
});

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: Node[]): Node => ({ type: 'element', tagName, properties, children });

test('the hidden MathML copy of each live number is found by its text, even when a matrix orders them by columns', () => {
  // HTML side in column order (w1, w2), MathML side in row order (w2's text first).
  const live = (quantity: string, value: string) =>
    el('span', { dataQuantity: quantity, dataLive: '4', className: ['enclosing'] }, [text(value)]);
  const mtextA = el('mtext', {}, [text('0.33')]);
  const mtextB = el('mtext', {}, [text('0.12')]);
  const formula = el('span', { className: ['katex'] }, [
    el('span', { className: ['katex-mathml'] }, [mtextA, mtextB]),
    el('span', { className: ['katex-html'] }, [live('w1', '0.12'), live('w2', '0.33')]),
  ]);
  rehypeLiveMathml()(el('root', {}, [formula]));
  expect(mtextA.properties).toEqual({ dataLiveMathml: 'w2', dataLive: '4' });
  expect(mtextB.properties).toEqual({ dataLiveMathml: 'w1', dataLive: '4' });
});
