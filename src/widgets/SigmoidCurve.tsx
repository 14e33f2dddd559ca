import { activations, isHead, type UnitActivationName } from '../engine/index.ts';
import { formatNumber } from '../lib/format.ts';
import { unitNames } from '../lib/notation.ts';
import { useRef } from 'preact/hooks';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore, useWidth } from '../page/store.ts';

type Props = { page: PageStore };

const Z_MIN = -6;
const Z_MAX = 6;
/** The viewBox before the figure is measured (on the server); once measured it is as wide as the figure. */
const WIDTH = 420;
const HEIGHT = 230;
/** A label's height and the width of one of its characters (12 px, bold), for keeping labels apart. */
const LABEL = { height: 12, char: 7.5 };
const PAD = { left: 36, right: 12, top: 14, bottom: 28 };

/** How each activation and its slope are written in the figure. */
const SYMBOLS: Record<UnitActivationName, { f: string; slope: string; name: string }> = {
  sigmoid: { f: 'σ(z)', slope: 'σ′(z)', name: 'Sigmoid' },
  tanh: { f: 'tanh z', slope: 'tanh′(z)', name: 'Tanh' },
  relu: { f: 'ReLU(z)', slope: 'ReLU′(z)', name: 'ReLU' },
  identity: { f: 'z', slope: '1', name: 'Identity' },
};

/** Markers closer than 14 units share one label ("h1, h2"), so that labels do not overlap. */
function labelGroups(points: { name: string; x: number; y: number }[]) {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const groups: { names: string[]; x: number; y: number }[] = [];
  for (const point of sorted) {
    const last = groups.at(-1);
    if (last && Math.hypot(point.x - last.x, point.y - last.y) < 14) last.names.push(point.name);
    else groups.push({ names: [point.name], x: point.x, y: point.y });
  }
  return groups;
}

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each group's label goes: the first of eight spots around its marker (above or below, right or left, near
 * or farther) that lies inside the drawing and clear of every marker and of the labels placed before it.
 */
export function placeLabels(
  groups: { names: string[]; x: number; y: number }[],
  markers: Box[],
  width: number,
  height: number,
) {
  const placed: Box[] = [];
  return groups.map((group) => {
    const text = group.names.join(', ');
    const w = text.length * LABEL.char;
    const spots = [-8, 20, -22, 34].flatMap((dy) => [1, -1].map((side) => ({ side, dy })));
    const boxOf = ({ side, dy }: { side: number; dy: number }): Box => {
      const left = side > 0 ? group.x + 7 : group.x - 7 - w;
      const baseline = group.y + dy;
      return { left, right: left + w, top: baseline - LABEL.height + 2, bottom: baseline + 3 };
    };
    const inside = (box: Box) => box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= height;
    const free =
      spots.find((spot) => {
        const box = boxOf(spot);
        return inside(box) && !markers.some((m) => overlaps(box, m)) && !placed.some((p) => overlaps(box, p));
      }) ??
      spots.find((spot) => inside(boxOf(spot))) ??
      spots[0];
    const box = boxOf(free);
    placed.push(box);
    return {
      text,
      x: free.side > 0 ? box.left : box.right,
      y: group.y + free.dy,
      anchor: free.side > 0 ? 'start' : 'end',
    };
  });
}

