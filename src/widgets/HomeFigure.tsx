// The home page's live figure: Part I's 2-2-1 network, small, with one weight as a real field. Changing it moves
// the prediction, the error and that weight's gradient, all from the page's store like a chapter's widgets; a link
// opens the same setup in the chapter that derives the gradient. Rendered on the server at the defaults; the home
// page hydrates it on the reader's first interaction (src/browser/home.ts).
import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../lib/format.ts';
import { inputName, parametersOf, targetName, unitNames, valueAt, withParameter } from '../lib/notation.ts';
import { island } from './island.tsx';
import { NumberField } from './parts/NumberField.tsx';
import { Num } from './parts/Num.tsx';
import { queryOf } from '../page/links.ts';
import { setSetup, useView, type PageStore } from '../page/store.ts';

type Props = {
  page: PageStore;
  /** The weight the reader changes, by its symbol (w5). */
  weight: string;
  /** The chapter section that derives the weight's gradient, under the site's base: the link adds the setup's query. */
  section: string;
};

type Point = { x: number; y: number };

/** Where the units sit in the drawing (x 0–340, y 24–176): inputs, hidden layer, output. */
const at = (column: number, unit: number, size: number): Point => ({
  x: 40 + column * 130,
  y: 100 + (unit - (size - 1) / 2) * 84,
});
const RADIUS = 29;

/** The number line under the diagram: where the prediction and the target fall, the gap between them shaded. */
function MissLine({
  prediction,
  target,
  predictionName,
  targetLabel,
}: {
  prediction: number;
  target: number;
  predictionName: string;
  targetLabel: string;
}) {
  const low = Math.min(0, prediction, target);
  const high = Math.max(1.5, prediction, target);
  const x = (value: number) => 16 + ((value - low) / (high - low)) * 308;
  const [left, right] = [x(Math.min(prediction, target)), x(Math.max(prediction, target))];
  return (
    <svg viewBox="0 0 340 56" class="home-figure-line" aria-hidden="true">
      <line x1="16" y1="30" x2="324" y2="30" class="home-axis" />
      <rect x={left} y="24" width={Math.max(right - left, 0.5)} height="12" class="home-miss" />
      <line x1={x(target)} y1="16" x2={x(target)} y2="44" class="home-target" />
      <text x={x(target)} y="12" class="home-line-label">
        {targetLabel}
      </text>
      <circle cx={x(prediction)} cy="30" r="7" class="home-prediction" />
      <text x={x(prediction)} y="55" class="home-line-label">
        {predictionName}
      </text>
    </svg>
  );
}

