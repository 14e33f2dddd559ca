import { useEffect, useState } from 'preact/hooks';
import type { Gradients } from '../engine/index.ts';
import { numericStepGradients, relativeDifference } from '../lib/finite-differences.ts';
import { unitNames } from '../lib/notation.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore } from './store.ts';

type Props = { page: PageStore };

/** How long the state must stay unchanged before the finite-difference check runs. */
const SETTLE_MS = 150;
type Q = Record<string, number>;

/** One layer's column vectors z, a and δ, and its gradients ∂E/∂W = δ·aᵀ and ∂E/∂b = δ, each with its finite-difference check. */
function Layer({ l, q, numeric, units, inputs, biases }: { l: number; q: Q; numeric: Gradients | null; units: number; inputs: number; biases: boolean }) {
  const L = l + 1;
  const rows = Array.from({ length: units }, (_u, j) => j);
  const check = (name: string, value: number | undefined) =>
    numeric && value !== undefined && (
      <span class="fd-check">
        <Num quantity={`relerr_${name}`} value={relativeDifference(q[`grad_${name}`], value)} decimals={2} />
      </span>
    );
  return (
    <table class="layer-table stack-narrow">
      <caption>Layer {L}: weighted sums z{L}, outputs a{L}, deltas δ{L} and gradients</caption>
      <thead>
        <tr>
          <th scope="col">unit</th>
          <th scope="col">z{L}</th>
          <th scope="col">a{L}</th>
          <th scope="col">δ{L}</th>
          {Array.from({ length: inputs }, (_x, i) => <th scope="col">∂E/∂W{L}[·,{i + 1}]</th>)}
          {biases && <th scope="col">∂E/∂b{L}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((j) => {
          const names = unitNames({ kind: 'matrix' }, l, j);
          return (
            <tr>
              <th scope="row">{j + 1}</th>
              <td data-label={`z${L}`}><Num quantity={names.sum} value={q[names.sum]} /></td>
              <td data-label={`a${L}`}><Num quantity={names.output} value={q[names.output]} /></td>
              <td data-label={`δ${L}`}><Num quantity={names.delta} value={q[names.delta]} /></td>
              {Array.from({ length: inputs }, (_x, i) => {
                const name = `W${L}_${j + 1}_${i + 1}`;
                return <td data-label={`∂E/∂W${L}[·,${i + 1}]`}><Num quantity={`grad_${name}`} value={q[`grad_${name}`]} />{check(name, numeric?.layers[l].weights[j][i])}</td>;
              })}
              {biases && <td data-label={`∂E/∂b${L}`}><Num quantity={`grad_b${L}_${j + 1}`} value={q[`grad_b${L}_${j + 1}`]} />{check(`b${L}_${j + 1}`, numeric?.layers[l].biases?.[j])}</td>}
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
  // The check costs two forward passes per parameter and example: it runs once the state has settled (not on
  // every frame of a training run, nor on every keystroke), and shows for that state only.
  const [checked, setChecked] = useState<{ state: typeof current; numeric: Gradients } | null>(null);
  useEffect(() => {
    if (!checking) return;
    const timer = setTimeout(() => setChecked({ state: current, numeric: numericStepGradients(current.setup, view.network) }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [current, checking]);
  const numeric = checking && checked?.state === current ? checked.numeric : null;
  // Small networks show every layer; larger ones start with the output layer open.
  const small = layers.length <= 3 && layers.every((layer) => layer.weights.length <= 4);
  const batch = current.setup.mode === 'batch' && current.setup.examples.length > 1;
  return (
    <figure class="widget layer-matrices">
      <figcaption>
        z, a and δ for the example shown; gradients {batch ? `summed over all ${current.setup.examples.length} examples (batch)` : 'for the example shown'}.
        {checking && ' Under each gradient, its relative difference from the central difference (E(θ+ε) − E(θ−ε))/2ε with ε = 10⁻⁶: near 10⁻⁸ or below, the two agree. The check runs once the numbers stop changing.'}
      </figcaption>
      <label class="check-field">
        <input type="checkbox" checked={checking} onChange={(event) => setChecking(event.currentTarget.checked)} />
        check every gradient by finite differences
      </label>
      {layers.map((layer, l) => (
        <details open={small || l === layers.length - 1} class="layer-details">
          <summary>Layer {l + 1} ({layer.weights.length} unit{layer.weights.length === 1 ? '' : 's'}, {layer.activation})</summary>
          <div class="table-scroll">
            <Layer l={l} q={view.quantities} numeric={numeric} units={layer.weights.length} inputs={layer.weights[0].length} biases={layer.biases !== null} />
          </div>
        </details>
      ))}
    </figure>
  );
}

export { LayerMatrices as View };
export default /* @__PURE__ */ island('layer-matrices', LayerMatrices);
