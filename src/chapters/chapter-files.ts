// The chapters' frontmatter read straight from content/ with node's fs, for the tests and specs that run outside
// Astro (where astro:content is not available): which example each chapter names, by its `part-N/slug` key.
import { readdirSync, readFileSync } from 'node:fs';

/** A chapter as its file declares it: its key (part-N/slug, the URL path without slashes) and its example. */
export type ChapterFile = { key: string; part: number; order: number; example: string | undefined };

const contentDir = new URL('../../content/', import.meta.url);

/** One frontmatter field's value (`key: value`, quotes dropped), or undefined. */
const field = (frontmatter: string, name: string): string | undefined =>
  new RegExp(`^${name}:\\s*(.+?)\\s*$`, 'm').exec(frontmatter)?.[1].replace(/^(["'])(.*)\1$/, '$2');

/** Every chapter in reading order: by part, then by order within the part. */
export function chapterFiles(): ChapterFile[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  return files
    .map((file) => {
      const text = readFileSync(new URL(file, contentDir), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      const [part, slug] = [field(frontmatter, 'part'), field(frontmatter, 'slug')];
      if (!part || !slug) throw new Error(`content/${file}: its frontmatter names no part or no slug`);
      return {
        key: `part-${part}/${slug}`,
        part: Number(part),
        order: Number(field(frontmatter, 'order')),
        example: field(frontmatter, 'example'),
      };
    })
    .sort((a, b) => a.part - b.part || a.order - b.order);
}

/** The example id a chapter names, by its key (part-N/slug); throws for a chapter that names none. */
export function exampleIdOfChapter(key: string): string {
  const example = chapterFiles().find((chapter) => chapter.key === key)?.example;
  if (!example) throw new Error(`No chapter ${key} names an example in its frontmatter`);
  return example;
}
