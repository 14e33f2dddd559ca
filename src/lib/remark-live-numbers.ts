// Build time, inside $…$ math:
// - `\live{h1}` (or `\live[6]{next_w1}` for six decimals) becomes the engine's value at the chapter's default setup,
//   typeset inside \htmlData so that the page can find and update it: data-quantity, data-value, data-live;
// - `\val{h1}` (or `\val[5]{change_w1@article-002}`) becomes a fixed number: the engine's value at the default
//   setup of the chapter's example (or of the example named after @), which no reader's edit changes.
import { formatNumber } from './format.ts';
import { liveExamples } from './live-examples.ts';

type MathNode = { type: string; value?: string; data?: { hChildren?: MathNode[] }; children?: MathNode[] };
type VFile = { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };

const LIVE = /\\live(?:\[(\d+)\])?\{([A-Za-z0-9_]+)\}/g;
const FIXED = /\\val(?:\[(\d+)\])?\{([A-Za-z0-9_]+)(?:@([a-z0-9-]+))?\}/g;

/** The LaTeX for one live number: its value typeset as text, so that the hidden MathML copy can be found too. */
export function liveLatex(quantity: string, value: number, decimals: number): string {
  return `\\htmlData{quantity=${quantity}, value=${value}, live=${decimals}}{\\text{${formatNumber(value, decimals)}}}`;
}

function valueOf(example: string, quantity: string, where: string): number {
  const compute = liveExamples[example];
  if (!compute) throw new Error(`${where}: no example is named "${example}"`);
  const value = compute()[quantity];
  if (value === undefined) throw new Error(`${where}: the example "${example}" has no quantity "${quantity}"`);
  return value;
}

/** Replaces every `\live{…}` and `\val{…}` in a chapter's math with the number the engine gives it. */
export function expandLiveNumbers(latex: string, example: string, where: string): string {
  const places = (decimals: string | undefined) => (decimals === undefined ? 4 : Number(decimals));
  return latex
    .replace(LIVE, (_match, decimals: string | undefined, quantity: string) =>
      liveLatex(quantity, valueOf(example, quantity, where), places(decimals)),
    )
    .replace(FIXED, (_match, decimals: string | undefined, quantity: string, other: string | undefined) =>
      `\\text{${formatNumber(valueOf(other ?? example, quantity, where), places(decimals))}}`,
    );
}

function walk(node: MathNode, visit: (node: MathNode) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

/** Remark plugin, after remark-math: expands `\live` in the math of chapters whose frontmatter names an `example`. */
export function remarkLiveNumbers() {
  return (tree: MathNode, file: VFile) => {
    const name = file.data.astro?.frontmatter?.example;
    const where = file.path ?? 'a chapter';
    walk(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      if (!node.value || !/\\(live|val)\b/.test(node.value)) return;
      if (typeof name !== 'string') throw new Error(`${where} uses \\live or \\val but its frontmatter names no example`);
      const latex = expandLiveNumbers(node.value, name, where);
      node.value = latex;
      // remark-math also keeps the LaTeX in the HTML it plans (inline: a text; display: <pre><code>text).
      node.data?.hChildren?.forEach((child) => walk(child, (n) => n.type === 'text' && (n.value = latex)));
    });
  };
}
