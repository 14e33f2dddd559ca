// How many epochs the same starts need to learn XOR under each loss the example compares: the page's own start and
// a few seeded ones, in the page's mode at its learning rate. The training runs in the random-starts Web Worker,
// fetched when the reader first asks for it; from then on the table is measured again after every change of the setup.
import { useEffect, useState } from 'preact/hooks';
import { seededNetwork, type LossName, type Network } from '../../engine/index.ts';
import type { PageState } from '../../examples/types.ts';
import { formatNumber } from '../../lib/format.ts';
import { lossName, lossTags } from '../../lib/notation.ts';
import { EXPERIMENT } from '../../lib/random-starts.ts';
import { island } from '../island.tsx';
import type { ExperimentMessage, StartsRequest } from '../random-starts.worker.ts';
import { useView, type PageStore } from '../../page/store.ts';
import { Num } from './Num.tsx';
import { NumberField } from './NumberField.tsx';

type Props = { page: PageStore };

/** How many seeded starts the table measures besides the page's own. */
const SEEDS = 5;
/** Quiet time after the last change before the table is measured again, in ms. */
const SETTLE = 250;

/** A row of the table: its label, its quantity stem and its start. */
type Row = { label: string; key: string; start: Network };

/** The page's start, then the starts drawn from seeds first … first + SEEDS − 1. */
function rowsOf(page: PageStore, { setup }: PageState, first: number): Row[] {
  const { definition } = page;
  const same = (a: Network, b: Network) => JSON.stringify(a) === JSON.stringify(b);
  const preset = definition.presets.find(
    (p) => same(p.setup.network, setup.network) && p.setup.startSeed === setup.startSeed,
  );
  const which = setup.startSeed !== undefined ? `seed ${setup.startSeed}` : preset ? preset.label : 'edited';
  const spec = definition.controls.seededStart ?? { low: -4, high: 4 };
  const seeded = Array.from({ length: SEEDS }, (_, k) => first + k).map((seed) => ({
    label: `seed ${seed}`,
    key: `seed_${seed}`,
    start: seededNetwork(definition.defaults.network, spec, seed),
  }));
  return [{ label: `the page’s start (${which})`, key: 'start', start: setup.network }, ...seeded];
}

/** Epochs to learn, by row and loss: a number, null (not within the limit), or undefined while being measured. */
type Results = Record<string, number | null | undefined>;

function Cell({ quantity, epochs }: { quantity: string; epochs: number | null | undefined }) {
  if (epochs === undefined) return <span data-outcome="pending">…</span>;
  if (epochs === null)
    return (
      <span data-outcome="stuck" data-quantity={quantity}>
        not learnt
      </span>
    );
  return (
    <span data-outcome="learnt">
      <Num quantity={quantity} value={epochs} decimals={0} />
    </span>
  );
}

/** The same starts trained under each compared loss: the epochs each needs until every prediction is within 0.1 of its target. */
function StepsToLearn({ page }: Props) {
  const { current } = useView(page);
  const { setup } = current;
  const losses: LossName[] = page.definition.comparedLosses ?? [setup.loss];
  const [first, setFirst] = useState(1);
  const [asked, setAsked] = useState(false);
  const [results, setResults] = useState<Results>({});
  const rows = rowsOf(page, current, first);

  useEffect(() => {
    if (!asked) return;
    setResults({});
    let worker: Worker | null = null;
    const timer = setTimeout(() => {
      const request: StartsRequest = {
        starts: rows.map((row) => row.start),
        mode: setup.mode,
        losses,
        options: { ...EXPERIMENT, learningRate: setup.learningRate },
      };
      const collected: Results = {};
      worker = new Worker(new URL('../random-starts.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<ExperimentMessage>) => {
        const message = event.data;
        if (message.kind === 'epochs')
          collected[`${rows[message.start].key}_${lossTags[message.loss]}`] = message.epochs;
        setResults({ ...collected });
      };
      worker.postMessage(request);
    }, SETTLE);
    return () => {
      clearTimeout(timer);
      worker?.terminate();
    };
  }, [asked, setup.network, setup.mode, setup.learningRate, first]);

  const measured = rows.every((row) => losses.every((loss) => results[`${row.key}_${lossTags[loss]}`] !== undefined));
  const unit = setup.mode === 'online' ? `${formatNumber(setup.examples.length, 0)} online steps` : 'one batch step';
  return (
    <figure class="widget steps-to-learn" aria-label="Epochs to learn XOR">
      <div class="button-row">
        <NumberField
          label="first seed in the table"
          quantity="table_first_seed"
          value={first}
          step={1}
          onChange={(value) => setFirst(Math.max(0, Math.trunc(value)))}
        />
        {!asked && (
          <button type="button" onClick={() => setAsked(true)}>
            Measure these starts
          </button>
        )}
      </div>
      <div class="table-scroll">
        <table class="stack-narrow">
          <caption>
            Epochs until every prediction is within {formatNumber(EXPERIMENT.tolerance)} of its target ({setup.mode},
            one epoch is {unit}; learning rate {formatNumber(setup.learningRate)}; looked at every{' '}
            {formatNumber(EXPERIMENT.checkEvery, 0)} epochs, at most {formatNumber(EXPERIMENT.maxEpochs, 0)})
          </caption>
          <thead>
            <tr>
              <th scope="col">start</th>
              {losses.map((loss) => (
                <th scope="col">{lossName(loss)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr data-row={row.key}>
                <th scope="row" data-label="start">
                  {row.label}
                </th>
                {losses.map((loss) => (
                  <td data-label={lossName(loss)} data-loss={loss}>
                    <Cell
                      quantity={`epochs_${row.key}_${lossTags[loss]}`}
                      epochs={results[`${row.key}_${lossTags[loss]}`]}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p role="status" class="training-status">
        {!asked
          ? 'Not measured yet: the starts train in your browser when you ask, then again after every change of the setup.'
          : measured
            ? 'Measured.'
            : 'Training the starts…'}
      </p>
    </figure>
  );
}

export { StepsToLearn as View };
export default /* @__PURE__ */ island('steps-to-learn', StepsToLearn);
