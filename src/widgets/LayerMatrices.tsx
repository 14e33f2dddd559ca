import { useEffect, useState } from 'preact/hooks';
import { backward, batchScale, forward, type Gradients } from '../engine/index.ts';
import { formatNumber } from '../lib/format.ts';
import { numericStepGradients, relativeDifference } from '../lib/finite-differences.ts';
import { unitNames } from '../lib/notation.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** How long the state must stay unchanged before the finite-difference check runs. */
const SETTLE_MS = 150;
type Q = Record<string, number>;

/** In batch mode, each example's deltas and what their sum is divided by (1: a sum; m: a mean). */
type Batch = { deltas: number[][][]; divisor: number };

/** One layer's column vectors z, a and δ, and its gradients ∂E/∂W = δ·aᵀ and ∂E/∂b = δ (in batch mode summed over the examples, the sum written out), each with its finite-difference check. */
function Layer({
  l,
  q,
  numeric,
  units,
  inputs,
  biases,
  batch,
}: {
  l: number;
  q: Q;
  numeric: Gradients | null;
  units: number;
  inputs: number;
  biases: boolean;
  batch: Batch | null;
}) {
  const L = l + 1;
  const rows = Array.from({ length: units }, (_u, j) => j);
  const check = (name: string, value: number | undefined) =>
    numeric &&
    value !== undefined && (
      <span class="fd-check">
        <Num quantity={`relerr_${name}`} value={relativeDifference(q[`grad_${name}`], value)} decimals={2} />
      </span>
    );
  const sum = batch && `${batch.divisor > 1 ? `(1/${batch.divisor}) ` : ''}Σₙ `;
  // The batch bias gradient as the sum it is, "= −0.0173 − 0.0412 + …": one term per example's delta.
  const terms = (j: number) =>
    batch && (
      <span class="batch-sum" data-sum-of={`grad_b${L}_${j + 1}`}>
        = {batch.divisor > 1 && `(1/${batch.divisor}) × `}
        {batch.deltas
          .map(
            (deltas, n) =>
              (n ? (deltas[l][j] < 0 ? ' − ' : ' + ') : '') + formatNumber(n ? Math.abs(deltas[l][j]) : deltas[l][j]),
          )
          .join('')}
      </span>
    );
  return (
    <table class="layer-table stack-narrow">
      <caption>
        Layer {L}: weighted sums z{L}, outputs a{L}, deltas δ{L} and gradients
      </caption>
      <thead>
        <tr>
          <th scope="col">unit</th>
          <th scope="col">z{L}</th>
          <th scope="col">a{L}</th>
          <th scope="col">δ{L}</th>
          {Array.from({ length: inputs }, (_x, i) => (
            <th scope="col">
              ∂E/∂W{L}[·,{i + 1}]{sum && ` = ${sum}δ${L}⁽ⁿ⁾ a${L - 1}[${i + 1}]⁽ⁿ⁾`}
            </th>
          ))}
          {biases && (
            <th scope="col">
              ∂E/∂b{L}
              {sum && ` = ${sum}δ${L}⁽ⁿ⁾`}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((j) => {
          const names = unitNames({ kind: 'matrix' }, l, j);
          return (
            <tr>
              <th scope="row">{j + 1}</th>
              <td data-label={`z${L}`}>
                <Num quantity={names.sum} value={q[names.sum]} />
              </td>
              <td data-label={`a${L}`}>
                <Num quantity={names.output} value={q[names.output]} />
              </td>
              <td data-label={`δ${L}`}>
                <Num quantity={names.delta} value={q[names.delta]} />
              </td>
              {Array.from({ length: inputs }, (_x, i) => {
                const name = `W${L}_${j + 1}_${i + 1}`;
                return (
                  <td data-label={`∂E/∂W${L}[·,${i + 1}]`}>
                    <Num quantity={`grad_${name}`} value={q[`grad_${name}`]} />
                    {check(name, numeric?.layers[l].weights[j][i])}
                  </td>
                );
              })}
              {biases && (
                <td data-label={`∂E/∂b${L}`}>
                  <Num quantity={`grad_b${L}_${j + 1}`} value={q[`grad_b${L}_${j + 1}`]} />
                  {terms(j)}
                  {check(`b${L}_${j + 1}`, numeric?.layers[l].biases?.[j])}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every layer's z, a, δ and gradient matrices, live, with a finite-difference check beside each gradient. */
function LayerMatrices({ page }: Props) {
  const { current, view } = useView(page);
  const [checking, setChecking] = useState(true);
  const layers = view.network.layers;
  // Small networks show every layer; larger ones start with the output layer open. A closed layer's table is drawn
  // once it is opened (the server draws every table, for a reader without JavaScript): six layers of eight units are
  // some 600 numbers, and redrawing them on every frame of a training run held the builder well under 60 frames a second.
  const small = layers.length <= 3 && layers.every((layer) => layer.weights.length <= 4);
  const [opened, setOpened] = useState<Record<number, boolean>>({});
  const isOpen = (l: number) => opened[l] ?? (small || l === layers.length - 1);
  const open = layers.map((_layer, l) => l).filter((l) => import.meta.env.SSR || isOpen(l));
  const shown = open.join();
  // The check costs two forward passes per parameter and example: it runs once the state has settled (not on
  // every frame of a training run, nor on every keystroke), for the open layers, and shows for that state only.
  // The server writes the check into the HTML: a page opened without a query shows it before this widget's code loads.
  type Checked = { state: typeof current; shown: string; numeric: Gradients };
  const [checked, setChecked] = useState<Checked | null>(() =>
    import.meta.env.SSR
      ? { state: current, shown, numeric: numericStepGradients(current.setup, view.network, open) }
      : null,
  );
  useEffect(() => {
    if (!checking) return;
    const timer = setTimeout(
      () => setChecked({ state: current, shown, numeric: numericStepGradients(current.setup, view.network, open) }),
      SETTLE_MS,
    );
    return () => clearTimeout(timer);
  }, [current, checking, shown]);
  const numeric = checking && checked?.state === current && checked.shown === shown ? checked.numeric : null;
  const { setup } = current;
  const batch = setup.mode === 'batch' && setup.examples.length > 1;
  // Each example's deltas, to write a batch bias gradient out as the sum it is.
  const perExample: Batch | null = batch
    ? {
        deltas: setup.examples.map((e) =>
          backward(view.network, forward(view.network, e.input), e.target, setup.loss).layers.map(
            (layer) => layer.deltas,
          ),
        ),
        divisor: batchScale(setup.loss, setup.examples.length),
      }
    : null;
  return (
    <figure class="widget layer-matrices">
      <figcaption>
        z, a and δ for the example shown; gradients{' '}
        {batch
          ? `over all ${setup.examples.length} examples (batch): a bias's is not the δ beside it but the examples' δ summed, written out under it`
          : 'for the example shown'}
        .
        {checking &&
          ' Under each gradient, its relative difference from the central difference (E(θ+ε) − E(θ−ε))/2ε with ε = 10⁻⁶: near 10⁻⁸ or below, the two agree. The check runs once the numbers stop changing.'}
      </figcaption>
      <label class="check-field">
        <input type="checkbox" checked={checking} onChange={(event) => setChecking(event.currentTarget.checked)} />
        check every gradient by finite differences
      </label>
      {layers.map((layer, l) => (
        <details
          open={isOpen(l)}
          class="layer-details"
          onToggle={(event) => {
            const { open } = event.currentTarget;
            setOpened((now) => ({ ...now, [l]: open }));
          }}
        >
          <summary>
            Layer {l + 1} ({layer.weights.length} unit{layer.weights.length === 1 ? '' : 's'}, {layer.activation})
          </summary>
          {(import.meta.env.SSR || isOpen(l)) && (
            <div class="table-scroll">
              <Layer
                l={l}
                q={view.quantities}
                numeric={numeric}
                units={layer.weights.length}
                inputs={layer.weights[0].length}
                biases={layer.biases !== null}
                batch={perExample}
              />
            </div>
          )}
        </details>
      ))}
    </figure>
  );
}

export { LayerMatrices as View };
export default /* @__PURE__ */ island('layer-matrices', LayerMatrices);
