// The input plane of a two-input network, shared by InputSquare and DecisionMap: the square [−0.5, 1.5]², the
// training examples as points (circle: target 0, square: target 1) and each hidden unit's line z = 0.
import type { Example, Network } from '../../engine/index.ts';

/** The plane shown: x1 and x2 from LOW to HIGH. */
export const LOW = -0.5;
export const HIGH = 1.5;
/** The drawing's side, in SVG units. */
export const SIDE = 240;

type Point = [number, number];

/** Input coordinates to SVG coordinates (x2 upwards). */
const toSvg = ([x1, x2]: Point): Point => [((x1 - LOW) / (HIGH - LOW)) * SIDE, ((HIGH - x2) / (HIGH - LOW)) * SIDE];

/** Where the line w1·x1 + w2·x2 + b = 0 crosses the edges of the plane: two points, or null when it misses it. */
export function lineInPlane(w1: number, w2: number, b: number): [Point, Point] | null {
  // The same line with its coefficients scaled to at most 1, so that huge weights (10³⁰⁸) do not overflow.
  const size = Math.max(Math.abs(w1), Math.abs(w2), Math.abs(b));
  if (!(size > 0 && Number.isFinite(size))) return null;
  [w1, w2, b] = [w1 / size, w2 / size, b / size];
  const points: Point[] = [];
  for (const x1 of [LOW, HIGH]) if (w2 !== 0) points.push([x1, -(w1 * x1 + b) / w2]);
  for (const x2 of [LOW, HIGH]) if (w1 !== 0) points.push([-(w2 * x2 + b) / w1, x2]);
  const inside = points.filter(([a, c]) => a >= LOW - 1e-9 && a <= HIGH + 1e-9 && c >= LOW - 1e-9 && c <= HIGH + 1e-9);
  const [first] = inside;
  const second = inside.find(([a, c]) => Math.hypot(a - first[0], c - first[1]) > 1e-9);
  return first && second ? [first, second] : null;
}

type Props = { network: Network; examples: Example[]; lines: boolean };

/** The four examples and, when asked, each first-layer unit's line, labelled on the side where the unit is above ½. */
export function PlaneMarks({ network, examples, lines }: Props) {
  const hidden = network.layers[0];
  return (
    <g class="plane-marks">
      <rect class="plane-square" x={toSvg([0, 1])[0]} y={toSvg([0, 1])[1]} width={SIDE / 2} height={SIDE / 2} />
      {lines &&
        network.layers.length > 1 &&
        hidden.weights.map(([w1, w2], j) => {
          const b = hidden.biases?.[j] ?? 0;
          const ends = lineInPlane(w1, w2, b);
          if (!ends) return null;
          const [p, r] = [toSvg(ends[0]), toSvg(ends[1])];
          // The unit normal (w1, w2)/|w|, from the weights scaled to at most 1 first, so that 10³⁰⁸ does not overflow.
          const size = Math.max(Math.abs(w1), Math.abs(w2));
          const [u1, u2] = [w1 / size, w2 / size];
          const norm = Math.hypot(u1, u2);
          // The label sits 14 units from the line's middle, towards larger w·x + b (SVG y points down).
          const mid: Point = [(p[0] + r[0]) / 2 + (14 * u1) / norm, (p[1] + r[1]) / 2 - (14 * u2) / norm];
          return (
            <g class="plane-line">
              <line x1={p[0]} y1={p[1]} x2={r[0]} y2={r[1]} />
              <text x={mid[0]} y={mid[1] + 4}>
                h{j + 1}
              </text>
            </g>
          );
        })}
      {examples.map(({ input, target }) => {
        const [x, y] = toSvg([input[0], input[1]]);
        if (target.length > 1) {
          // One-hot targets: the class is the place of the largest target; circle, square, triangle by class.
          const k = target.indexOf(Math.max(...target));
          const shape = k % 3;
          if (shape === 0) return <circle class="plane-point point-class-1" cx={x} cy={y} r={7.5} />;
          if (shape === 1) return <rect class="plane-point point-class-2" x={x - 7} y={y - 7} width={14} height={14} />;
          return (
            <path class="plane-point point-class-3" d={`M${x},${y - 9}L${x + 8.5},${y + 6}L${x - 8.5},${y + 6}Z`} />
          );
        }
        return target[0] >= 0.5 ? (
          <rect class="plane-point point-one" x={x - 7} y={y - 7} width={14} height={14} />
        ) : (
          <circle class="plane-point point-zero" cx={x} cy={y} r={7.5} />
        );
      })}
    </g>
  );
}
