// The sections each definition names (its chapters' headings) are in chapters that exist, without a build: a chapter
// renamed or moved fails here at once. That each #anchor is a heading of the built chapter: e2e/site/section-anchors.spec.ts.
import { describe, expect, test } from 'vitest';
import { chapterFiles } from '../chapters/chapter-files.ts';
import { everySection } from '../lib/derivations/sections.ts';
import { examples } from './index.ts';

describe('the sections a definition names, beside the definition', () => {
  test('every section is a chapter of content/ (/part-N/slug/) and an anchor', () => {
    const chapters = new Set(chapterFiles().map((chapter) => `/${chapter.key}/`));
    const sections = everySection(Object.values(examples));
    expect(sections.length).toBeGreaterThan(30);
    const stray = sections.filter((section) => {
      const [path, anchor] = section.split('#');
      return !chapters.has(path) || !/^[a-z0-9-]+$/.test(anchor ?? '');
    });
    expect(stray).toEqual([]);
  });
});
