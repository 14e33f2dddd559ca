import type { ComponentType } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { formatNumber } from '../lib/format.ts';
import { exampleKey, parametersOf, unitNames } from '../lib/notation.ts';
import type { View } from '../lib/views.ts';
import { island } from './island.tsx';
import { ErrorPlot } from './parts/ErrorPlot.tsx';
import { Num } from './parts/Num.tsx';
import { useView, viewFor, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** Below this error the run counts as done: the prediction matches the target to about six decimals. */
const CONVERGED = 1e-12;

/** Training: step, play/pause, reset, the error over steps (or epochs), the current weights and predictions. */
function TrainingPanel({ page }: Props) {
  const { current, view } = useView(page);
  const { definition } = page;
  const { setup } = current;
  const [playing, setPlaying] = useState(false);
  const speeds = [1, 10, 100, 1000, 10000].filter((s) => s <= Math.max(100, definition.maxSteps / 100));
  const [speed, setSpeed] = useState(1);
  const speedId = useId();
  // Time travel (show step, the parameters that move most, a divergence explained) loads once the run has steps.
  const [Travel, setTravel] = useState<ComponentType<Props>>();
  const travels = view.steps > 0 || view.diverged;
  useEffect(
    () => void (travels && import('./parts/TimeTravel.tsx').then((m) => setTravel(() => m.TimeTravel))),
    [travels],
  );
  const q = view.quantities;
  const many = setup.examples.length > 1;
  const total = many ? q.E_total : q.E;
  const finishedAt = (v: View) =>
    v.diverged || v.steps >= definition.maxSteps || (many ? v.quantities.E_total : v.quantities.E) < CONVERGED;
  const finished = finishedAt(view);
  // Buttons stay enabled (a disabled button would drop keyboard focus): past the cap or a divergence, a step does nothing.
  const advance = (count: number) => {
    if (viewFor(page).diverged || page.state.value.steps >= definition.maxSteps) return;
    page.state.value = { ...page.state.value, steps: Math.min(page.state.value.steps + count, definition.maxSteps) };
  };

  // While playing, every animation frame takes `speed` steps, until the run converges, diverges or hits the cap.
  useEffect(() => {
    if (!playing) return;
    let frame = requestAnimationFrame(function tick() {
      advance(speed);
      if (finishedAt(viewFor(page))) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed]);

  const unit = many && setup.mode === 'online' ? 'epoch' : 'step';
  // Why, and which setting or step to look at, is said by the time travel part, which loads with a divergence.
  const status = view.diverged
    ? view.steps === 0
      ? 'The error cannot be computed at the start.'
      : `The run diverged by step ${view.steps}.`
    : total < CONVERGED
      ? `Converged at ${unit} ${view.errors.findIndex((e) => e < CONVERGED)}: the prediction equals the target to six decimals.`
      : view.steps >= definition.maxSteps
        ? `Stopped at ${formatNumber(definition.maxSteps, 0)} steps, the most this page runs.`
        : '';
  const outputLayer = view.network.layers.length - 1;
  const outputs = view.network.layers[outputLayer].weights.map(
    (_row, k) => unitNames(definition.notation, outputLayer, k).output,
  );
  const parameters = parametersOf(definition.notation, view.network);

  return (
    <section class="widget training-panel" aria-label="Training">
      <div class="button-row">
        <button type="button" onClick={() => advance(1)}>
          Step
        </button>
        <button type="button" onClick={() => setPlaying(!playing && !finished)}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          onClick={() => {
            setPlaying(false);
            page.state.value = { ...page.state.value, steps: 0 };
          }}
        >
          Reset training
        </button>
        <label class="inline-field" for={speedId}>
          steps per frame
        </label>
        <select id={speedId} value={String(speed)} onChange={(event) => setSpeed(Number(event.currentTarget.value))}>
          {speeds.map((s) => (
            <option value={String(s)}>{s}</option>
          ))}
        </select>
      </div>
      <p class="training-counter">
        Step <Num quantity="steps" value={view.steps} decimals={0} />
        {many && setup.mode === 'online' && (
          <>
            {' '}
            (epoch <Num quantity="epochs" value={view.epochs} decimals={0} />)
          </>
        )}{' '}
        ·{' '}
        {many ? (
          <>
            training-set error E = <Num quantity="E_total" value={q.E_total} decimals={8} />
          </>
        ) : (
          <>
            error E = <Num quantity="E" value={q.E} decimals={8} />
          </>
        )}
        {!many && (
          <>
            {' '}
            · prediction{' '}
            {outputs.map((name, k) => (
              <>
                {k > 0 && ', '}
                <Num quantity={name} value={q[name]} decimals={6} />
              </>
            ))}
          </>
        )}
      </p>
      <ErrorPlot
        errors={view.errors}
        unit={unit}
        label={`Error over ${view.errors.length - 1} ${unit}s: from ${formatNumber(view.errors[0], 6)} to ${formatNumber(total, 8)}.`}
      />
      <p class="training-status" role="status">
        {status}
      </p>
      {Travel && <Travel page={page} />}
      {many && (
        <div class="table-scroll">
          <table class="example-table">
            <caption>Each example now</caption>
            <thead>
              <tr>
                <th scope="col">input</th>
                <th scope="col">target</th>
                <th scope="col">prediction</th>
                <th scope="col">error</th>
              </tr>
            </thead>
            <tbody>
              {setup.examples.map((example, e) => {
                const key = exampleKey(setup.examples, e);
                return (
                  <tr>
                    <th scope="row">({example.input.map((x) => formatNumber(x)).join(', ')})</th>
                    <td>{example.target.map((t) => formatNumber(t)).join(', ')}</td>
                    <td>
                      {example.target.length === 1 ? (
                        <Num quantity={`pred_${key}`} value={q[`pred_${key}`]} decimals={6} />
                      ) : (
                        example.target.map((_t, k) => (
                          <>
                            {k > 0 && ', '}
                            <Num quantity={`pred_${key}_${k + 1}`} value={q[`pred_${key}_${k + 1}`]} decimals={6} />
                          </>
                        ))
                      )}
                    </td>
                    <td>
                      <Num quantity={`E_${key}`} value={q[`E_${key}`]} decimals={6} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {parameters.length <= 16 && (
        <dl class="current-weights">
          {parameters.map((p) => (
            <div>
              <dt data-controls={p.name}>{p.label}</dt>
              <dd>
                <Num quantity={p.name} value={q[p.name]} decimals={6} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** It moves the page past step 0 (or shows states after some steps): the page loads training for it (page.ts). */
export const trains = true;

export { TrainingPanel as View };
export default /* @__PURE__ */ island('training-panel', TrainingPanel);
