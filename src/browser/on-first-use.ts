// Parts of a page whose code loads on first use: the server renders them as working HTML (a <details>, a <form>),
// marked data-lazy="name"; opening, focusing or submitting one loads its module, which takes over from there.
// A part may also start at load when the page's URL holds its key (data-lazy-key="seed").

/** A part's module: `start` receives the part's element and the event that woke it (to replay, if it matters). */
export type LazyPart = { start(part: HTMLElement, event?: Event): void };

/** The parts, by the name in data-lazy; each entry loads its own chunk. */
export const lazyParts: Readonly<Record<string, () => Promise<LazyPart>>> = {
  instructors: () => import('./instructors.ts'),
  predict: () => import('./predict.ts'),
  exercises: () => import('./exercises.ts'),
  builderData: () => import('./builder-data.ts'),
};
