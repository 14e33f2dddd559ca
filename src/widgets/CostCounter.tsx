import { useState } from 'preact/hooks';
import { costCounts, layerSizes } from '../lib/cost-counts.ts';
import { formatNumber } from '../lib/format.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

const WIDTHS = [2, 5, 10, 20, 50, 100, 200, 500, 1000];
const DEPTHS = [1, 2, 3, 4, 5, 6, 8, 10];

/** Multiply-adds for one gradient by backprop and by finite differences, for a network the reader sizes. */
function CostCounter({ page }: Props) {
  const { view } = useView(page);
  const layers = view.network.layers;
  const inputs = layers[0].weights[0].length;
  const outputs = layers[layers.length - 1].weights.length;
  const [depth, setDepth] = useState(layers.length - 1);
  const [width, setWidth] = useState(layers[0].weights.length);
  const sizes = layerSizes(inputs, depth, width, outputs);
  const counts = costCounts(sizes);
  const rows = [
    { key: 'forward', label: 'one forward pass', formula: 'Σ n_l·n_(l−1)', value: counts.forward },
    { key: 'backprop', label: 'backprop (forward + backward)', formula: '≈ 3 × forward', value: counts.backprop },
    {
      key: 'finiteDifferences',
      label: 'finite differences (central)',
      formula: '2·P × forward',
      value: counts.finiteDifferences,
    },
  ];
  const top = Math.log10(counts.finiteDifferences + 1);
  return (
    <figure class="widget cost-counter">
      <div class="field-row">
        <div class="field">
          <label for="cost-depth">hidden layers</label>
          <select
            id="cost-depth"
            value={String(depth)}
            onChange={(event) => setDepth(Number((event.target as HTMLSelectElement).value))}
          >
            {DEPTHS.map((d) => (
              <option value={String(d)}>{d}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="cost-width">units per hidden layer</label>
          <select
            id="cost-width"
            value={String(width)}
            onChange={(event) => setWidth(Number((event.target as HTMLSelectElement).value))}
          >
            {WIDTHS.map((w) => (
              <option value={String(w)}>{w}</option>
            ))}
          </select>
        </div>
      </div>
      <p>
        Layer sizes {sizes.join('–')}: P = <Num quantity="cost_parameters" value={counts.parameters} decimals={0} />{' '}
        parameters (one bias per unit).
      </p>
      <div class="table-scroll">
        <table class="stack-narrow">
          <caption>Multiply-adds for one gradient (log-scale bars)</caption>
          <thead>
            <tr>
              <th scope="col">method</th>
              <th scope="col">formula</th>
              <th scope="col">multiply-adds</th>
              <th scope="col">× forward</th>
              <th scope="col">
                <span class="sr-only">bar</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td data-label="formula">{row.formula}</td>
                <td data-label="multiply-adds">
                  <Num quantity={`cost_${row.key}`} value={row.value} decimals={0} />
                </td>
                <td data-label="× forward">
                  <Num quantity={`cost_ratio_${row.key}`} value={row.value / counts.forward} decimals={2} />
                </td>
                <td class="cost-bar-cell" aria-hidden="true">
                  <span
                    class={`cost-bar cost-bar-${row.key}`}
                    style={{ width: `${(100 * Math.log10(row.value + 1)) / top}%` }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="field-hint">
        Finite differences cost {formatNumber(counts.finiteDifferences / counts.backprop, 0)} times as much as backprop
        for this shape.
      </p>
    </figure>
  );
}

export { CostCounter as View };
export default /* @__PURE__ */ island('cost-counter', CostCounter);