/** The figure: see the file comment. */
function HomeFigure({ page, weight, section }: Props) {
  const { view } = useView(page);
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);
  const { notation } = page.definition;
  const { network } = view;
  const q = view.quantities;
  const parameters = parametersOf(notation, network).filter((p) => !p.bias);
  const chosen = parameters.find((p) => p.name === weight) ?? parameters[parameters.length - 1];
  const output = unitNames(notation, network.layers.length - 1, 0).output;
  const target = targetName(notation, 0);
  const gradient = q[`grad_${chosen.name}`];
  const setWeight = (value: number) =>
    setSetup(page, { network: withParameter(page.state.value.setup.network, chosen, value) });
  const nudge = (delta: number) =>
    setWeight(Number((valueAt(page.state.value.setup.network, chosen.slots[0]) + delta).toFixed(10)));
  const sizes = [network.layers[0].weights[0].length, ...network.layers.map((layer) => layer.weights.length)];
  const nameAt = (column: number, unit: number) =>
    column === 0 ? inputName(notation, unit) : unitNames(notation, column - 1, unit).output;
  const [path, hash = ''] = section.split('#');
  const direction =
    gradient === 0
      ? `At this value of ${chosen.label} the error is as small as ${chosen.label} alone can make it.`
      : `Raising ${chosen.label} would make the error ${gradient < 0 ? 'smaller' : 'larger'}, so gradient descent moves it ${gradient < 0 ? 'up' : 'down'}, against the sign of the gradient.`;

  return (
    <figure class="widget home-figure" aria-labelledby="home-figure-caption">
      <div class="home-figure-body">
        <svg
          viewBox="0 24 340 152"
          class="home-figure-net"
          role="img"
          aria-label={`The 2-2-1 network: inputs ${nameAt(0, 0)} and ${nameAt(0, 1)}, hidden units, the output ${output}; the weight ${chosen.label} is drawn thick.`}
        >
          {parameters.map((parameter) => {
            const { layer, unit, input } = parameter.slots[0];
            const from = at(layer, input, sizes[layer]);
            const to = at(layer + 1, unit, sizes[layer + 1]);
            const picked = parameter === chosen;
            return (
              <line
                x1={from.x}
                y1={from.y}
                x2={to.x}
                y2={to.y}
                class={picked ? 'home-edge home-edge-picked' : 'home-edge'}
                stroke-width={picked ? Math.min(10, 2 + Math.abs(q[parameter.name]) * 8) : 1.5}
                data-controls={picked ? parameter.name : undefined}
              />
            );
          })}
          {sizes.map((size, column) =>
            Array.from({ length: size }, (_x, unit) => {
              const point = at(column, unit, size);
              const name = nameAt(column, unit);
              return (
                <g class="home-node">
                  <circle cx={point.x} cy={point.y} r={RADIUS} />
                  <text x={point.x} y={point.y - 6} class="home-node-name">
                    {name}
                  </text>
                  <text
                    x={point.x}
                    y={point.y + 12}
                    class="home-node-value"
                    data-quantity={name}
                    data-value={String(q[name])}
                  >
                    {formatNumber(q[name])}
                  </text>
                </g>
              );
            }),
          )}
          {(() => {
            const { layer, unit, input } = chosen.slots[0];
            const from = at(layer, input, sizes[layer]);
            const to = at(layer + 1, unit, sizes[layer + 1]);
            // Above the edge, starting just right of the unit it leaves: clear of both circles for any value.
            const start = { x: from.x + RADIUS + 6, y: Math.min(from.y, to.y) - 6 };
            return (
              <text x={start.x} y={start.y} class="home-edge-label">
                {chosen.label} ={' '}
                <tspan data-quantity={chosen.name} data-value={String(q[chosen.name])}>
                  {formatNumber(q[chosen.name])}
                </tspan>
              </text>
            );
          })()}
        </svg>
        <div class="home-figure-side">
          <div class="home-figure-control">
            <NumberField
              label={chosen.label}
              quantity={chosen.name}
              value={valueAt(view.network, chosen.slots[0])}
              onChange={setWeight}
            />
            {live && (
              <div class="home-nudges">
                <button type="button" aria-label={`Lower ${chosen.label} by 0.1`} onClick={() => nudge(-0.1)}>
                  −0.1
                </button>
                <button type="button" aria-label={`Raise ${chosen.label} by 0.1`} onClick={() => nudge(0.1)}>
                  +0.1
                </button>
              </div>
            )}
          </div>
          <dl class="home-readout">
            <div>
              <dt>prediction {output}</dt>
              <dd>
                <Num quantity={output} value={q[output]} />
              </dd>
            </div>
            <div>
              <dt>target {target}</dt>
              <dd>
                <Num quantity={target} value={q[target]} />
              </dd>
            </div>
            <div>
              <dt>error E</dt>
              <dd>
                <Num quantity="E" value={q.E} />
              </dd>
            </div>
            <div>
              <dt>gradient ∂E/∂{chosen.label}</dt>
              <dd>
                <Num quantity={`grad_${chosen.name}`} value={gradient} />
              </dd>
            </div>
          </dl>
        </div>
      </div>
      <MissLine prediction={q[output]} target={q[target]} predictionName={output} targetLabel={target} />
      <figcaption id="home-figure-caption">
        <span class="home-direction">{direction}</span>{' '}
        <a href={`${path}${queryOf(page)}${hash ? `#${hash}` : ''}`}>Open this setup in the chapter</a>, where every
        factor of ∂E/∂{chosen.label} is worked out.
      </figcaption>
    </figure>
  );
}

export { HomeFigure as View };
export default /* @__PURE__ */ island<{ weight: string; section: string }>('home-figure', HomeFigure);
