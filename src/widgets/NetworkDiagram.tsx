import type { Network } from '../engine/index.ts';
import { formatNumber } from '../lib/format.ts';
import { inputName, parametersOf, targetName, unitNames, type Parameter } from '../lib/notation.ts';
import { useRef } from 'preact/hooks';
import { island } from './island.tsx';
import { useWidth } from './parts/width.ts';
import { useView, type PageStore } from './store.ts';

/** What the diagram writes on units and edges: values and weights, deltas, or gradients ∂E/∂w. */
type Show = 'values' | 'deltas' | 'gradients';
type Props = { page: PageStore; show?: Show };
type Point = { x: number; y: number };

const WIDTH = 560;
/** Below this width a small network is drawn top to bottom, in a viewBox as wide as the figure (one unit a pixel). */
const NARROW = 520;
/** The gap between layers drawn top to bottom: room for the edges' labels between two rows of units. */
const ROW_GAP = 190;

/**
 * Where every unit sits. Wide: one column per layer (inputs first), units spread evenly around the middle. Narrow
 * (a small network in a figure under NARROW pixels): one row per layer, inputs at the top, in a viewBox `width` wide.
 */
function layout(network: Network, width: number | undefined) {
  const sizes = [network.layers[0].weights[0].length, ...network.layers.map((layer) => layer.weights.length)];
  const most = Math.max(...sizes);
  const small = most <= 4;
  const radius = small ? 30 : 20;
  if (small && width !== undefined && width < NARROW) {
    const across = Math.max(260, width);
    const gap = most <= 1 ? 0 : Math.min(180, (across - 2 * (radius + 6)) / (most - 1));
    const top = radius + 8;
    const at = (column: number, unit: number): Point => ({ x: across / 2 + (unit - (sizes[column] - 1) / 2) * gap, y: top + column * ROW_GAP });
    return { sizes, most, small, radius, at, width: across, height: top + (sizes.length - 1) * ROW_GAP + radius + 30, vertical: true };
  }
  const spacing = most <= 2 ? 120 : Math.max(52, Math.min(100, 420 / most));
  const top = 80;
  const middle = top + ((most - 1) * spacing) / 2;
  const step = (WIDTH - 140) / (sizes.length - 1);
  const at = (column: number, unit: number): Point => ({ x: 70 + column * step, y: middle + (unit - (sizes[column] - 1) / 2) * spacing });
  const height = Math.max(280, top + (most - 1) * spacing + 90);
  return { sizes, most, small, radius, at, width: WIDTH, height, vertical: false };
}

/** A name like h1, o1 or a2_1 as a symbol with its index lowered: h₁, a₂,₁. */
function Symbol({ name }: { name: string }) {
  const match = /^([A-Za-z]+)(\d[\d_]*)$/.exec(name);
  if (!match) return <>{name}</>;
  return <>{match[1]}<tspan class="diagram-index" dy="4">{match[2].replaceAll('_', ',')}</tspan></>;
}

/** A note beside a unit: a bias, a weighted sum, a target or a delta, with its number. */
type UnitNote = { label: string; quantity: string; suffix?: string };

