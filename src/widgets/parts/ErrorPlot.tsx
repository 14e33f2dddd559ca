import { useRef } from 'preact/hooks';
import { formatNumber } from '../../lib/format.ts';
import { useWidth } from '../../page/store.ts';

type Props = { errors: number[]; label: string; /** What the x axis counts: step or epoch. */ unit?: string };

/** The width the plot is drawn at before it measures its box (and on the server). */
const DEFAULT_WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 56, right: 12, top: 12, bottom: 30 };
const MAX_POINTS = 400;
const FLOOR = 1e-12;
/** At most this many labelled powers of ten on the error axis, whatever the range. */
const MAX_TICKS = 6;

/** The powers of ten labelled between `bottom` and `top`: every 1, 2, 5, 10, 20, 50 … decades, at most MAX_TICKS of them. */
export function decadeTicks(bottom: number, top: number): number[] {
  const span = top - bottom;
  const every =
    [1, 2, 5]
      .flatMap((m) => [1, 10, 100, 1000].map((p) => m * p))
      .sort((a, b) => a - b)
      .find((step) => Math.floor(span / step) + 1 <= MAX_TICKS) ?? span;
  const first = Math.ceil(bottom / every) * every + 0; // + 0: never −0
  const ticks: number[] = [];
  for (let d = first; d <= top; d += every) ticks.push(d);
  return ticks;
}

/** The error over training steps (or epochs) on a logarithmic scale, drawn from at most about 400 evenly spaced steps. */
export function ErrorPlot({ errors, label, unit = 'step' }: Props) {
  const svg = useRef<SVGSVGElement>(null);
  const WIDTH = Math.max(240, useWidth(svg) ?? DEFAULT_WIDTH);
  const last = Math.max(errors.length - 1, 1);
  // At most MAX_POINTS evenly spaced steps, and always the latest one.
  const stride = Math.max(1, Math.ceil(errors.length / MAX_POINTS));
  const sampled: number[] = [];
  for (let step = 0; step < errors.length; step += stride) sampled.push(step);
  if (sampled[sampled.length - 1] !== errors.length - 1) sampled.push(errors.length - 1);
  const finite = sampled
    .map((step) => errors[step])
    .filter(Number.isFinite)
    .map((e) => Math.max(e, FLOOR));
  // Math.max(...[]) is −∞: an all-infinite run still gets the default range.
  const top = Math.ceil(Math.log10(Math.max(...finite, 1e-3)));
  const bottom = Math.min(Math.floor(Math.log10(Math.min(...finite, 1))), top - 1);
  const x = (step: number) => PAD.left + (step / last) * (WIDTH - PAD.left - PAD.right);
  /** Height of the power of ten `d` (an exponent, so that 10^309 need not be a number). */
  const yOf = (d: number) => PAD.top + ((top - d) / (top - bottom)) * (HEIGHT - PAD.top - PAD.bottom);
  const y = (error: number) => yOf(Math.log10(Math.max(error, FLOOR)));
  const points = sampled
    .filter((step) => Number.isFinite(errors[step]))
    .map((step) => `${x(step).toFixed(1)},${y(errors[step]).toFixed(1)}`);
  const decades = decadeTicks(bottom, top);

  return (
    <svg ref={svg} class="error-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {decades.map((d) => (
        <g class="plot-grid">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yOf(d)} y2={yOf(d)} />
          <text x={PAD.left - 6} y={yOf(d) + 4} text-anchor="end">
            10
            <tspan dy="-6" class="plot-exponent">
              {formatNumber(d, 0)}
            </tspan>
          </text>
        </g>
      ))}
      <text x={WIDTH - PAD.right} y={PAD.top + 10} text-anchor="end" class="plot-axis">
        error E, log scale
      </text>
      <text x={PAD.left} y={HEIGHT - 8} class="plot-axis">
        {unit} 0
      </text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 8} text-anchor="end" class="plot-axis">
        {unit} {formatNumber(errors.length - 1, 0)}
      </text>
      <polyline class="plot-line" points={points.join(' ')} />
    </svg>
  );
}
