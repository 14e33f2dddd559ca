import type { Network } from '../engine/index.ts';
import { formatNumber } from '../lib/format.ts';
import { inputName, parametersOf, targetName, unitNames, type Parameter } from '../lib/notation.ts';
import { useRef } from 'preact/hooks';
import { island } from './island.tsx';
import { useView, type PageStore, useWidth } from '../page/store.ts';

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
  const vertical = small && width! < NARROW;
  const wide = vertical ? Math.max(260, width!) : WIDTH;
  // Along the layers and across them: the gap between units of a layer, the step from one layer to the next.
  const gap = vertical
    ? Math.min(180, (wide - 2 * radius - 12) / Math.max(1, most - 1))
    : most <= 2
      ? 120
      : Math.max(52, Math.min(100, 420 / most));
  const step = vertical ? ROW_GAP : (WIDTH - 140) / (sizes.length - 1);
  const start = vertical ? radius + 8 : 70;
  const middle = vertical ? wide / 2 : 80 + ((most - 1) * gap) / 2;
  const at = (column: number, unit: number): Point => {
    const along = start + column * step;
    const across = middle + (unit - (sizes[column] - 1) / 2) * gap;
    return vertical ? { x: across, y: along } : { x: along, y: across };
  };
  const height = vertical ? start + (sizes.length - 1) * step + radius + 30 : Math.max(280, 80 + (most - 1) * gap + 90);
  return { sizes, small, radius, at, width: wide, height, vertical };
}