/** The network drawn from its shape, with every unit's value and, where there is room, every weight and bias. */
function NetworkDiagram({ page, show = 'values' }: Props) {
  const { current, view } = useView(page);
  const box = useRef<HTMLDivElement>(null);
  const fits = useWidth(box);
  const { notation } = page.definition;
  const { network } = view;
  const q = view.quantities;
  const { sizes, radius, at, width, height, small, vertical } = layout(network, fits);
  const parameters = parametersOf(notation, network);
  const labelled = (l: number) => sizes[l] <= 2 && sizes[l + 1] <= 2;
  const decimals = Math.max(...sizes) <= 2 ? 4 : 2;
  const value = (quantity: string, point: Point, places = 4, cls = 'diagram-value') => (
    <text x={point.x} y={point.y} class={cls} data-quantity={quantity} data-value={String(q[quantity])}>
      {formatNumber(q[quantity], places)}
    </text>
  );
  const number = (quantity: string) => <tspan data-quantity={quantity} data-value={String(q[quantity])}>{formatNumber(q[quantity])}</tspan>;
  const inputNames = sizes.slice(0, 1).flatMap((n) => Array.from({ length: n }, (_x, i) => inputName(notation, i)));
  const outputLayer = network.layers.length - 1;
  const summary =
    `Network diagram, ${sizes.join('-')}. Inputs ${inputNames.map((name) => `${name} = ${formatNumber(q[name])}`).join(', ')}; ` +
    network.layers.map((layer, l) => layer.weights.map((_row, j) => {
      const names = unitNames(notation, l, j);
      return `${names.output} = ${formatNumber(q[names.output])}`;
    }).join(', ')).join('; ') +
    `; error E = ${formatNumber(q.E)}.`;

  const edge = (parameter: Parameter) => {
    const { layer, unit, input } = parameter.slots[0];
    const from = at(layer, input);
    const to = at(layer + 1, unit);
    const quantity = show === 'gradients' ? `grad_${parameter.name}` : parameter.name;
    const straight = input === unit || sizes[layer] === 1 || sizes[layer + 1] === 1;
    // Top to bottom, a crossing edge is labelled nearer its upper end and a straight one below the middle, so that
    // the four labels between two rows of two units stay apart.
    const t = straight ? (vertical && sizes[layer] === sizes[layer + 1] ? 0.55 : 0.5) : vertical ? 0.28 : 0.3;
    const label = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    const weight = q[parameter.name];
    return (
      <g class={weight < 0 ? 'edge edge-negative' : 'edge'}>
        <line x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke-width={Math.min(8, 1 + Math.abs(weight) * (small ? 6 : 2))} />
        {labelled(layer) && (
          <>
            <rect x={label.x - 34} y={label.y - 20} width="68" height="38" rx="6" class="edge-label-bg" />
            <text x={label.x} y={label.y - 5} class="diagram-name">{show === 'gradients' ? `∂E/∂${parameter.label}` : parameter.label}</text>
            {value(quantity, { x: label.x, y: label.y + 12 })}
          </>
        )}
      </g>
    );
  };

  /** What is written beside unit j of layer l: its bias, and its sum, target or delta. */
  const notesOf = (l: number, j: number): { bias?: UnitNote; notes: UnitNote[] } => {
    if (!small) return { notes: [] };
    const names = unitNames(notation, l, j);
    const off = network.layers[l].activation === 'relu' && q[names.sum] <= 0;
    const bias = parameters.find((p) => p.bias && p.slots.some((s) => s.layer === l && s.unit === j));
    const note: UnitNote = show === 'deltas' ? { label: 'δ', quantity: names.delta }
      : l !== outputLayer ? { label: notation.kind === 'named' ? 'net' : 'z', quantity: names.sum, suffix: off ? ' · off' : '' }
      : { label: 'target', quantity: targetName(notation, j) };
    return { bias: bias && { label: bias.label, quantity: bias.name }, notes: [note] };
  };

  const unit = (l: number, j: number) => {
    const names = unitNames(notation, l, j);
    const point = at(l + 1, j);
    const output = l === outputLayer;
    const off = network.layers[l].activation === 'relu' && q[names.sum] <= 0;
    const { bias, notes } = vertical ? { bias: undefined, notes: [] } : notesOf(l, j);
    const below = notes.map((note, k) => (
      <text x={point.x} y={point.y + radius + 16 + 18 * k} class="diagram-note">
        {note.label} {number(note.quantity)}{note.suffix ?? ''}
      </text>
    ));
    return (
      <g class={`node ${output ? 'node-output' : 'node-hidden'}${off ? ' node-off' : ''}`}>
        <circle cx={point.x} cy={point.y} r={radius} />
        {small && <text x={point.x} y={point.y - 6} class="diagram-name"><Symbol name={names.output} /></text>}
        {value(names.output, { x: point.x, y: point.y + (small ? 12 : 4) }, decimals, small ? 'diagram-value' : 'diagram-value diagram-value-small')}
        {bias && <text x={point.x} y={point.y - radius - 6} class="diagram-note diagram-bias">{bias.label} {number(bias.quantity)}</text>}
        {below}
      </g>
    );
  };

  const last = at(sizes.length - 1, 0);
  return (
    <figure class="widget network-diagram">
      <div class={small ? undefined : 'table-scroll'} ref={box}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} class={small ? (vertical ? 'diagram-vertical' : undefined) : 'diagram-large'}>
        {parameters.filter((p) => !p.bias).map(edge)}
        {inputNames.map((name, i) => (
          <g class="node node-input">
            <circle cx={at(0, i).x} cy={at(0, i).y} r={radius} />
            {small && <text x={at(0, i).x} y={at(0, i).y - 6} class="diagram-name"><Symbol name={name} /></text>}
            {value(name, { x: at(0, i).x, y: at(0, i).y + (small ? 12 : 4) }, decimals, small ? 'diagram-value' : 'diagram-value diagram-value-small')}
          </g>
        ))}
        {network.layers.map((layer, l) => layer.weights.map((_row, j) => unit(l, j)))}
        <text x={vertical ? width / 2 : last.x} y={height - 12} class="diagram-note">E {number('E')}</text>
      </svg>
      </div>
      {vertical && (
        <ul class="diagram-notes">
          {network.layers.map((layer, l) => layer.weights.map((_row, j) => {
            const { bias, notes } = notesOf(l, j);
            const all = bias ? [bias, ...notes] : notes;
            return all.length > 0 && (
              <li>
                {unitNames(notation, l, j).output}:{' '}
                {all.map((note, k) => <>{k > 0 && ', '}{note.label} {number(note.quantity)}{note.suffix ?? ''}</>)}
              </li>
            );
          }))}
        </ul>
      )}
      <figcaption>
        {vertical ? 'Inputs at the top, then each layer; the output at the bottom.' : 'Inputs on the left, then each layer; the output on the right.'} Each line is a weight: thicker for larger
        magnitude, dashed when negative.{small && network.layers.some((layer) => layer.biases) ? (vertical ? ' Biases and sums are listed under the drawing.' : ' A bias is written above its unit.') : ''}
        {!small && ' Each unit shows its output; the tables below have every number.'}
        {show === 'deltas' ? ' Each unit shows its delta δ = ∂E/∂z.' : ''}
        {show === 'gradients' ? ' Each edge shows the gradient ∂E/∂w of its weight.' : ''}
        {current.steps > 0 && ` Weights after ${view.steps} training step${view.steps === 1 ? '' : 's'}${view.diverged && view.steps < current.steps ? `, where the run stopped (it diverged; ${current.steps} were asked for)` : ''}.`}
      </figcaption>
    </figure>
  );
}

export { NetworkDiagram as View };
export default /* @__PURE__ */ island('network-diagram', NetworkDiagram);
