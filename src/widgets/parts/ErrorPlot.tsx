import { formatNumber } from '../../lib/format.ts';

type Props = { errors: number[]; label: string; /** What the x axis counts: step or epoch. */ unit?: string };

const WIDTH = 560;
const HEIGHT = 200;
const PAD = { left: 56, right: 12, top: 12, bottom: 30 };
const MAX_POINTS = 400;
const FLOOR = 1e-12;

/** The error over training steps (or epochs) on a logarithmic scale, drawn from at most about 400 evenly spaced steps. */
export function ErrorPlot({ errors, label, unit = 'step' }: Props) {
  const last = Math.max(errors.length - 1, 1);
  // At most MAX_POINTS evenly spaced steps, and always the latest one.
  const stride = Math.max(1, Math.ceil(errors.length / MAX_POINTS));
  const sampled: number[] = [];
  for (let step = 0; step < errors.length; step += stride) sampled.push(step);
  if (sampled[sampled.length - 1] !== errors.length - 1) sampled.push(errors.length - 1);
  const finite = sampled.map((step) => errors[step]).filter(Number.isFinite).map((e) => Math.max(e, FLOOR));
  const top = Math.ceil(Math.log10(Math.max(...finite, 1e-3)));
  const bottom = Math.min(Math.floor(Math.log10(Math.min(...finite, 1))), top - 1);
  const x = (step: number) => PAD.left + (step / last) * (WIDTH - PAD.left - PAD.right);
  const y = (error: number) =>
    PAD.top + ((top - Math.log10(Math.max(error, FLOOR))) / (top - bottom)) * (HEIGHT - PAD.top - PAD.bottom);
  const points = sampled
    .filter((step) => Number.isFinite(errors[step]))
    .map((step) => `${x(step).toFixed(1)},${y(errors[step]).toFixed(1)}`);
  const decades = Array.from({ length: top - bottom + 1 }, (_, k) => bottom + k).filter((d, _k, all) => all.length <= 7 || d % 2 === 0);

  return (
    <svg class="error-plot" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      {decades.map((d) => (
        <g class="plot-grid">
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(10 ** d)} y2={y(10 ** d)} />
          <text x={PAD.left - 6} y={y(10 ** d) + 4} text-anchor="end">
            10<tspan dy="-6" font-size="9">{formatNumber(d, 0)}</tspan>
          </text>
        </g>
      ))}
      <text x={WIDTH - PAD.right} y={PAD.top + 10} text-anchor="end" class="plot-axis">error E, log scale</text>
      <text x={PAD.left} y={HEIGHT - 8} class="plot-axis">{unit} 0</text>
      <text x={WIDTH - PAD.right} y={HEIGHT - 8} text-anchor="end" class="plot-axis">
        {unit} {formatNumber(errors.length - 1, 0)}
      </text>
      <polyline class="plot-line" points={points.join(' ')} />
    </svg>
  );
}
