// What sticks out of a page, measured in the page: used by e2e/site/every-page.spec.ts at 1400 and 390 px.

/**
 * What sticks out, measured in the page: elements past the viewport's right edge, display formulas wider than their
 * box (those inside a <WideMath> region may scroll, if the region is labelled, focusable and shows its cue), and tables
 * wider than their box.
 */
export function measureLayout() {
  const root = document.scrollingElement ?? document.documentElement;
  const width = root.clientWidth;
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
  const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  // Boxes that scroll (or clip) sideways inside themselves may hold wide content; anything else whose right edge passes
  // the viewport makes the page overflow.
  const clips = (element: Element) =>
    ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
  const outside: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 1) continue;
    let ancestor = element.parentElement;
    while (ancestor && ancestor !== document.body && !clips(ancestor)) ancestor = ancestor.parentElement;
    if (ancestor && ancestor !== document.body) continue;
    outside.push(`${describe(element)} (right edge ${Math.round(rect.right)} px)`);
  }
  const wideMath: string[] = [];
  const badScrollRegions: string[] = [];
  for (const display of document.querySelectorAll<HTMLElement>('main .katex-display')) {
    const region = display.closest<HTMLElement>('.math-scroll');
    const box = region ?? display;
    const over = Math.max(box.scrollWidth - box.clientWidth, display.scrollWidth - display.clientWidth);
    if (over <= 1) continue;
    if (!region) {
      wideMath.push(`${Math.round(over)} px too wide: ${text(display)}`);
      continue;
    }
    const cue = region.querySelector('.scroll-cue');
    const ok =
      region.getAttribute('role') === 'region' &&
      Boolean(region.getAttribute('aria-label')?.trim()) &&
      region.tabIndex === 0 &&
      Boolean(cue?.checkVisibility());
    if (!ok) badScrollRegions.push(`scrolls without its label, focus or cue: ${text(display)}`);
  }
  const wideTables: string[] = [];
  for (const table of document.querySelectorAll<HTMLElement>('main table')) {
    const box = table.parentElement!;
    const tableWidth = table.getBoundingClientRect().width;
    if (tableWidth === 0) continue; // in a closed <details>
    const over = Math.max(tableWidth - box.clientWidth, box.scrollWidth - box.clientWidth);
    if (over > 1) wideTables.push(`${Math.round(over)} px too wide: ${describe(table)} ${text(table)}`);
  }
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: width,
    outside: outside.slice(0, 10),
    wideMath,
    badScrollRegions,
    wideTables,
  };
}
