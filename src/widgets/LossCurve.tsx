// The cross-entropy of one example against the probability its own class gets, E = −ln a, over 0 < a ≤ 1, with the
// shown example marked: how the error of a softmax output grows without limit as a mistake gets more confident.
import { useRef } from 'preact/hooks';
import { formatNumber } from '../lib/format.ts';
import { unitNames } from '../lib/notation.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, useWidth, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** The smallest probability drawn: −ln 0.001 ≈ 6.9 tops the plot; a smaller one is marked at the left edge. */
const A_MIN = 0.001;
const E_MAX = -Math.log(A_MIN);
const WIDTH = 420;
const HEIGHT = 220;
const PAD = { left: 34, right: 14, top: 14, bottom: 30 };

/** −ln a against a, the shown example's class probability marked on the curve, its E beside it. */
function LossCurve({ page }: Props) {
  const { current, view } = useView(page);
  const svg = useRef<SVGSVGElement>(null);
  const width = Math.max(260, useWidth(svg) ?? WIDTH);
  const { setup } = current;
  const target = setup.examples[setup.example].target;
  const own = target.indexOf(Math.max(...target));
  const last = view.network.layers.length - 1;
  const name = unitNames(page.definition.notation, last, own).output;
  const a = view.quantities[name];
  const E = view.quantities.E;
  const x = (p: number) => PAD.left + p * (width - PAD.left - PAD.right);
  const y = (e: number) => HEIGHT - PAD.bottom - (e / E_MAX) * (HEIGHT - PAD.top - PAD.bottom);
  // Points spaced evenly in ln a, so the steep end near 0 is drawn as smoothly as the flat end near 1.
  const points = Array.from({ length: 91 }, (_v, k) => A_MIN ** (1 - k / 90));
  const path = points.map((p, k) => `${k ? 'L' : 'M'}${x(p).toFixed(1)},${y(-Math.log(p)).toFixed(1)}`).join('');
  const shownA = Math.min(1, Math.max(A_MIN, a));
  const shownE = Math.min(E_MAX, Math.max(0, -Math.log(shownA)));
  const beyond = !(a >= A_MIN);
  const summary = `The error −ln a against the probability a of the right class, from 0.001 to 1: 6.91 at 0.001, 2.30 at 0.1, 0.69 at 0.5, 0 at 1. The point shown gives its class ${formatNumber(a)}, error ${formatNumber(E)}.`;
  return (
    <figure class="widget loss-curve">
      <svg ref={svg} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={summary}>
        <line class="axis" x1={x(0)} x2={x(1)} y1={y(0)} y2={y(0)} />
        <line class="axis" x1={x(0)} x2={x(0)} y1={y(0)} y2={y(E_MAX)} />
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <text class="tick" x={x(t)} y={HEIGHT - 10} text-anchor="middle">
            {formatNumber(t)}
          </text>
        ))}
        {[0, 2, 4, 6].map((e) => (
          <text class="tick" x={PAD.left - 5} y={y(e) + 4} text-anchor="end">
            {e}
          </text>
        ))}
        <path class="curve-f" d={path} />
        <g class="marker" data-marker={name}>
          <line x1={x(shownA)} x2={x(shownA)} y1={y(0)} y2={y(shownE)} />
          <circle cx={x(shownA)} cy={y(shownE)} r={5} />
        </g>
      </svg>
      <figcaption>
        <span class="key key-f">E = −ln a</span> against the probability a the network gives the right class. The point
        shown: a = <Num quantity={name} value={a} />, E = <Num quantity="E" value={E} />.
        {beyond && ' Its probability lies below 0.001, so the marker stands at the left edge, below its true height.'}
      </figcaption>
    </figure>
  );
}

export { LossCurve as View };
export default /* @__PURE__ */ island('loss-curve', LossCurve);
