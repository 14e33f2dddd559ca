// Time travel through a training run (the training panel loads it once a run has steps): training is deterministic,
// so the run is kept as checkpoints (src/lib/checkpoints.ts, bounded) and any step up to the furthest one reached is
// recomputed from the checkpoint below it. "show step" sets the page's steps, so every number on the page, and the
// address, are that step's. The parameters that change most on the next step are named and marked; a run that left
// the safe range is explained (src/lib/divergence.ts), with a way back to its last good step.
import { useEffect, useId, useState } from 'preact/hooks';
import type { Network } from '../../engine/index.ts';
import type { Setup } from '../../examples/types.ts';
import { networkAt, startCheckpoints, type Checkpoints } from '../../lib/checkpoints.ts';
import { divergenceText, explainDivergence, sizesOf, unsafeIn, type Divergence } from '../../lib/divergence.ts';
import { TOO_LARGE, formatNumber, parseWholeNumber } from '../../lib/format.ts';
import { largestSetting } from '../../lib/out-of-range.ts';
import { parametersOf, valueAt } from '../../lib/notation.ts';
import { runTo, viewOf } from '../../lib/runs.ts';
import type { Run } from '../../lib/views.ts';
import { useView, type PageStore } from '../../page/store.ts';
import { Num } from './Num.tsx';

/** A kept run of one setup: the furthest step reached, the losses up to it, its checkpoints and, once asked, its divergence. */
type Kept = {
  reached: number;
  losses: Float64Array;
  checkpoints: Checkpoints;
  divergence?: { at: number; found: Divergence | null };
};

/** How many of the parameters that change most on the next step are named and marked. */
const MARKED = 3;
/**
 * How long a step must stay on show before its next step's changes are worked out and marked, and the run's numbers
 * checked for the safe range: a playing run shows a new step every frame, and both take a pass over the training set
 * (a diverged run is said at once).
 */
const SETTLE_MS = 150;

/** The kept runs, by setup (a cache beside the store's: dropped with the setup). */
const keptRuns = new WeakMap<Setup, Kept>();

/** The kept run of a setup, brought up to the run the page shows (the furthest reached is kept). */
function keptRun(run: Run): Kept {
  let kept = keptRuns.get(run.setup);
  if (!kept)
    keptRuns.set(
      run.setup,
      (kept = { reached: 0, losses: run.losses, checkpoints: startCheckpoints(run.setup.network) }),
    );
  if (run.steps >= kept.reached) Object.assign(kept, { reached: run.steps, losses: run.losses });
  return kept;
}

/** The run at `steps`, from the kept checkpoints (the same numbers as training from the start). */
function runAt(store: PageStore, kept: Kept, setup: Setup, steps: number): Run {
  const from = (network: Network, done: number): Run => ({
    setup,
    network,
    steps: done,
    losses: kept.losses,
    diverged: false,
  });
  const advance = (network: Network, done: number, count: number) =>
    runTo(store.definition, setup, done + count, from(network, done), store.fastTrain).network;
  return from(networkAt(kept.checkpoints, steps, advance), steps);
}

/** Shows step `steps` of the kept run: its view is computed from the checkpoints and handed to the store, then the state moves. */
function showStep(store: PageStore, kept: Kept, steps: number): void {
  const { setup } = store.state.value;
  const state = { setup, steps };
  const view = viewOf(store.definition, state, runAt(store, kept, setup, steps), store.fastTrain);
  store.views.set(state, view);
  store.latestRuns.set(setup, view.run);
  store.state.value = state;
}

/** The parameters whose values change most from the network at step k to the one at k + 1, largest first. */
function changedMost(store: PageStore, now: Network, next: Network) {
  return parametersOf(store.definition.notation, now)
    .map((p) => ({ p, change: valueAt(next, p.slots[0]) - valueAt(now, p.slots[0]) }))
    .filter(({ change }) => change !== 0 && Number.isFinite(change))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, MARKED);
}

/** Where the kept run first left the safe range (null: it never did); once found, it stays: a longer run has the same start. */
function divergenceOf(store: PageStore, kept: Kept, setup: Setup): Divergence | null {
  if (kept.divergence && (kept.divergence.found || kept.divergence.at === kept.reached)) return kept.divergence.found;
  const at = (step: number) => runAt(store, kept, setup, step).network;
  const next = (network: Network, step: number) =>
    runTo(
      store.definition,
      setup,
      step + 1,
      { setup, network, steps: step, losses: kept.losses, diverged: false },
      store.fastTrain,
    ).network;
  at(kept.reached);
  const probes = kept.checkpoints.networks.map((_n, i) => i * kept.checkpoints.every);
  const found = explainDivergence(setup, kept.reached, probes, at, next);
  kept.divergence = { at: kept.reached, found };
  return found;
}

/** The hidden layers whose units all have the same weights and bias (a symmetric start keeps them so): [layer from 1, units]. */
function identicalLayers(network: Network): [number, number][] {
  return network.layers.slice(0, -1).flatMap((layer, l): [number, number][] => {
    const rows = layer.weights.map((row, j) => [...row, layer.biases?.[j]].join());
    return rows.length > 1 && rows.every((row) => row === rows[0]) ? [[l + 1, rows.length]] : [];
  });
}

/** Why the error cannot be computed before any step: the setting out of range, or an overflowing forward pass. */
function startOutOfRange(store: PageStore, setup: Setup): string {
  const { name, value } = largestSetting(store.definition, setup);
  if (Math.abs(value) > TOO_LARGE || !Number.isFinite(value))
    return `${name} = ${formatNumber(value)} is out of range (its square overflows). Use values below 10¹⁵⁰.`;
  return 'The forward pass overflows. Use smaller weights or inputs.';
}

