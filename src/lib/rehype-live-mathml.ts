// Build time, after rehype-katex: writes each live number into KaTeX's HTML and MathML copies (live-protocol.ts),
// and makes each live number of the HTML copy a button that explains where it comes from (src/browser/explain.ts).
import { pairLiveNumbers } from './live-protocol.ts';

type Node = Parameters<typeof pairLiveNumbers>[0];

/** The id of the page's one hidden sentence that describes every live number's button (ChapterLayout.astro). */
export const EXPLAIN_HINT_ID = 'explain-hint';

const hasClass = (node: Node, name: string): boolean => {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
};
const isLive = (node: Node): boolean =>
  node.properties?.dataLive !== undefined && node.properties?.dataQuantity !== undefined;
/**
 * Numbers in a matrix stay plain (clickable, not buttons): KaTeX stacks its rows closer than the 24-pixel targets
 * WCAG 2.2 asks of buttons (axe target-size); the same quantities are typeset outside matrices or shown by widgets.
 */
const holdsLive = (node: Node): boolean =>
  !hasClass(node, 'mtable') && (isLive(node) || (node.children ?? []).some(holdsLive));

/**
 * KaTeX hides its HTML copy from screen readers (they read the MathML copy). A focusable number must not sit inside
 * aria-hidden, so in a formula with live numbers aria-hidden moves down onto every branch that holds none: screen
 * readers still hear the formula once, from MathML, and then each live number as a button named by its value.
 */
function exposeLiveNumbers(node: Node): void {
  for (const child of node.children ?? []) {
    if (child.type !== 'element') continue;
    if (isLive(child)) {
      child.properties = { ...child.properties, tabIndex: 0, role: 'button', ariaDescribedBy: EXPLAIN_HINT_ID };
    } else if (holdsLive(child)) exposeLiveNumbers(child);
    else child.properties = { ...child.properties, ariaHidden: 'true' };
  }
}

function visit(node: Node): void {
  if (hasClass(node, 'katex-html') && holdsLive(node)) {
    delete node.properties?.ariaHidden;
    exposeLiveNumbers(node);
  } else node.children?.forEach(visit);
}

/** Rehype plugin: see the file comment and live-protocol.ts. */
export function rehypeLiveMathml() {
  return (tree: Node) => {
    pairLiveNumbers(tree);
    visit(tree);
  };
}
