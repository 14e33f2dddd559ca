// quiz= links: written in the next step.
import type { PageStore } from '../widgets/store.ts';

export function applyQuiz(names: string[], store: PageStore): string[] {
  void store;
  return names.length ? [] : [];
}
