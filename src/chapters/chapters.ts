import { getCollection, type CollectionEntry } from 'astro:content';
import { partTitles } from './parts.ts';

export type Chapter = CollectionEntry<'chapters'>;
export type Part = { part: number; title: string; chapters: Chapter[] };

/** Joins a site path onto the configured base, so links work under a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}/${path.replace(/^\/+/, '')}`;
}

/** The URL of a chapter: /part-N/slug/ under the base. */
export function chapterHref(chapter: Chapter): string {
  return withBase(`part-${chapter.data.part}/${chapter.data.slug}/`);
}

/** All chapters in reading order: by part, then by order within the part. */
export async function chaptersInOrder(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
  return all.sort((a, b) => a.data.part - b.data.part || a.data.order - b.data.order);
}

/** Chapters grouped by part; only parts that have chapters. */
export async function partsWithChapters(): Promise<Part[]> {
  const parts = new Map<number, Chapter[]>();
  for (const chapter of await chaptersInOrder()) {
    parts.set(chapter.data.part, [...(parts.get(chapter.data.part) ?? []), chapter]);
  }
  return [...parts].map(([part, chapters]) => ({
    part,
    title: partTitles[part] ?? `Part ${part}`,
    chapters,
  }));
}
