// Every label drawn in a figure is read at its rendered size: its font size times the scale its SVG is drawn at
// (getScreenCTM), which is what a reader sees once a diagram shrinks to a phone's column. Used by e2e/site/every-page.spec.ts,
// which loads every page once per viewport.

export type Measured = {
  small: string[];
  count: number;
  collisions: string[];
  truncated: string[];
};

/** Runs in the page: every SVG label's rendered size, labels that cross a circle's edge, number fields too narrow for their value. */
export function measureFigures(smallest: number): Measured {
  const small: string[] = [];
  const collisions: string[] = [];
  const truncated: string[] = [];
  let count = 0;
  const describe = (element: Element) => {
    const figure = element.closest('figure, [data-widget]');
    const where =
      figure?.className && typeof figure.className === 'string'
        ? figure.className
            .split(/\s+/)
            .filter((c) => c !== 'widget')
            .join('.')
        : 'svg';
    return `${where}: "${(element.textContent ?? '').trim().slice(0, 24)}"`;
  };
  const visible = (element: Element) =>
    element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  for (const svg of document.querySelectorAll<SVGSVGElement>('main svg')) {
    if (!visible(svg) || svg.getBoundingClientRect().width === 0) continue;
    const labels = [...svg.querySelectorAll<SVGTextContentElement>('text, tspan')].filter(
      (element) =>
        visible(element) &&
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
    );
    for (const label of labels) {
      const matrix = label.getScreenCTM();
      if (!matrix) continue;
      const scale = Math.hypot(matrix.a, matrix.b);
      const size = parseFloat(getComputedStyle(label).fontSize) * scale;
      count++;
      if (size < smallest - 0.05) small.push(`${describe(label)} at ${size.toFixed(1)} px`);
    }
    // A label either sits inside a circle or clear of it, never across its edge.
    const circles = [...svg.querySelectorAll('circle')].filter(visible).map((circle) => circle.getBoundingClientRect());
    for (const label of svg.querySelectorAll('text')) {
      if (!visible(label) || (label.textContent ?? '').trim() === '') continue;
      const box = label.getBoundingClientRect();
      const inset = 1;
      for (const circle of circles) {
        const r = circle.width / 2;
        const cx = circle.left + r;
        const cy = circle.top + circle.height / 2;
        const nearX = Math.max(box.left + inset, Math.min(cx, box.right - inset));
        const nearY = Math.max(box.top + inset, Math.min(cy, box.bottom - inset));
        const near = Math.hypot(nearX - cx, nearY - cy);
        const far = Math.max(
          ...[
            [box.left, box.top],
            [box.right, box.top],
            [box.left, box.bottom],
            [box.right, box.bottom],
          ].map(([x, y]) => Math.hypot(x - cx, y - cy)),
        );
        if (near < r - inset && far > r + inset + Math.SQRT2 * 2)
          collisions.push(`${describe(label)} crosses a circle of radius ${r.toFixed(0)} px`);
      }
    }
  }
  for (const input of document.querySelectorAll<HTMLInputElement>(
    'main input[inputmode], main input[type="text"], main input[type="number"]',
  )) {
    if (!visible(input) || input.value === '') continue;
    if (input.scrollWidth > input.clientWidth + 1)
      truncated.push(`${input.getAttribute('aria-label') ?? input.name}: "${input.value}"`);
  }
  return { small, count, collisions, truncated };
}
