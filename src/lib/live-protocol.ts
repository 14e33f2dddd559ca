// The live-number protocol: how a number typeset at build time is found and rewritten in the browser.
// Written against KaTeX 0.16.47 (the version rehype-katex 7 renders with); check it again when KaTeX changes.
//
// 1. The remark plugin turns `\live{q}` into `\htmlData{quantity=q, value=v, live=d, slot=k}{\text{LIVEk}}`: the
//    number's place holds a placeholder that names its slot, k, unique in the chapter.
// 2. KaTeX renders the HTML copy (<span class="enclosing" data-quantity data-value data-live data-slot> around
//    <span class="mord text"><span class="mord">LIVEk</span></span>) and the hidden MathML copy (<mtext>LIVEk</mtext>)
//    that screen readers read. It orders a matrix by columns in HTML and by rows in MathML, so the two copies are
//    paired by slot, never by position or by text.
// 3. The rehype plugin (pairLiveNumbers) writes the formatted number into both copies, marks the MathML one with
//    data-live-mathml=q and data-live=d, and drops data-slot.
// 4. In the browser, typesetNumbers() finds both copies of every live number, and live-dom.ts rewrites them.
import { formatNumber } from './format.ts';

/** The text KaTeX typesets in a live number's place until the rehype plugin writes the number there. */
const placeholder = (slot: number): string => `LIVE${slot}`;

/** The LaTeX for one live number of a chapter: its value, decimals and (a factor's) significant figures in \htmlData, its slot as placeholder text. */
export function liveLatex(quantity: string, value: number, decimals: number, slot: number, figures = 0): string {
  const least = figures > 0 ? `, figures=${figures}` : '';
  return `\\htmlData{quantity=${quantity}, value=${value}, live=${decimals}${least}, slot=${slot}}{\\text{${placeholder(slot)}}}`;
}

type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

function collect(node: HastNode, keep: (node: HastNode) => boolean, into: HastNode[] = []): HastNode[] {
  if (keep(node)) into.push(node);
  node.children?.forEach((child) => collect(child, keep, into));
  return into;
}

const textOf = (node: HastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
const text = (value: string): HastNode => ({ type: 'text', value });

/** Writes each live number into its HTML copy and its MathML copy, paired by slot (see the file comment). */
export function pairLiveNumbers(tree: HastNode): void {
  const mathml = new Map(collect(tree, (n) => n.tagName === 'mtext').map((node) => [textOf(node), node]));
  const shownAt = new Map<string, string>();
  for (const span of collect(tree, (n) => n.tagName === 'span' && n.properties?.dataSlot !== undefined)) {
    const { dataQuantity, dataValue, dataLive, dataSlot, dataFigures } = span.properties ?? {};
    const shown = formatNumber(Number(dataValue), Number(dataLive), Number(dataFigures ?? 0));
    const slot = placeholder(Number(dataSlot));
    const leaf = collect(span, (n) => n.type === 'element' && (n.children ?? []).some((c) => c.type === 'text')).at(-1);
    if (!leaf || textOf(span) !== slot)
      throw new Error(`live number ${String(dataQuantity)}: KaTeX's HTML no longer holds ${slot} in one text node`);
    leaf.children = [text(shown)];
    delete span.properties?.dataSlot;
    const twin = mathml.get(slot);
    if (!twin) throw new Error(`live number ${String(dataQuantity)}: no MathML copy holds ${slot}`);
    twin.children = [text(shown)];
    twin.properties = {
      ...twin.properties,
      dataLiveMathml: String(dataQuantity),
      dataLive: String(dataLive),
      ...(dataFigures === undefined ? {} : { dataFigures: String(dataFigures) }),
    };
    shownAt.set(slot, shown);
  }
  // KaTeX also keeps the LaTeX source in an <annotation>: it gets the numbers too, not the placeholders.
  for (const annotation of collect(tree, (n) => n.tagName === 'annotation')) {
    const source = textOf(annotation).replace(
      /\\htmlData\{[^}]*\}\{\\text\{(LIVE\d+)\}\}/g,
      (_m, slot: string) => `\\text{${shownAt.get(slot) ?? slot}}`,
    );
    annotation.children = [text(source)];
  }
}

/** One live number in the page: where its text goes, and the element that carries data-value (null for MathML). */
export type TypesetNumber = { quantity: string; decimals: number; figures: number; text: Node; holder: Element | null };

/** Every live number typeset in the page's math: the visible one and its hidden MathML copy. */
export function typesetNumbers(root: ParentNode): TypesetNumber[] {
  const found: TypesetNumber[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-quantity][data-live]')) {
    // KaTeX typesets \text{…} as .mord.text > .mord: write into the innermost span to keep its font.
    const leaf = element.querySelector('.text .mord') ?? element;
    found.push({
      quantity: element.dataset.quantity ?? '',
      decimals: Number(element.dataset.live) || 4,
      figures: Number(element.dataset.figures) || 0,
      text: leaf,
      holder: element,
    });
  }
  for (const element of root.querySelectorAll('[data-live-mathml]')) {
    const decimals = Number(element.getAttribute('data-live')) || 4;
    found.push({
      quantity: element.getAttribute('data-live-mathml') ?? '',
      decimals,
      figures: Number(element.getAttribute('data-figures')) || 0,
      text: element,
      holder: null,
    });
  }
  return found;
}
