// Build time, after rehype-katex: marks the hidden MathML copy of each live number (an <mtext>) with
// data-live-mathml (and its decimals in data-live), so that the page updates what screen readers hear along with what readers see.
type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

function collect(node: Node, keep: (node: Node) => boolean, into: Node[] = []): Node[] {
  if (keep(node)) into.push(node);
  node.children?.forEach((child) => collect(child, keep, into));
  return into;
}

const hasClass = (node: Node, name: string) => {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
};

/**
 * Pairs each live number of a formula with the first unclaimed MathML <mtext> that says the same text. Not by
 * position alone: KaTeX lays out a matrix by columns in HTML but by rows in MathML.
 */
function markFormula(formula: Node): void {
  const texts = collect(formula, (n) => n.tagName === 'mtext');
  const claimed = new Set<Node>();
  for (const span of collect(formula, (n) => n.properties?.dataLive !== undefined && n.tagName === 'span')) {
    const wanted = textOf(span).trim();
    const twin = texts.find((text) => !claimed.has(text) && textOf(text).trim() === wanted);
    if (!twin) continue;
    claimed.add(twin);
    const { dataQuantity, dataLive } = span.properties ?? {};
    twin.properties = { ...twin.properties, dataLiveMathml: String(dataQuantity), dataLive: String(dataLive) };
  }
}

/** Rehype plugin: see the file comment. */
export function rehypeLiveMathml() {
  return (tree: Node) => {
    collect(tree, (n) => n.tagName === 'span' && hasClass(n, 'katex')).forEach(markFormula);
  };
}
