// Build time, inside $…$ math:
// - `\live{h1}` (or `\live[6]{next_w1}` for six decimals) becomes the engine's value at the default setup of the
//   chapter's example, typeset so that the page can find and update it (see live-protocol.ts);
// - `\val{h1}` (or `\val[5]{change_w1@article-002}`) becomes a fixed number: the value at the default setup, or at
//   the named preset of the chapter's example, which no reader's edit changes.
import { exampleById } from '../examples/index.ts';
import { FACTOR_FIGURES, formatNumber } from './format.ts';
import { liveLatex } from './live-protocol.ts';
import { quantitiesOf } from './quantities.ts';

type MathNode = { type: string; value?: string; data?: { hChildren?: MathNode[] }; children?: MathNode[] };
type VFile = { path?: string; data: { astro?: { frontmatter?: Record<string, unknown> } } };

const LIVE = /\\live(?:\[(\d+)\])?\{([A-Za-z0-9_]+)\}/g;
const FIXED = /\\val(?:\[(\d+)\])?\{([A-Za-z0-9_]+)(?:@([a-z0-9-]+))?\}/g;

/** The value of a quantity at the example's default setup, or at one of its presets. */
function valueOf(exampleId: string, quantity: string, where: string, presetId?: string): number {
  const definition = exampleById(exampleId, where);
  const preset = presetId === undefined ? undefined : definition.presets.find((p) => p.id === presetId);
  if (presetId !== undefined && !preset) {
    throw new Error(
      `${where}: the example "${exampleId}" has no preset "${presetId}" (known: ${definition.presets.map((p) => p.id).join(', ')})`,
    );
  }
  const value = quantitiesOf(definition, preset?.setup ?? definition.defaults)[quantity];
  if (value === undefined) throw new Error(`${where}: the example "${exampleId}" has no quantity "${quantity}"`);
  return value;
}

/** Brackets that may stand between a factor and its \cdot. */
const OPEN = String.raw`(?:\s|\(|\\bigl\(|\\big\(|\\left\(|\\Bigl\()*`;
const CLOSE = String.raw`(?:\s|\)|\\bigr\)|\\big\)|\\right\)|\\Bigr\))*`;
const CDOT_BEFORE = new RegExp(String.raw`\\cdot${OPEN}$`);
const CDOT_AFTER = new RegExp(String.raw`^${CLOSE}\\cdot(?![a-zA-Z])`);

/**
 * Whether the `\live` at `offset` is a factor of a product written with \cdot (brackets aside): a factor shows
 * at least FACTOR_FIGURES significant figures, so that the shown factors multiply out to the shown result.
 */
export const isFactor = (latex: string, offset: number, length: number): boolean =>
  CDOT_BEFORE.test(latex.slice(0, offset)) || CDOT_AFTER.test(latex.slice(offset + length));

/** Replaces every `\live{…}` and `\val{…}` in a chapter's math with the number the engine gives it; slots count on from `slots.next`. */
export function expandLiveNumbers(latex: string, example: string, where: string, slots = { next: 0 }): string {
  const places = (decimals: string | undefined) => (decimals === undefined ? 4 : Number(decimals));
  return latex
    .replace(LIVE, (match: string, decimals: string | undefined, quantity: string, offset: number, whole: string) =>
      liveLatex(
        quantity,
        valueOf(example, quantity, where),
        places(decimals),
        slots.next++,
        isFactor(whole, offset, match.length) ? FACTOR_FIGURES : 0,
      ),
    )
    .replace(
      FIXED,
      (_match, decimals: string | undefined, quantity: string, preset: string | undefined) =>
        `\\text{${formatNumber(valueOf(example, quantity, where, preset), places(decimals))}}`,
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
    const slots = { next: 0 };
    walk(tree, (node) => {
      if (node.type !== 'math' && node.type !== 'inlineMath') return;
      if (!node.value || !/\\(live|val)\b/.test(node.value)) return;
      if (typeof name !== 'string')
        throw new Error(`${where} uses \\live or \\val but its frontmatter names no example`);
      const latex = expandLiveNumbers(node.value, name, where, slots);
      node.value = latex;
      // remark-math also keeps the LaTeX in the HTML it plans (inline: a text; display: <pre><code>text).
      node.data?.hChildren?.forEach((child) => walk(child, (n) => n.type === 'text' && (n.value = latex)));
    });
  };
}
