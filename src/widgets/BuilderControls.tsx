// The network builder: its section and controls, as chapters place it (<BuilderControls example={…} />) and the server
// renders it. In the browser the section is mounted by NetworkBuilder.tsx, which loads these controls on first use.
import { useEffect, useId, useState } from 'preact/hooks';
import { setupProblem } from '../engine/index.ts';
import type { Setup } from '../examples/types.ts';
import { matrixKeys } from '../lib/url-matrix.ts';
import { ownEntry, type Reader } from '../lib/url-state.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { setSetup, useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** The shape of a network: inputs, then each layer's units. */
const shapeOf = (setup: Setup) => [
  setup.network.layers[0].weights[0].length,
  ...setup.network.layers.map((layer) => layer.weights.length),
];

/** A labelled select of `options` ([value, text] pairs). */
function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | number;
  options: [string | number, string | number][];
  onChange: (value: string) => boolean | void;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        onChange={(event) =>
          onChange(event.currentTarget.value) === false && (event.currentTarget.value = String(value))
        }
      >
        {options.map(([v, text]) => (
          <option value={String(v)}>{text}</option>
        ))}
      </select>
    </div>
  );
}

/** Whole numbers from `from` to `to`, as options. */
const counts = (from: number, to: number): [number, number][] =>
  Array.from({ length: to - from + 1 }, (_x, k) => [from + k, from + k]);

/** The builder's controls (inside its section): how many layers, how many units in each, biases, and the data set; the network is rebuilt to fit. */
export function BuilderControls({
  page,
  at,
}: Props & { /** The setup to show instead of the state's (the one the server's HTML shows). */ at?: Setup }) {
  const { current } = useView(page);
  const setup = at ?? current.setup;
  const { controls } = page.definition;
  const limits = controls.shape ?? { maxLayers: 6, maxUnits: 8 };
  const shape = shapeOf(setup);
  const biases = setup.network.layers.every((layer) => layer.biases !== null);
  const biasesId = useId();
  // The same rules as a link with these keys: a new shape is drawn from seed 1, the data set resizes the ends. A
  // network that does not go with the loss (softmax of one output, targets the loss cannot take) is refused, with why.
  const [refused, setRefused] = useState<string | null>(null);
  useEffect(() => setRefused(null), [setup]);
  // A new data set keeps the hidden layers and lets the set fit the ends (and its output, three classes a softmax).
  // Each choice starts from the state as it is now, not as last rendered: two quick choices both count.
  const rebuild = (keys: Record<string, string>): boolean => {
    const now = page.state.value.setup;
    const params = new URLSearchParams(
      keys.data
        ? keys
        : {
            shape: shapeOf(now).join('-'),
            act: now.network.layers.map((l) => l.activation).join(','),
            biases: now.network.layers.every((layer) => layer.biases !== null) ? 'on' : 'off',
            ...keys,
          },
    );
    // A generated set's points are drawn by the data keys' code (url-data.ts), loaded with the first such choice.
    if (
      keys.data &&
      ownEntry(page.definition.controls.dataSets, keys.data)?.draw &&
      !page.urlKeys?.structure.includes('points')
    ) {
      void import('../lib/url-data.ts').then(({ withDataKeys }) => {
        page.urlKeys = withDataKeys(page.urlKeys ?? matrixKeys);
        rebuild(keys);
      });
      return true;
    }
    const r: Reader = { setup: now, notices: [] };
    (page.urlKeys ?? matrixKeys).readStructure(page.definition, params, r);
    const problem = setupProblem(r.setup.network, r.setup.loss, r.setup.examples);
    setRefused(
      problem === null
        ? null
        : `${problem} The network is unchanged: choose another output activation or loss in the setup first.`,
    );
    if (problem === null) setSetup(page, r.setup);
    return problem === null;
  };
  const hidden = shape.slice(1, -1);
  const setLayers = (count: number) => {
    const sizes = shapeOf(page.state.value.setup);
    const inner = sizes.slice(1, -1);
    const layers = Array.from({ length: count - 1 }, (_x, l) => inner[l] ?? inner.at(-1) ?? 3);
    return rebuild({ shape: [sizes[0], ...layers, sizes.at(-1)].join('-') });
  };
  const setUnits = (l: number, n: number) =>
    rebuild({
      shape: shapeOf(page.state.value.setup)
        .map((size, k) => (k === l + 1 ? n : size))
        .join('-'),
    });

  return (
    <>
      <div class="field-row">
        {controls.dataSets && (
          <Choice
            label="data set"
            value={setup.dataSet ?? ''}
            options={Object.entries(controls.dataSets).map(([name, set]) => [name, set.label])}
            onChange={(data) => rebuild({ data })}
          />
        )}
        <Choice
          label="weight layers"
          value={shape.length - 1}
          options={counts(1, limits.maxLayers)}
          onChange={(n) => setLayers(Number(n))}
        />
        {hidden.map((n, l) => (
          <Choice
            label={`units in layer ${l + 1}`}
            value={n}
            options={counts(1, limits.maxUnits)}
            onChange={(units) => setUnits(l, Number(units))}
          />
        ))}
        <Choice
          label="start"
          value={setup.init ?? 'xavier'}
          options={[
            ['xavier', 'seeded Xavier (seed 1)'],
            ['zeros', 'zeros'],
          ]}
          onChange={(init) => rebuild({ init })}
        />
        <div class="check-field">
          <input
            id={biasesId}
            type="checkbox"
            checked={biases}
            onChange={(event) =>
              rebuild({ biases: event.currentTarget.checked ? 'on' : 'off' }) || (event.currentTarget.checked = biases)
            }
          />
          <label for={biasesId}>biases</label>
        </div>
      </div>
      <p class="field-hint">
        Shape {shape.join('-')}: {shape[0]} input{shape[0] === 1 ? '' : 's'}, {hidden.length} hidden layer
        {hidden.length === 1 ? '' : 's'}, {shape.at(-1)} output{shape.at(-1) === 1 ? '' : 's'}. Start:{' '}
        {setup.init ? (
          'all 0'
        ) : (
          <>
            weights uniform in{' '}
            {shape.slice(1).map((n, l) => (
              <>
                ±<Num quantity={`init_range_${l + 1}`} value={Math.sqrt(6 / (shape[l] + n))} />{' '}
              </>
            ))}
            by layer (Xavier's range, seed 1), biases 0
          </>
        )}
        .
      </p>
      <p class="field-error" role="status" data-refused hidden={!refused}>
        {refused}
      </p>
    </>
  );
}

/** The section with its controls, as the server renders it. */
function NetworkBuilderSection({ page }: Props) {
  return (
    <section class="widget network-builder" aria-label="Build a network">
      <BuilderControls page={page} />
    </section>
  );
}

export default /* @__PURE__ */ island('network-builder', NetworkBuilderSection);