/** The activation f and its slope f′ over −6 ≤ z ≤ 6, with every unit marked at its current weighted sum. */
function SigmoidCurve({ page }: Props) {
  const { view } = useView(page);
  const svg = useRef<SVGSVGElement>(null);
  const width = Math.max(260, useWidth(svg) ?? WIDTH);
  const q = view.quantities;
  const { notation } = page.definition;
  const name = view.network.layers[0].activation as UnitActivationName; // a first layer is never an output head here
  const { apply: f, derivative: slope } = activations[name];
  const zs = Array.from({ length: 121 }, (_v, k) => Z_MIN + (k * (Z_MAX - Z_MIN)) / 120);
  const ys = zs.flatMap((z) => [f(z), slope(z)]);
  const yMin = Math.min(0, ...ys);
  const yMax = Math.max(1, ...ys);
  const x = (z: number) => PAD.left + ((z - Z_MIN) / (Z_MAX - Z_MIN)) * (width - PAD.left - PAD.right);
  const y = (v: number) => HEIGHT - PAD.bottom - ((v - yMin) / (yMax - yMin)) * (HEIGHT - PAD.top - PAD.bottom);
  const path = (g: (z: number) => number) =>
    zs.map((z, k) => `${k ? 'L' : 'M'}${x(z).toFixed(1)},${y(g(z)).toFixed(1)}`).join('');
  const units = view.network.layers.flatMap((layer, l) =>
    isHead(layer.activation)
      ? []
      : layer.weights.map((_row, j) => {
          const names = unitNames(notation, l, j);
          const act = activations[layer.activation as UnitActivationName];
          const z = q[names.sum];
          return {
            names,
            z,
            value: act.apply(z),
            fprime: act.derivative(z),
            shown: Math.min(Z_MAX, Math.max(Z_MIN, z)),
          };
        }),
  );
  const symbols = SYMBOLS[name];
  const summary = `${symbols.name} ${symbols.f} and its slope ${symbols.slope} for z from −6 to 6; ${units
    .map(
      (u) =>
        `${u.names.output} at net ${formatNumber(u.z)}, value ${formatNumber(u.value)}, slope ${formatNumber(u.fprime)}`,
    )
    .join('; ')}.`;
  const ticks = [-6, -4, -2, 0, 2, 4, 6];
  const yTicks = [yMin, 0, yMax].filter((v, k, all) => all.indexOf(v) === k);
  return (
    <figure class="widget sigmoid-curve">
      <svg ref={svg} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={summary}>
        <line class="axis" x1={x(Z_MIN)} x2={x(Z_MAX)} y1={y(0)} y2={y(0)} />
        <line class="axis" x1={x(0)} x2={x(0)} y1={y(yMin)} y2={y(yMax)} />
        {ticks.map((t) => (
          <text class="tick" x={x(t)} y={HEIGHT - 8} text-anchor="middle">
            {formatNumber(t)}
          </text>
        ))}
        {yTicks.map((v) => (
          <text class="tick" x={PAD.left - 4} y={y(v) + 4} text-anchor="end">
            {formatNumber(v, 2)}
          </text>
        ))}
        <path class="curve-f" d={path(f)} />
        <path class="curve-slope" d={path(slope)} />
        {units.map((u, k) => (
          <g class={k >= 2 ? 'marker marker-out' : 'marker'}>
            <line x1={x(u.shown)} x2={x(u.shown)} y1={y(0)} y2={y(u.value)} />
            <rect x={x(u.shown) - 3.5} y={y(u.fprime) - 3.5} width={7} height={7} />
          </g>
        ))}
        {/* Every output's circle above every slope's square: where f(z) = f′(z) (ReLU off, or on at z = 1) the circle stays in sight. */}
        {units.map((u, k) => (
          <g class={k >= 2 ? 'marker marker-out' : 'marker'} data-marker={u.names.output}>
            <circle cx={x(u.shown)} cy={y(u.value)} r={4.5} />
          </g>
        ))}
        {placeLabels(
          labelGroups(units.map((u) => ({ name: u.names.output, x: x(u.shown), y: y(u.value) }))),
          units.flatMap((u) => [
            { left: x(u.shown) - 5.5, right: x(u.shown) + 5.5, top: y(u.value) - 5.5, bottom: y(u.value) + 5.5 },
            { left: x(u.shown) - 4.5, right: x(u.shown) + 4.5, top: y(u.fprime) - 4.5, bottom: y(u.fprime) + 4.5 },
          ]),
          width,
          HEIGHT,
        ).map((label) => (
          <text class="marker-label" x={label.x} y={label.y} text-anchor={label.anchor}>
            {label.text}
          </text>
        ))}
      </svg>
      <figcaption>
        <span class="key key-f">{symbols.f}</span> (circles: each unit's output) and{' '}
        <span class="key key-slope">{symbols.slope}</span> (squares: its slope there).
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">unit</th>
                <th scope="col">weighted sum z</th>
                <th scope="col">f(z)</th>
                <th scope="col">f′(z)</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr>
                  <th scope="row">{u.names.output}</th>
                  <td>
                    <Num quantity={u.names.sum} value={u.z} />
                  </td>
                  <td>
                    <Num quantity={u.names.output} value={u.value} />
                  </td>
                  <td>
                    <Num quantity={u.names.fprime} value={u.fprime} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {units.some((u) => u.z !== u.shown) && (
          <p class="field-hint">A unit whose sum lies beyond ±6 is drawn at the edge.</p>
        )}
      </figcaption>
    </figure>
  );
}

export { SigmoidCurve as View };
export default /* @__PURE__ */ island('sigmoid-curve', SigmoidCurve);
