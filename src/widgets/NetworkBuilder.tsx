import { useId } from 'preact/hooks';
import type { Setup } from '../examples/types.ts';
import { matrixKeys } from '../lib/url-matrix.ts';
import type { Reader } from '../lib/url-state.ts';
import { island } from './island.tsx';
import { setSetup, useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** The shape of a network: inputs, then each layer's units. */
const shapeOf = (setup: Setup) => [setup.network.layers[0].weights[0].length, ...setup.network.layers.map((layer) => layer.weights.length)];

/** A labelled select of whole numbers from `from` to `to`. */
function Count({ label, value, from, to, onChange }: { label: string; value: number; from: number; to: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {Array.from({ length: to - from + 1 }, (_x, k) => <option value={from + k}>{from + k}</option>)}
      </select>
    </div>
  );
}

/** The builder: how many layers, how many units in each, biases, and the data set; the network is rebuilt to fit. */
function NetworkBuilder({ page }: Props) {
  const { current } = useView(page);
  const { setup } = current;
  const { controls } = page.definition;
  const limits = controls.shape ?? { maxLayers: 6, maxUnits: 8 };
  const shape = shapeOf(setup);
  const biases = setup.network.layers.every((layer) => layer.biases !== null);
  const biasesId = useId();
  const dataId = useId();
  // The same rules as a link with these keys: a new shape is drawn from seed 1, the data set resizes the ends.
  const rebuild = (keys: Record<string, string>) => {
    const params = new URLSearchParams({ shape: shape.join('-'), act: setup.network.layers.map((l) => l.activation).join(','), biases: biases ? 'on' : 'off', ...keys });
    const r: Reader = { setup, notices: [] };
    matrixKeys.readStructure(page.definition, params, r);
    setSetup(page, r.setup);
  };
  const hidden = shape.slice(1, -1);
  const setLayers = (count: number) => {
    const sizes = Array.from({ length: count - 1 }, (_x, l) => hidden[l] ?? hidden.at(-1) ?? 3);
    rebuild({ shape: [shape[0], ...sizes, shape.at(-1)].join('-') });
  };
  const setUnits = (l: number, n: number) => rebuild({ shape: shape.map((size, k) => (k === l + 1 ? n : size)).join('-') });

  return (
    <section class="widget network-builder" aria-label="Build a network">
      <div class="field-row">
        {controls.dataSets && (
          <div class="field">
            <label for={dataId}>data set</label>
            <select id={dataId} value={setup.dataSet} onChange={(event) => rebuild({ data: event.currentTarget.value })}>
              {Object.entries(controls.dataSets).map(([name, set]) => <option value={name}>{set.label}</option>)}
            </select>
          </div>
        )}
        <Count label="weight layers" value={shape.length - 1} from={1} to={limits.maxLayers} onChange={setLayers} />
        {hidden.map((n, l) => (
          <Count label={`units in layer ${l + 1}`} value={n} from={1} to={limits.maxUnits} onChange={(units) => setUnits(l, units)} />
        ))}
        <div class="check-field">
          <input id={biasesId} type="checkbox" checked={biases} onChange={(event) => rebuild({ biases: event.currentTarget.checked ? 'on' : 'off' })} />
          <label for={biasesId}>biases</label>
        </div>
      </div>
      <p class="field-hint">
        Shape {shape.join('-')}: {shape[0]} input{shape[0] === 1 ? '' : 's'}, {hidden.length} hidden layer{hidden.length === 1 ? '' : 's'}, {shape.at(-1)} output{shape.at(-1) === 1 ? '' : 's'}.
        A new shape starts from weights drawn with seed 1; activations, loss and learning rate are in the setup below.
      </p>
    </section>
  );
}

export { NetworkBuilder as View };
export default /* @__PURE__ */ island('network-builder', NetworkBuilder);
