import type { Setup } from '../examples/types.ts';
import { formatNumber } from '../lib/format.ts';
import { exampleKey } from '../lib/notation.ts';
import type { PageState } from '../examples/types.ts';
import type { View } from '../lib/views.ts';
import { island } from './island.tsx';
import { ErrorPlot } from './parts/ErrorPlot.tsx';
import { Num } from './parts/Num.tsx';
import { useView, viewFor, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };
type Mode = Setup['mode'];

// A cache, not state: the page's setup in the other mode, one object per setup, so that its run (kept in the
// store's latestRuns) carries on.
const otherSetups = new WeakMap<Setup, Setup>();

/** The same setup trained the other way, as far in epochs as `epochs`: one epoch is m online steps, or one batch step. */
function otherState(setup: Setup, epochs: number): PageState {
  let other = otherSetups.get(setup);
  if (!other) {
    other = { ...setup, mode: setup.mode === 'online' ? 'batch' : 'online' };
    otherSetups.set(setup, other);
  }
  return { setup: other, steps: other.mode === 'online' ? epochs * setup.examples.length : epochs };
}

/** The same setup trained the other way, as far in epochs as the page's own run. */
const otherView = (page: PageStore, setup: Setup, epochs: number): View => viewFor(page, otherState(setup, epochs));

/** The other mode's run, which a long jump trains in slices beside the page's. */
export const runsFor = (_page: PageStore, { setup, steps }: PageState): PageState[] => [
  otherState(setup, setup.mode === 'online' ? Math.floor(steps / setup.examples.length) : steps),
];

function Column({ mode, view, setup, drives }: { mode: Mode; view: View; setup: Setup; drives: boolean }) {
  const q = view.quantities;
  const title = mode === 'online' ? `Online: ${setup.examples.length} steps per epoch` : 'Batch: one step per epoch';
  return (
    <section class="mode-column" aria-label={mode === 'online' ? 'Online' : 'Batch'}>
      <h3>{title}</h3>
      <p>
        epoch <Num quantity={`${mode}_epochs`} value={view.epochs} decimals={0} /> · error{' '}
        <Num quantity={`${mode}_E_total`} value={q.E_total} decimals={6} />
        {drives ? ' (the page’s mode)' : ''}
      </p>
      <ErrorPlot
        errors={view.errors}
        unit="epoch"
        label={`${mode === 'online' ? 'Online' : 'Batch'} error over ${view.errors.length - 1} epochs: from ${formatNumber(view.errors[0], 6)} to ${formatNumber(q.E_total, 6)}.`}
      />
      <ul class="mode-predictions">
        {setup.examples.map((example, e) => {
          const key = exampleKey(setup.examples, e);
          if (example.target.length > 1) {
            // One-hot targets: the probability the network gives the example's own class.
            const own = example.target.indexOf(Math.max(...example.target)) + 1;
            return (
              <li>
                ({example.input.join(', ')}) →{' '}
                <Num quantity={`${mode}_pred_${key}_${own}`} value={q[`pred_${key}_${own}`]} />{' '}
                <span class="muted">(for its class, {own})</span>
              </li>
            );
          }
          return (
            <li>
              ({example.input.join(', ')}) → <Num quantity={`${mode}_pred_${key}`} value={q[`pred_${key}`]} />{' '}
              <span class="muted">(target {formatNumber(example.target[0])})</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Online and batch training side by side from the same start, the same number of epochs in: errors and predictions. */
function OnlineVsBatch({ page }: Props) {
  const { current, view } = useView(page);
  const { setup } = current;
  const other = otherView(page, setup, view.epochs);
  const online = setup.mode === 'online' ? view : other;
  const batch = setup.mode === 'batch' ? view : other;
  return (
    <figure class="widget online-vs-batch">
      <div class="mode-columns">
        <Column mode="online" view={online} setup={setup} drives={setup.mode === 'online'} />
        <Column mode="batch" view={batch} setup={setup} drives={setup.mode === 'batch'} />
      </div>
    </figure>
  );
}

/** It moves the page past step 0 (or shows states after some steps): the page loads training for it (page.ts). */
export const trains = true;

export { OnlineVsBatch as View };
export default /* @__PURE__ */ island('online-vs-batch', OnlineVsBatch);
