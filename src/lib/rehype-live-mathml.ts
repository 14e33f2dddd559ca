// Build time, after rehype-katex: writes each live number into KaTeX's HTML and MathML copies (live-protocol.ts).
import { pairLiveNumbers } from './live-protocol.ts';

type Node = Parameters<typeof pairLiveNumbers>[0];

/** Rehype plugin: see live-protocol.ts. */
export function rehypeLiveMathml() {
  return (tree: Node) => pairLiveNumbers(tree);
}
