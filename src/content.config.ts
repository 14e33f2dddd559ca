import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The chapters: one MDX file each under content/, in reading order by part, then order. */
const chapters = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: './content',
    // The id is the URL path (part-1/forward-pass), so the same slug may recur in another part.
    generateId: ({ entry, data }) => (data.part && data.slug ? `part-${data.part}/${data.slug}` : entry),
  }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    part: z.number().int().positive(),
    order: z.number(),
    slug: z.string().regex(/^[a-z0-9-]+$/, 'slug is a URL segment: lowercase letters, digits and hyphens'),
    example: z.string().optional(),
  }),
});

export const collections = { chapters };
