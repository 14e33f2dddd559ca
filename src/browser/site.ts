// The site's own behaviour on every page, in one small module: theme toggle, search button, the reader's setup
// carried to the next chapter, keyboard access to wide formulas and tables, and highlighting of quantities. Everything here enhances HTML that works
// without JavaScript.
import { lazyParts } from './on-first-use.ts';

/** The theme button: flips the theme and remembers the choice; its label names the other theme (global.css). */
function setUpThemeToggle(): void {
  const root = document.documentElement;
  const prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : prefersDark.matches);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.addEventListener('click', () => {
      const theme = isDark() ? 'light' : 'dark';
      root.dataset.theme = theme;
      try {
        localStorage.setItem('theme', theme);
      } catch {
        // storage may be unavailable (private mode); the choice then lasts for this page only
      }
    });
  }
}

/** The Search button: the dialog's code loads on the first click, pagefind's only once the dialog opens. */
function setUpSearchButton(): void {
  const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!openButton) return;
  let open: Promise<() => void> | undefined;
  openButton.addEventListener('click', async () => {
    open ??= import('./search-dialog.ts').then(({ setUpSearch }) => setUpSearch());
    (await open)();
  });
}

/**
 * The reader's setup lives in the query string: previous/next links carry it to the next chapter, when that
 * chapter shows the same example (another example has other keys). Once the page's state differs from the defaults,
 * the page script writes these links from the state itself (page.ts, data-carried); until then they take the address
 * bar's query.
 */
function carryQueryToNextChapter(): void {
  const example = document.querySelector<HTMLElement>('[data-page-example]')?.dataset.pageExample;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-keep-query]');
    if (!link || !example || link.dataset.example !== example || link.dataset.carried !== undefined) return;
    if (location.search && !new URL(link.href).search) link.search = location.search;
  });
}

/** A chapter with an example: its page script (store, widgets, URL, live math) loads at once. */
function startExamplePage(): void {
  const source = document.querySelector<HTMLElement>('[data-page-example]');
  if (source) import('./page.ts').then(({ startPage }) => startPage(source));
}

/**
 * Display math and tables wider than the column scroll sideways; keyboard readers need to focus them to scroll.
 * A formula marked wide (<WideMath>) shows its scroll cue only while it does not fit.
 * Live numbers change their width, so a region is checked again once its text has changed.
 */
function makeScrollRegionsFocusable(): void {
  const selector = '.prose .katex-display, .table-scroll, .math-scroll';
  // Every width is read before any attribute is written: a write between two reads made each read lay the whole page
  // out again (the notation page's 80 tables: 0.6 s of layout at load on a phone).
  const mark = (regions: Iterable<HTMLElement>) =>
    [...regions]
      .map((region) => [region, region.scrollWidth > region.clientWidth] as const)
      .forEach(([region, overflows]) => {
        if (overflows) region.tabIndex = 0;
        else region.removeAttribute('tabindex');
        if (region.classList.contains('math-scroll')) region.toggleAttribute('data-fits', !overflows);
      });
  const markAll = () => mark(document.querySelectorAll<HTMLElement>(selector));
  // After the first frame has laid the page out: read now, the widths would force that layout inside this script.
  requestAnimationFrame(() => setTimeout(markAll));
  document.fonts.ready.then(markAll); // KaTeX's fonts change the formulas' widths
  window.addEventListener('resize', markAll);
  // Checked a moment after the text settles: reading a width forces a layout, which must not slow each edit.
  const changed = new Set<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  new MutationObserver((records) => {
    const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
    for (const record of records) {
      const region = elementOf(record.target)?.closest<HTMLElement>(selector);
      if (region) changed.add(region);
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      mark(changed);
      changed.clear();
    }, 200);
  }).observe(document.body, { subtree: true, characterData: true, childList: true });
}

/**
 * Highlighting loads on the first hover, focus or tap on a quantity; the events that come while it loads are
 * handed to it in order, so that a quick tap is not lost.
 */
function highlightOnDemand(): void {
  const types = ['pointerover', 'pointerout', 'focusin', 'focusout', 'click', 'keydown'];
  let early: Event[] | undefined;
  const listen = (event: Event) => {
    if (early) return void early.push(event);
    if (!(event.target instanceof Element) || !event.target.closest('[data-quantity], [data-controls]')) return;
    early = [event];
    import('./highlight.ts').then(({ highlightAcrossPage }) => {
      types.forEach((type) => document.removeEventListener(type, listen));
      highlightAcrossPage(document, early ?? []);
    });
  };
  types.forEach((type) => document.addEventListener(type, listen));
}

/** Parts marked data-lazy load their code when first opened, focused or submitted, or at once when the URL holds their key. */
function startPartsOnFirstUse(): void {
  const started = new WeakSet<Element>();
  // While a part's code loads, a submit (Enter pressed just after the focus that woke it) replaces the waking event.
  const loading = new WeakMap<Element, Event | undefined>();
  const start = (part: HTMLElement | null | undefined, event?: Event) => {
    if (!part) return;
    if (started.has(part)) return void (loading.has(part) && event?.type === 'submit' && loading.set(part, event));
    started.add(part);
    loading.set(part, event);
    lazyParts[part.dataset.lazy ?? '']?.().then((module) => {
      const waking = loading.get(part);
      loading.delete(part);
      module.start(part, waking);
    });
  };
  const params = new URLSearchParams(location.search);
  document
    .querySelectorAll<HTMLElement>('[data-lazy-key]')
    .forEach((part) => params.has(part.dataset.lazyKey ?? '') && start(part));
  for (const type of ['toggle', 'focusin', 'submit']) {
    document.addEventListener(
      type,
      (event) => {
        // A form's answer is checked by its module: the page never navigates away for it.
        if (type === 'submit') event.preventDefault();
        start((event.target as Element).closest?.<HTMLElement>('[data-lazy]'), event);
      },
      true,
    );
  }
}

/** Starts all of the above; BaseLayout calls it once per page. */
export function startSite(): void {
  startExamplePage();
  setUpThemeToggle();
  setUpSearchButton();
  carryQueryToNextChapter();
  makeScrollRegionsFocusable();
  highlightOnDemand();
  startPartsOnFirstUse();
}
