// The message a page posts to the page that embeds it (an LMS, a course page) whenever a reader checks an answer or
// asks to be shown one: `{ type: 'backprop:answer', kind, quantity, correct, shown, page, seed }`. It carries the
// verdict, never the value. A page that is not in a frame posts nothing. Documented in README ("Embeds").

/** What an embedding page receives. */
export type AnswerMessage = {
  type: 'backprop:answer';
  /** A quiz link's answer field, or one of the chapter's exercises. */
  kind: 'quiz' | 'exercise';
  /** The quantity asked for, by its data-quantity name (grad_w5, delta2_1). */
  quantity: string;
  /** Whether the typed answer counted as right. */
  correct: boolean;
  /** True when the reader chose "Show me" instead of answering. */
  shown: boolean;
  /** The chapter's path and, for exercises, the seed their numbers come from. */
  page: string;
  seed?: number;
  /** The exercise's number on the page (1, 2, …), for exercises. */
  exercise?: number;
};

/** Posts an answer's verdict to the embedding page, if there is one. */
export function postAnswer(message: Omit<AnswerMessage, 'type' | 'page'>): void {
  if (window.parent === window) return;
  window.parent.postMessage(
    { type: 'backprop:answer', page: location.pathname, ...message } satisfies AnswerMessage,
    '*',
  );
}