/** A name like h1, o1 or a2_1 with its index lowered: h₁, a₂,₁. */
const lowered = (name: string) => name.replace(/\d/g, (digit) => '₀₁₂₃₄₅₆₇₈₉'[Number(digit)]).replaceAll('_', ',');

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
  const number = (quantity: string) => (
    <tspan data-quantity={quantity} data-value={String(q[quantity])}>
      {formatNumber(q[quantity])}
    </tspan>
  );
  const inputNames = sizes.slice(0, 1).flatMap((n) => Array.from({ length: n }, (_x, i) => inputName(notation, i)));
  const outputLayer = network.layers.length - 1;
  const summary =
    `Network diagram, ${sizes.join('-')}. Inputs ${inputNames.map((name) => `${name} = ${formatNumber(q[name])}`).join(', ')}; ` +
    network.layers
      .map((layer, l) =>
        layer.weights
          .map((_row, j) => {
            const names = unitNames(notation, l, j);
            return `${names.output} = ${formatNumber(q[names.output])}`;
          })
          .join(', '),
      )
      .join('; ') +
    `; error E = ${formatNumber(q.E)}.`;

  const edge = (parameter: Parameter) => {
    const { layer, unit, input } = parameter.slots[0];
    const from = at(layer, input);
    const to = at(layer + 1, unit);
    const quantity = show === 'gradients' ? `grad_${parameter.name}` : parameter.name;
    const straight = input === unit || sizes[layer] === 1 || sizes[layer + 1] === 1;
    // Top to bottom, a crossing edge is labelled nearer its upper end, so that the four labels between two rows of two
    // units stay apart.
    const t = straight ? 0.5 : vertical ? 0.28 : 0.3;
    const label = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    const weight = q[parameter.name];
    return (
      <g class={weight < 0 ? 'edge edge-negative' : 'edge'}>
        <line
          x1={from.x}
          y1={from.y}
          x2={to.x}
          y2={to.y}
          stroke-width={Math.min(8, 1 + Math.abs(weight) * (small ? 6 : 2))}
        />
        {labelled(layer) && (
          <>
            <rect x={label.x - 34} y={label.y - 20} width="68" height="38" rx="6" class="edge-label-bg" />
            <text x={label.x} y={label.y - 5} class="diagram-name">
              {show === 'gradients' ? `∂E/∂${parameter.label}` : parameter.label}
            </text>
            {value(quantity, { x: label.x, y: label.y + 12 })}
          </>
        )}
      </g>
    );
  };

  /** What is written with unit j of layer l: its bias (above it), and its sum, target or delta (below). */
  const notesOf = (l: number, j: number) => {
    const names = unitNames(notation, l, j);
    const bias = parameters.find((p) => p.bias && p.slots.some((s) => s.layer === l && s.unit === j));
    const notes: string[][] = bias ? [[bias.label, bias.name]] : [];
    const off = network.layers[l].activation === 'relu' && q[names.sum] <= 0 ? ' · off' : '';
    notes.push(
      show === 'deltas'
        ? ['δ', names.delta]
        : l < outputLayer
          ? [notation.kind === 'named' ? 'net' : 'z', names.sum, off]
          : ['target', targetName(notation, j)],
    );
    return small ? notes : [];
  };
  const note = ([label, quantity, suffix]: string[]) => (
    <>
      {label} {number(quantity)}
      {suffix}{' '}
    </>
  );

  /** A unit: its circle, name and value, a bias above it and its sum, target or delta below (listed under the drawing when narrow). */
  const node = (point: Point, name: string, cls: string, notes: string[][] = []) => (
    <g class={cls}>
      <circle cx={point.x} cy={point.y} r={radius} />
      {small && (
        <text x={point.x} y={point.y - 6} class="diagram-name">
          {lowered(name)}
        </text>
      )}
      {value(
        name,
        { x: point.x, y: point.y + (small ? 12 : 4) },
        decimals,
        small ? 'diagram-value' : 'diagram-value diagram-value-small',
      )}
      {!vertical &&
        notes.map((n, k) => (
          <text
            x={point.x}
            y={k < notes.length - 1 ? point.y - radius - 6 : point.y + radius + 16}
            class="diagram-note"
          >
            {note(n)}
          </text>
        ))}
    </g>
  );

  const unit = (l: number, j: number) => {
    const names = unitNames(notation, l, j);
    const notes = notesOf(l, j);
    return node(
      at(l + 1, j),
      names.output,
      `node ${l === outputLayer ? 'node-output' : 'node-hidden'}${network.layers[l].activation === 'relu' && q[names.sum] <= 0 ? ' node-off' : ''}`,
      notes,
    );
  };

  const last = at(sizes.length - 1, 0);
  return (
    <figure class="widget network-diagram">
      <div class={small ? undefined : 'table-scroll'} ref={box}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={summary}
          class={small ? (vertical ? 'diagram-vertical' : undefined) : 'diagram-large'}
        >
          {parameters.filter((p) => !p.bias).map(edge)}
          {inputNames.map((name, i) => node(at(0, i), name, 'node node-input'))}
          {network.layers.map((layer, l) => layer.weights.map((_row, j) => unit(l, j)))}
          <text x={vertical ? width / 2 : last.x} y={height - 12} class="diagram-note">
            E {number('E')}
          </text>
        </svg>
      </div>
      {vertical && (
        <p class="diagram-notes">
          {network.layers.map((layer, l) =>
            layer.weights.map((_row, j) => (
              <>
                {unitNames(notation, l, j).output}: {notesOf(l, j).map(note)}.{' '}
              </>
            )),
          )}
        </p>
      )}
      <figcaption>
        Inputs first, then each layer, the output last. Each line is a weight: thicker for larger magnitude, dashed when
        negative.
        {small && network.layers.some((layer) => layer.biases)
          ? vertical
            ? ' Biases and sums are listed below.'
            : ' A bias is written above its unit.'
          : ''}
        {!small && ' Each unit shows its output; the tables below have every number.'}
        {show === 'deltas' ? ' Each unit shows its delta δ = ∂E/∂z.' : ''}
        {show === 'gradients' ? ' Each edge shows the gradient ∂E/∂w of its weight.' : ''}
        {current.steps > 0 && ` Weights after ${view.steps} training steps.`}
      </figcaption>
    </figure>
  );
}

export { NetworkDiagram as View };
export default /* @__PURE__ */ island('network-diagram', NetworkDiagram);
