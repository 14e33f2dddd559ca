import '../widgets.css';
import { formatNumber } from '../../lib/format.ts';
import { WEIGHT_NAMES, type WeightName } from '../../lib/worked-example.ts';
import { useWorkedView, type WorkedStore } from './state.ts';

type Props = { state: WorkedStore };
type Point = { x: number; y: number };

// Where each neuron sits in the 560 × 280 drawing.
const NODES = {
  i1: { x: 70, y: 80 }, i2: { x: 70, y: 200 },
  h1: { x: 280, y: 80 }, h2: { x: 280, y: 200 },
  o1: { x: 490, y: 140 },
} satisfies Record<string, Point>;
type NodeName = keyof typeof NODES;

// Which weight joins what: h1 = i1·w1 + i2·w2, h2 = i1·w3 + i2·w4, prediction = h1·w5 + h2·w6.
const EDGES: Record<WeightName, [NodeName, NodeName, number]> = {
  w1: ['i1', 'h1', 0.5], w2: ['i2', 'h1', 0.3], w3: ['i1', 'h2', 0.3], w4: ['i2', 'h2', 0.5],
  w5: ['h1', 'o1', 0.5], w6: ['h2', 'o1', 0.5],
};
const RADIUS = 30;

const along = (from: Point, to: Point, t: number): Point => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });

/** The 2-2-1 network drawn with every neuron's value and every weight, at the current weights. */
export default function NetworkDiagram({ state }: Props) {
  const { current, view } = useWorkedView(state);
  const q = view.quantities;
  const off = (name: 'h1' | 'h2') => current.setup.activation === 'relu' && q[`net_${name}`] <= 0;
  const summary =
    `Network diagram. Inputs i1 = ${formatNumber(q.i1)}, i2 = ${formatNumber(q.i2)}; ` +
    `hidden h1 = ${formatNumber(q.h1)}, h2 = ${formatNumber(q.h2)}; prediction ${formatNumber(q.o1)}, ` +
    `target ${formatNumber(q.t1)}; weights ${WEIGHT_NAMES.map((w) => `${w} = ${formatNumber(q[w])}`).join(', ')}.`;

  const value = (quantity: string, point: Point, decimals = 4) => (
    <text x={point.x} y={point.y} class="diagram-value" data-quantity={quantity} data-value={String(q[quantity])}>
      {formatNumber(q[quantity], decimals)}
    </text>
  );

  return (
    <figure class="widget network-diagram">
      <svg viewBox="0 0 560 280" role="img" aria-label={summary}>
        {WEIGHT_NAMES.map((name) => {
          const [from, to, t] = EDGES[name];
          const label = along(NODES[from], NODES[to], t);
          const width = Math.min(8, 1 + Math.abs(q[name]) * 6);
          return (
            <g class={q[name] < 0 ? 'edge edge-negative' : 'edge'}>
              <line x1={NODES[from].x} y1={NODES[from].y} x2={NODES[to].x} y2={NODES[to].y} stroke-width={width} />
              <rect x={label.x - 34} y={label.y - 20} width="68" height="38" rx="6" class="edge-label-bg" />
              <text x={label.x} y={label.y - 5} class="diagram-name">{name}</text>
              {value(name, { x: label.x, y: label.y + 12 })}
            </g>
          );
        })}
        {(['i1', 'i2'] as const).map((name) => (
          <g class="node node-input">
            <circle cx={NODES[name].x} cy={NODES[name].y} r={RADIUS} />
            <text x={NODES[name].x} y={NODES[name].y - 6} class="diagram-name">{name}</text>
            {value(name, { x: NODES[name].x, y: NODES[name].y + 12 })}
          </g>
        ))}
        {(['h1', 'h2'] as const).map((name) => (
          <g class={off(name) ? 'node node-hidden node-off' : 'node node-hidden'}>
            <circle cx={NODES[name].x} cy={NODES[name].y} r={RADIUS} />
            <text x={NODES[name].x} y={NODES[name].y - 6} class="diagram-name">{name}</text>
            {value(name, { x: NODES[name].x, y: NODES[name].y + 12 })}
            <text x={NODES[name].x} y={NODES[name].y + RADIUS + 16} class="diagram-note">
              net{' '}
              <tspan data-quantity={`net_${name}`} data-value={String(q[`net_${name}`])}>
                {formatNumber(q[`net_${name}`])}
              </tspan>
              {off(name) ? ' · off' : ''}
            </text>
          </g>
        ))}
        <g class="node node-output">
          <circle cx={NODES.o1.x} cy={NODES.o1.y} r={RADIUS} />
          <text x={NODES.o1.x} y={NODES.o1.y - 6} class="diagram-name">out</text>
          {value('o1', { x: NODES.o1.x, y: NODES.o1.y + 12 })}
          <text x={NODES.o1.x} y={NODES.o1.y + RADIUS + 16} class="diagram-note">
            target <tspan data-quantity="t1" data-value={String(q.t1)}>{formatNumber(q.t1)}</tspan>
          </text>
          <text x={NODES.o1.x} y={NODES.o1.y + RADIUS + 34} class="diagram-note">
            E <tspan data-quantity="E" data-value={String(q.E)}>{formatNumber(q.E)}</tspan>
          </text>
        </g>
      </svg>
      <figcaption>
        Inputs on the left, the hidden layer in the middle, the prediction on the right. Each line is a weight:
        thicker for larger magnitude, dashed when negative.
        {current.steps > 0 && ` Weights after ${current.steps} training steps.`}
      </figcaption>
    </figure>
  );
}