/** The "show step" control, the parameters that move most on the next step, and a blown-up run explained. */
export function TimeTravel({ page }: { page: PageStore }) {
  const { current, view } = useView(page);
  const { setup } = current;
  const kept = keptRun(view.run);
  const id = useId();
  const [text, setText] = useState(String(view.steps));
  useEffect(() => setText(String(view.steps)), [view.steps]);
  const typed = parseWholeNumber(text, 0, kept.reached);
  const go = (raw: string) => {
    setText(raw);
    const step = parseWholeNumber(raw, 0, kept.reached);
    if (step !== null && step !== view.steps) showStep(page, kept, step);
  };

  const [settled, setSettled] = useState(current);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(current), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [current]);
  const still = settled === current;
  const canStep = still && !view.diverged && view.steps < page.definition.maxSteps;
  const next = canStep ? runTo(page.definition, setup, view.steps + 1, view.run, page.fastTrain) : null;
  const moved = next && !next.diverged ? changedMost(page, view.network, next.network) : [];
  const unsafe = view.diverged || kept.divergence?.found || (still && unsafeIn(sizesOf(setup, view.network)) !== null);
  const atStart = view.diverged && view.steps === 0;
  const divergence = unsafe && !atStart ? divergenceOf(page, kept, setup) : null;

  // The marks: every number of a parameter that moves most, and the field that sets it, carry data-moved-most (its name).
  useEffect(() => {
    document.querySelectorAll('[data-moved-most]').forEach((element) => element.removeAttribute('data-moved-most'));
    for (const { p } of moved) {
      document.querySelectorAll(`[data-quantity="${p.name}"], [data-controls="${p.name}"]`).forEach((element) => {
        (element.matches('input, select') ? element.parentElement! : element).setAttribute('data-moved-most', p.name);
      });
    }
  });
  useEffect(
    () => () =>
      document.querySelectorAll('[data-moved-most]').forEach((element) => element.removeAttribute('data-moved-most')),
    [],
  );

  const twins = identicalLayers(view.network);
  if (atStart) return <p class="divergence">{startOutOfRange(page, setup)}</p>;
  if (kept.reached === 0) return null;
  return (
    <div class="time-travel">
      <div class="field-row">
        <div class="field">
          <label for={id}>show step</label>
          <input
            id={id}
            type="range"
            min={0}
            max={kept.reached}
            step={1}
            value={view.steps}
            onInput={(event) => go(event.currentTarget.value)}
          />
        </div>
        <div class={typed === null ? 'field field-invalid' : 'field'}>
          <label for={`${id}-n`}>show step</label>
          <input
            id={`${id}-n`}
            type="number"
            inputMode="numeric"
            min={0}
            max={kept.reached}
            step={1}
            value={text}
            aria-invalid={typed === null}
            aria-describedby={typed === null ? `${id}-e` : undefined}
            onInput={(event) => go(event.currentTarget.value)}
          />
          {typed === null && (
            <p class="field-error" id={`${id}-e`}>
              A whole number from 0 to {kept.reached}: still showing step {view.steps}.
            </p>
          )}
        </div>
      </div>
      <p class="field-hint">
        The run is kept up to step {kept.reached} (at most {kept.checkpoints.cap} networks, every{' '}
        {kept.checkpoints.every} step{kept.checkpoints.every === 1 ? '' : 's'}; a step between them is trained again
        from the one below it).
      </p>
      <p class="moved-most" data-moved-from={still ? view.steps : undefined}>
        {!still ? (
          `Step ${view.steps}: the parameters that change most on the next step are marked once the run stops here.`
        ) : moved.length === 0 ? (
          next ? (
            `From step ${view.steps} to step ${view.steps + 1} no parameter changes.`
          ) : (
            `Step ${view.steps} is the last this run reaches.`
          )
        ) : (
          <>
            From step {view.steps} to step {view.steps + 1} the parameter
            {moved.length === 1 ? ' that changes' : 's that change'} most (marked ▲ on the page):{' '}
            {moved.map(({ p, change }, k) => (
              <>
                {k > 0 && (k === moved.length - 1 ? ' and ' : ', ')}
                <span data-moved-name={p.name}>{p.label}</span> by{' '}
                <Num quantity={`moved_${p.name}`} value={change} decimals={6} />
              </>
            ))}
            .
          </>
        )}
      </p>
      {twins.length > 0 && (
        <p class="symmetric-units" data-identical-layers={twins.map(([l]) => l).join(',')}>
          After {view.steps} step{view.steps === 1 ? '' : 's'},{' '}
          {twins.map(([l, n], k) => `${k > 0 ? ' and ' : ''}the ${n} units of layer ${l}`).join('')} still have
          identical weights and biases: each of {twins.length === 1 ? 'that layer' : 'those layers'} computes as one
          unit, however many it has. Every unit of a layer that starts equal gets the same delta, so the same update, at
          every step; a random start breaks the tie.
        </p>
      )}
      {divergence && (
        <div class="divergence" role="note">
          <p>{divergenceText(divergence, setup)}</p>
          {divergence.step > 0 && (
            <button type="button" onClick={() => showStep(page, kept, divergence.lastGood)}>
              Show the last good step ({divergence.lastGood})
            </button>
          )}
        </div>
      )}
    </div>
  );
}
