import '../widgets.css';
import { useEffect, useId, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/format.ts';
import { MAX_STEPS, WEIGHT_NAMES, type WorkedView } from '../../lib/worked-example.ts';
import { ErrorPlot } from '../shared/ErrorPlot.tsx';
import { Num } from '../shared/Num.tsx';
import { useWorkedView, viewFor, type WorkedStore } from './state.ts';

type Props = { state: WorkedStore };

/** Below this error the run counts as done: the prediction matches the target to about six decimals. */
const CONVERGED = 1e-12;
const SPEEDS = [1, 10, 100] as const;

/** Training on the single example: step, play/pause, reset, the error over steps and the current weights. */
export default function TrainingPanel({ state }: Props) {
  const { view } = useWorkedView(state);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const speedId = useId();
  const q = view.quantities;
  const finishedAt = (v: WorkedView) => v.diverged || v.steps >= MAX_STEPS || v.quantities.E < CONVERGED;
  const finished = finishedAt(view);
  // Buttons stay enabled (a disabled button would drop keyboard focus): past the cap or a divergence, a step does nothing.
  const advance = (count: number) => {
    if (viewFor(state.value).diverged || state.value.steps >= MAX_STEPS) return;
    state.value = { ...state.value, steps: Math.min(state.value.steps + count, MAX_STEPS) };
  };

  // While playing, every animation frame takes `speed` steps, until the run converges, diverges or hits the cap.
  useEffect(() => {
    if (!playing) return;
    let frame = requestAnimationFrame(function tick() {
      advance(speed);
      if (finishedAt(viewFor(state.value))) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed]);

  const status = view.diverged
    ? `The run diverged by step ${view.steps}: the error grew beyond what a number can hold. Try a smaller learning rate.`
    : q.E < CONVERGED
      ? `Converged at step ${view.errors.findIndex((e) => e < CONVERGED)}: the prediction equals the target to six decimals.`
      : view.steps >= MAX_STEPS
        ? `Stopped at ${MAX_STEPS} steps, the most this page runs.`
        : '';

  return (
    <section class="widget training-panel" aria-label="Training">
      <div class="button-row">
        <button type="button" onClick={() => advance(1)}>Step</button>
        <button type="button" onClick={() => setPlaying(!playing && !finished)}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => { setPlaying(false); state.value = { ...state.value, steps: 0 }; }}>
          Reset training
        </button>
        <label class="inline-field" for={speedId}>steps per frame</label>
        <select
          id={speedId}
          value={speed}
          onChange={(event) => setSpeed(Number(event.currentTarget.value) as (typeof SPEEDS)[number])}
        >
          {SPEEDS.map((s) => <option value={s}>{s}</option>)}
        </select>
      </div>
      <p class="training-counter">
        Step <Num quantity="steps" value={view.steps} decimals={0} /> · error E = <Num quantity="E" value={q.E} decimals={8} /> ·
        prediction <Num quantity="o1" value={q.o1} decimals={6} />
      </p>
      <ErrorPlot
        errors={view.errors}
        label={`Error over ${view.steps} steps: from ${formatNumber(view.errors[0], 6)} to ${formatNumber(q.E, 8)}.`}
      />
      <p class="training-status" role="status">{status}</p>
      <dl class="current-weights">
        {WEIGHT_NAMES.map((name) => (
          <div>
            <dt data-controls={name}>{name}</dt>
            <dd><Num quantity={name} value={q[name]} decimals={6} /></dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
