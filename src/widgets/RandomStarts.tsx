import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { seededNetwork } from '../engine/index.ts';
import { formatNumber } from '../lib/format.ts';
import { BIN_EDGES, EXPERIMENT, histogram, type StartOutcome } from '../lib/random-starts.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { NumberField } from './parts/NumberField.tsx';
import type { ExperimentMessage, ExperimentRequest } from './random-starts.worker.ts';
import { setSetup, useView, type PageStore, useWidth } from '../page/store.ts';

type Props = { page: PageStore };
type Mode = 'online' | 'batch';

const COUNTS = [20, 50, 100, 200];
const BAR_WIDTH = 60;
const CHART_HEIGHT = 120;

/** The median of the epochs of starts that learnt, or NaN when none did. */
function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One mode's result: the share of starts that learnt, the median epochs, and a histogram of epochs needed. */
function Result({ mode, outcomes, total }: { mode: Mode; outcomes: StartOutcome[]; total: number }) {
  const epochs = outcomes.map((outcome) => outcome[mode]);
  const learnt = epochs.filter((e): e is number => e !== null);
  const counts = histogram(epochs);
  const most = Math.max(1, ...counts, outcomes.length - learnt.length);
  const bins = counts.map((count, k) => ({
    label: `${formatNumber(BIN_EDGES[k], 0)}–${formatNumber(BIN_EDGES[k + 1], 0)}`,
    count,
  }));
  bins.push({ label: 'not learnt', count: outcomes.length - learnt.length });
  const svg = useRef<SVGSVGElement>(null);
  // As wide as it is shown (12-px labels stay 12 px); a bin narrower than its label breaks it after the dash or space.
  const width = useWidth(svg) ?? bins.length * BAR_WIDTH;
  const bar = width / bins.length;
  const lines = (text: string) => (bar >= 66 ? [text] : text.split(/(?<=–)|\s/));
  const title = mode === 'online' ? 'Online' : 'Batch';
  const label = `${title}: epochs needed by ${outcomes.length} of ${total} starts. ${bins.map((b) => `${b.label}: ${b.count}`).join('; ')}.`;
  return (
    <section class="mode-column" aria-label={`${title} result`}>
      <h3>{title}</h3>
      <p>
        learnt: <Num quantity={`${mode}_learnt`} value={learnt.length} decimals={0} /> of{' '}
        {formatNumber(outcomes.length, 0)} (
        <Num
          quantity={`${mode}_learnt_share`}
          value={outcomes.length ? learnt.length / outcomes.length : 0}
          decimals={3}
        />
        ) · median <Num quantity={`${mode}_median_epochs`} value={median(learnt)} decimals={0} /> epochs
      </p>
      <svg
        ref={svg}
        class="start-histogram"
        viewBox={`0 0 ${width} ${CHART_HEIGHT + 48}`}
        role="img"
        aria-label={label}
      >
        {bins.map((bin, k) => {
          const height = (bin.count / most) * CHART_HEIGHT;
          return (
            <g class={k === bins.length - 1 ? 'bar bar-failed' : 'bar'}>
              <rect x={k * bar + 4} y={CHART_HEIGHT - height + 14} width={bar - 8} height={height} />
              <text x={k * bar + bar / 2} y={CHART_HEIGHT - height + 10}>
                {bin.count}
              </text>
              <text y={CHART_HEIGHT + 30} class="bar-label">
                {lines(bin.label).map((line, n) => (
                  <tspan x={k * bar + bar / 2} dy={n === 0 ? 0 : 14}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}

// The start picker lives in this module too: both widgets draw starts from seeds, and one chunk serves both.
/** Draws a new start like article 003's, nine integers from −4 … 4 without 0, from a seed; or goes back to the article's. */
export function StartPicker({ page }: Props) {
  return (
    <section class="widget start-picker" aria-label="Draw a start">
      <StartPickerFields page={page} />
    </section>
  );
}

/** The start picker's contents, which the browser mounts into the server's section on first use (StartsOnFirstUse.tsx). */
export function StartPickerFields({ page }: Props) {
  const { current } = useView(page);
  const spec = page.definition.controls.seededStart ?? { low: -4, high: 4 };
  const [seed, setSeed] = useState(current.setup.startSeed ?? 1);
  const draw = () =>
    setSetup(page, { startSeed: seed, network: seededNetwork(page.definition.defaults.network, spec, seed) });
  return (
    <>
      <div class="button-row">
        <NumberField
          label="seed"
          quantity="seed"
          value={seed}
          step={1}
          onChange={(value) => setSeed(Math.max(0, Math.trunc(value)))}
        />
        <button type="button" onClick={draw}>
          Draw the start for this seed
        </button>
        <button
          type="button"
          onClick={() => setSetup(page, { network: page.definition.defaults.network, startSeed: undefined })}
        >
          Back to the article’s start
        </button>
      </div>
      {current.setup.startSeed !== undefined && (
        <p class="field-hint">
          The weights are the start drawn from seed {current.setup.startSeed}; the link to this setup says seed=
          {current.setup.startSeed}.
        </p>
      )}
    </>
  );
}

/** How often a random start learns XOR: many seeded starts trained in a Web Worker, online and batch, with progress. */
function RandomStarts({ page }: Props) {
  return (
    <section class="widget random-starts" aria-label="Random starts">
      <RandomStartsFields page={page} />
    </section>
  );
}

/** The experiment's contents, which the browser mounts into the server's section on first use (StartsOnFirstUse.tsx). */
export function RandomStartsFields({ page }: Props) {
  const [count, setCount] = useState(200);
  const [first, setFirst] = useState(1);
  const [outcomes, setOutcomes] = useState<StartOutcome[]>([]);
  const [asked, setAsked] = useState(0);
  const [seconds, setSeconds] = useState(Number.NaN);
  const worker = useRef<Worker | null>(null);
  const countId = useId();
  const progressId = useId();
  const running = worker.current !== null && outcomes.length < asked;

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const start = () => {
    stop();
    const began = performance.now();
    const collected: StartOutcome[] = [];
    let flush = 0;
    const request: ExperimentRequest = {
      first,
      count,
      options: { ...EXPERIMENT, learningRate: page.state.value.setup.learningRate },
    };
    // Loaded here, never before: the worker's module is fetched only when a reader starts the experiment.
    const created = new Worker(new URL('./random-starts.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<ExperimentMessage>) => {
      if (event.data.kind === 'outcome') {
        collected.push(event.data.outcome);
        // At most one render per frame, however fast the worker answers.
        if (!flush)
          flush = requestAnimationFrame(() => {
            flush = 0;
            setOutcomes([...collected]);
          });
      } else {
        cancelAnimationFrame(flush);
        setOutcomes([...collected]);
        setSeconds((performance.now() - began) / 1000);
        stop();
        setAsked(count);
      }
    };
    worker.current = created;
    setOutcomes([]);
    setSeconds(Number.NaN);
    setAsked(count);
    created.postMessage(request);
  };

  const done = Number.isFinite(seconds);
  const learningRate = page.state.value.setup.learningRate;
  return (
    <>
      <div class="button-row">
        <label class="inline-field" for={countId}>
          number of starts
        </label>
        <select id={countId} value={String(count)} onChange={(event) => setCount(Number(event.currentTarget.value))}>
          {COUNTS.map((n) => (
            <option value={String(n)}>{n}</option>
          ))}
        </select>
        <NumberField
          label="first seed"
          quantity="first_seed"
          value={first}
          step={1}
          onChange={(value) => setFirst(Math.trunc(value))}
        />
        <button
          type="button"
          onClick={
            running
              ? () => {
                  stop();
                  setAsked(outcomes.length);
                }
              : start
          }
        >
          {running ? 'Stop' : 'Run the experiment'}
        </button>
      </div>
      <p class="field-hint">
        Seeds {first} to {first + count - 1}, learning rate {formatNumber(learningRate)}.
      </p>
      <div class="progress-row">
        <label for={progressId}>Starts trained</label>
        <progress id={progressId} max={Math.max(asked, 1)} value={outcomes.length}>
          {outcomes.length} of {asked}
        </progress>
        <span>
          <Num quantity="starts_done" value={outcomes.length} decimals={0} /> of {formatNumber(asked, 0)}
        </span>
      </div>
      <p role="status" class="training-status">
        {done ? (
          <>
            Done in <Num quantity="experiment_seconds" value={seconds} decimals={1} /> s.
          </>
        ) : running ? (
          'Training…'
        ) : (
          ''
        )}
      </p>
      {outcomes.length > 0 && (
        <div class="mode-columns">
          <Result mode="online" outcomes={outcomes} total={asked} />
          <Result mode="batch" outcomes={outcomes} total={asked} />
        </div>
      )}
    </>
  );
}

export default /* @__PURE__ */ island('random-starts', RandomStarts);
