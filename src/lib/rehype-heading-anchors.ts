// Build time, last rehype plugin: gives each h2/h3 a "#" link to itself that readers can copy.
// Ids come from Astro's own rehypeHeadingIds (run here first, so they match render()'s headings;
// Astro's later pass keeps ids that exist). The link holds no text (CSS draws the "#"), so the
// heading text that Astro collects for the table of contents stays unchanged.
import { rehypeHeadingIds } from '@astrojs/markdown-remark';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const hasClass = (node: Node, name: string) => {
  const classes = node.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
};

/** What a reader hears for a heading: its text, without KaTeX's aria-hidden visual copy of math. */
function spokenText(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  const hidden = node.properties?.ariaHidden;
  if (hidden === true || hidden === 'true' || node.tagName === 'annotation' || hasClass(node, 'heading-anchor'))
    return '';
  return (node.children ?? []).map(spokenText).join('');
}

function visitHeadings(node: Node, visit: (heading: Node) => void): void {
  if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) visit(node);
  else node.children?.forEach((child) => visitHeadings(child, visit));
}

/** Rehype plugin: see the file comment. */
export function rehypeHeadingAnchors() {
  // Typed as a unified Plugin; called directly here, it is a plain (tree, file) transformer.
  const assignIds = (rehypeHeadingIds as unknown as () => (tree: Node, file: unknown) => void)();
  return (tree: Node, file: unknown) => {
    assignIds(tree, file);
    visitHeadings(tree, (heading) => {
      const id = heading.properties?.id;
      if (typeof id !== 'string' || id === '' || (heading.children ?? []).some((c) => hasClass(c, 'heading-anchor')))
        return;
      const label = spokenText(heading).replace(/\s+/g, ' ').trim();
      heading.children = [
        ...(heading.children ?? []),
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `Link to section: ${label}` },
          children: [],
        },
      ];
    });
  };
}
