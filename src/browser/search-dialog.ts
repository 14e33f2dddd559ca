// The search dialog's behaviour, loaded when the reader first opens search (see SearchDialog.astro).
type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: { title?: string };
};
type Pagefind = {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
};

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** Pagefind's API, loaded once per call of setUpSearch. */
function pagefindLoader(): () => Promise<Pagefind> {
  let pagefind: Promise<Pagefind> | undefined;
  return () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    }));
}

function renderResults(list: HTMLOListElement | null, results: PagefindResultData[]) {
  if (!list) return;
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.innerHTML = result.excerpt; // pagefind escapes page text; only <mark> is markup
      item.append(link, excerpt);
      return item;
    }),
  );
}

async function runSearch(query: string, isLatest: () => boolean, loadPagefind: () => Promise<Pagefind>) {
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!status) return;
  if (!query.trim()) {
    status.textContent = '';
    renderResults(list, []);
    return;
  }
  try {
    const search = await (await loadPagefind()).search(query);
    const results = await Promise.all((search?.results ?? []).slice(0, 10).map((result) => result.data()));
    if (!isLatest()) return;
    status.textContent =
      results.length === 0
        ? 'No matches.'
        : results.length === 1
          ? `1 chapter matches.`
          : `${results.length} chapters match.`;
    renderResults(list, results);
  } catch {
    status.textContent = 'Search is unavailable here (the index is built by npm run build).';
  }
}

/** Wires the dialog once, on the first click of the Search button. */
export function setUpSearch(): () => void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!dialog || !input) return () => undefined;
  const loadPagefind = pagefindLoader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = input.value;
      runSearch(query, () => input.value === query, loadPagefind);
    }, 120);
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  return () => {
    dialog.showModal();
    input.focus();
    loadPagefind().catch(() => undefined);
  };
}
