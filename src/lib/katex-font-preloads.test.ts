import { describe, expect, it } from 'vitest';
import { fontPreloads } from './katex-font-preloads.ts';

const built = (font: string) => `KaTeX_${font}.hash.woff2`;
const page = (body: string) =>
  `<html><head><style>.katex .boldsymbol{font-family:KaTeX_Math} .mathsf{}</style></head><body>${body}</body></html>`;

describe('fontPreloads', () => {
  it('preloads the fonts the body uses, in the order of the list, under the base', () => {
    const html = page(
      '<span class="katex"><span class="mord mathnormal">w</span><span class="mord boldsymbol">δ</span></span>',
    );
    expect(fontPreloads(html, built, '/backprop/')).toBe(
      ['Main-Regular', 'Math-Italic', 'Math-BoldItalic']
        .map(
          (font) =>
            `<link rel="preload" href="/backprop/_astro/KaTeX_${font}.hash.woff2" as="font" type="font/woff2" crossorigin>`,
        )
        .join(''),
    );
  });

  it('ignores the class names katex.css holds in the head, and fonts that were not built', () => {
    expect(fontPreloads(page('<p>No formula here.</p>'), built, '/')).toBe('');
    expect(fontPreloads(page('<span class="katex">1</span>'), () => undefined, '/')).toBe('');
  });
});
