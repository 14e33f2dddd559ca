// A link many steps in ("Open this page a million steps in"): the runs train in slices, with a progress bar and a
// Stop button, instead of blocking the page for seconds. Loaded only by such links (page.ts).
import type { PageState } from '../examples/types.ts';
import { formatNumber } from '../lib/format.ts';
import { runTo } from '../lib/runs.ts';
import type { WidgetModule } from '../page/registry.ts';
import type { PageStore } from '../page/store.ts';

/** About how long one slice of a long jump trains before the page paints and takes input again. */
const SLICE_MS = 30;

/**
 * Trains the runs of `states` (the page's, and any a widget trains besides it) towards their steps in slices of
 * about SLICE_MS, all by the same fraction each slice, yielding to the browser in between; `progress` hears the
 * fraction done after each slice, and `stopped` is asked after each. The runs are kept in latestRuns, so the views
 * of these states carry on from them: the numbers are those of the same steps done at once (runTo carries a run on
 * exactly). Resolves to the steps the first state's run reached.
 */
export async function trainInSlices(
  store: PageStore,
  states: PageState[],
  progress: (fraction: number) => void,
  stopped: () => boolean,
): Promise<number> {
  const most = Math.max(1, ...states.map((state) => state.steps));
  let fraction = 0;
  let slice = Math.min(1, 2_000 / most);
  // The runs are held here as well: a widget that renders step 0 meanwhile replaces its setup's latest run.
  const runs = states.map(({ setup }) => store.latestRuns.get(setup));
  while (fraction < 1 && !stopped()) {
    const next = Math.min(1, fraction + slice);
    const started = performance.now();
    states.forEach(({ setup, steps }, k) => {
      runs[k] = runTo(store.definition, setup, Math.floor(next * steps), runs[k], store.fastTrain);
      store.latestRuns.set(setup, runs[k]!);
    });
    slice *= Math.min(2, Math.max(0.5, SLICE_MS / Math.max(1, performance.now() - started)));
    fraction = next;
    progress(fraction);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return runs[0]?.steps ?? 0;
}

/**
 * A link many steps in: the page shows the setup at step 0 while the runs train in slices, with a progress bar and a
 * Stop button; resolves to the steps to show (all of them, or as far as the run got when stopped).
 */
export async function trainToLink(store: PageStore, state: PageState, modules: WidgetModule[]): Promise<number> {
  store.state.value = { setup: state.setup, steps: 0 };
  const box = Object.assign(document.createElement('div'), { className: 'url-notice jump-progress' });
  const text = Object.assign(document.createElement('p'), {
    textContent: `Training to step ${formatNumber(state.steps, 0)}…`,
  });
  text.setAttribute('role', 'status');
  const bar = Object.assign(document.createElement('progress'), { max: 1, value: 0 });
  bar.setAttribute('aria-label', 'Training steps done');
  const stop = Object.assign(document.createElement('button'), {
    type: 'button',
    className: 'link-button',
    textContent: 'Stop here',
  });
  let stopped = false;
  stop.addEventListener('click', () => (stopped = true), { once: true });
  box.append(text, bar, stop);
  (document.querySelector('[data-url-notice]') ?? document.querySelector('.prose'))?.before(box);
  const others = modules.flatMap((module) => module?.runsFor?.(store, state) ?? []);
  const reached = await trainInSlices(
    store,
    [state, ...others],
    (fraction) => (bar.value = fraction),
    () => stopped,
  );
  box.remove();
  return stopped ? reached : state.steps;
}
