// The examples whose numbers chapters may typeset, by the name a chapter gives in its frontmatter (`example:`).
import { DEFAULT_STATE, PRESETS, viewOf } from './worked-example.ts';

/** Each example's quantities at its default setup, computed by the engine at build time. */
export const liveExamples: Record<string, () => Record<string, number>> = {
  'worked-example': () => viewOf(DEFAULT_STATE).quantities,
  'article-002': () => viewOf({ setup: PRESETS['article 002'], steps: 0 }).quantities,
};
