import type { Network } from '../engine/index.ts';
import { formatNumber } from '../lib/format.ts';
import { inputName, parametersOf, targetName, unitNames, type Parameter } from '../lib/notation.ts';
import { island } from './island.tsx';
import { useView, type PageStore } from './store.ts';

/** What the diagram writes on units and edges: values and weights, deltas, or gradients ∂E/∂w. */
type Show = 'values' | 'deltas' | 'gradients';
type Props = { page: PageStore; show?: Show };
type Point = { x: number; y: number };

const WIDTH = 560;

/** Where every unit sits: one column per layer (inputs first), units spread evenly around the middle. */
function layout(network: Network) {
  const sizes = [network.layers[0].weights[0].length, ...network.layers.map((layer) => layer.weights.length)];
  const most = Math.max(...sizes);
  const spacing = most <= 2 ? 120 : Math.max(52, Math.min(100, 420 / most));
  const radius = most <= 2 ? 30 : most <= 4 ? 24 : 17;
  const top = 80;
  const middle = top + ((most - 1) * spacing) / 2;
  const step = (WIDTH - 140) / (sizes.length - 1);
  const at = (column: number, unit: number): Point => ({ x: 70 + column * step, y: middle + (unit - (sizes[column] - 1) / 2) * spacing });
  const height = Math.max(280, top + (most - 1) * spacing + 90);
  return { sizes, most, radius, at, height };
}

/** A name like h1, o1 or a2_1 as a symbol with its index lowered: h₁, a₂,₁. */
function Symbol({ name }: { name: string }) {
  const match = /^([A-Za-z]+)(\d[\d_]*)$/.exec(name);
  if (!match) return <>{name}</>;
  return <>{match[1]}<tspan class="diagram-index" dy="4">{match[2].replaceAll('_', ',')}</tspan></>;
}

/** The network drawn from its shape, with every unit's value and, where there is room, every weight and bias. */
function NetworkDiagram({ page, show = 'values' }: Props) {
  const { current, view } = useView(page);
  const { notation } = page.definition;
  const { network } = view;
  const q = view.quantities;
  const { sizes, most, radius, at, height } = layout(network);
  const parameters = parametersOf(notation, network);
  const labelled = (l: number) => sizes[l] <= 2 && sizes[l + 1] <= 2;
  const small = most <= 4;
  const value = (quantity: string, point: Point, decimals = 4, cls = 'diagram-value') => (
    <text x={point.x} y={point.y} class={cls} data-quantity={quantity} data-value={String(q[quantity])}>
      {formatNumber(q[quantity], decimals)}
    </text>
  );
  const note = (label: string, quantity: string, point: Point) => (
    <text x={point.x} y={point.y} class="diagram-note">
      {label} <tspan data-quantity={quantity} data-value={String(q[quantity])}>{formatNumber(q[quantity])}</tspan>
    </text>
  );
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
    const t = straight ? 0.5 : 0.3;
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

  const unit = (l: number, j: number) => {
    const names = unitNames(notation, l, j);
    const point = at(l + 1, j);
    const output = l === outputLayer;
    const off = network.layers[l].activation === 'relu' && q[names.sum] <= 0;
    const bias = parameters.find((p) => p.bias && p.slots.some((s) => s.layer === l && s.unit === j));
    const below = (k: number) => ({ x: point.x, y: point.y + radius + 16 + 18 * k });
    return (
      <g class={`node ${output ? 'node-output' : 'node-hidden'}${off ? ' node-off' : ''}`}>
        <circle cx={point.x} cy={point.y} r={radius} />
        {small && <text x={point.x} y={point.y - 6} class="diagram-name"><Symbol name={names.output} /></text>}
        {value(names.output, { x: point.x, y: point.y + (small ? 12 : 4) }, radius >= 30 ? 4 : 2, small ? 'diagram-value' : 'diagram-value diagram-value-small')}
        {small && bias && <text x={point.x} y={point.y - radius - 6} class="diagram-note diagram-bias">
          {bias.label} <tspan data-quantity={bias.name} data-value={String(q[bias.name])}>{formatNumber(q[bias.name])}</tspan>
        </text>}
        {small && show === 'deltas' && note('δ', names.delta, below(0))}
        {small && show !== 'deltas' && !output && (
          <text x={below(0).x} y={below(0).y} class="diagram-note">
            {notation.kind === 'named' ? 'net' : 'z'}{' '}
            <tspan data-quantity={names.sum} data-value={String(q[names.sum])}>{formatNumber(q[names.sum])}</tspan>
            {off ? ' · off' : ''}
          </text>
        )}
        {small && show !== 'deltas' && output && note('target', targetName(notation, j), below(0))}
      </g>
    );
  };

  return (
    <figure class="widget network-diagram">
      <div class={small ? undefined : 'table-scroll'}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} class={small ? undefined : 'diagram-large'}>
        {parameters.filter((p) => !p.bias).map(edge)}
        {inputNames.map((name, i) => (
          <g class="node node-input">
            <circle cx={at(0, i).x} cy={at(0, i).y} r={radius} />
            {small && <text x={at(0, i).x} y={at(0, i).y - 6} class="diagram-name"><Symbol name={name} /></text>}
            {value(name, { x: at(0, i).x, y: at(0, i).y + (small ? 12 : 4) }, radius >= 30 ? 4 : 2, small ? 'diagram-value' : 'diagram-value diagram-value-small')}
          </g>
        ))}
        {network.layers.map((layer, l) => layer.weights.map((_row, j) => unit(l, j)))}
        {note('E', 'E', { x: at(sizes.length - 1, 0).x, y: height - 12 })}
      </svg>
      </div>
      <figcaption>
        Inputs on the left, then each layer; the output on the right. Each line is a weight: thicker for larger
        magnitude, dashed when negative.{small && network.layers.some((layer) => layer.biases) ? ' A bias is written above its unit.' : ''}
        {!small && ' Each unit shows its output; the tables below have every number.'}
        {show === 'deltas' ? ' Each unit shows its delta δ = ∂E/∂z.' : ''}
        {show === 'gradients' ? ' Each edge shows the gradient ∂E/∂w of its weight.' : ''}
        {current.steps > 0 && ` Weights after ${current.steps} training steps.`}
      </figcaption>
    </figure>
  );
}

export { NetworkDiagram as View };
export default /* @__PURE__ */ island('network-diagram', NetworkDiagram);
