import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type BuiltPage = {
  /** Path relative to the site's base, e.g. '' (home) or 'part-1/forward-pass/': pass it to page.goto(). */
  path: string;
  /** True for chapter pages (/part-N/slug/). */
  isChapter: boolean;
};

const dist = join(import.meta.dirname, '..', '..', 'dist');

/** Every page of the built site (dist/**\/index.html, without pagefind's files), home first. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.split(sep).includes('pagefind'))
    .map((file) => relative(dist, join(dist, file)).split(sep).slice(0, -1).join('/'));
  return files
    .map((dir) => ({ path: dir === '' ? '' : `${dir}/`, isChapter: /^part-\d+\/[^/]+$/.test(dir) }))
    .sort((a, b) => (a.path === '' ? -1 : b.path === '' ? 1 : a.path.localeCompare(b.path, 'en', { numeric: true })));
}

/** The chapter pages only, in URL order (part, then slug). */
export function chapterPages(): BuiltPage[] {
  return builtPages().filter((page) => page.isChapter);
}
