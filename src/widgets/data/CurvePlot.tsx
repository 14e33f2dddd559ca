// The learned function of a one-input, one-output network over its data: the curve y = f(x) through 101 inputs from
// the smallest x to the largest (a little beyond), and each example as a point (training filled, test hollow).
import { useRef } from 'preact/hooks';
import { forward, type Example, type Network } from '../../engine/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { useWidth } from '../../page/store.ts';

const HEIGHT = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };
const SAMPLES = 101;

type Props = { network: Network; examples: Example[]; testExamples: Example[] };

/** The network's output over the inputs of its data, with the data on top. */
export function CurvePlot({ network, examples, testExamples }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const width = Math.max(240, useWidth(svg) ?? 480);
  const all = [...examples, ...testExamples];
  const xs = all.map((e) => e.input[0]);
  const spread = Math.max(...xs) - Math.min(...xs) || 1;
  const [left, right] = [Math.min(...xs) - 0.05 * spread, Math.max(...xs) + 0.05 * spread];
  const curve = Array.from({ length: SAMPLES }, (_x, k) => {
    const x = left + ((right - left) * k) / (SAMPLES - 1);
    return [x, forward(network, [x]).output[0]] as const;
  });
  const ys = [...all.map((e) => e.target[0]), ...curve.map(([, y]) => y)].filter(Number.isFinite);
  const [low, high] = [Math.min(...ys, 0), Math.max(...ys, 1)];
  const px = (x: number) => PAD.left + ((x - left) / (right - left)) * (width - PAD.left - PAD.right);
  const py = (y: number) => PAD.top + ((high - y) / (high - low || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const line = curve
    .filter(([, y]) => Number.isFinite(y))
    .map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`)
    .join(' ');
  const label = `The network's output over x from ${formatNumber(left, 2)} to ${formatNumber(right, 2)} (a curve), with the ${all.length} examples as points.`;
  return (
    <svg ref={svg} class="curve-plot" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
      <line class="curve-axis" x1={PAD.left} x2={width - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
      <line class="curve-axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={HEIGHT - PAD.bottom} />
      <text class="plot-axis" x={PAD.left - 6} y={py(high) + 10} text-anchor="end">
        {formatNumber(high, 2)}
      </text>
      <text class="plot-axis" x={PAD.left - 6} y={py(low)} text-anchor="end">
        {formatNumber(low, 2)}
      </text>
      <text class="plot-axis" x={PAD.left} y={HEIGHT - 8}>
        x = {formatNumber(left, 2)}
      </text>
      <text class="plot-axis" x={width - PAD.right} y={HEIGHT - 8} text-anchor="end">
        {formatNumber(right, 2)}
      </text>
      <polyline class="learned-curve" points={line} />
      {all.map((e, k) => (
        <circle
          class={`data-point class-0${k >= examples.length ? ' test-point' : ''}`}
          cx={px(e.input[0])}
          cy={py(e.target[0])}
          r={5}
          data-x1={e.input[0]}
          data-t={e.target[0]}
        />
      ))}
    </svg>
  );
}
