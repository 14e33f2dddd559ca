import { useEffect, useRef } from 'preact/hooks';
import { activations, type Network } from '../engine/index.ts';
import { formatNumber } from '../lib/format.ts';
import { exampleKey } from '../lib/notation.ts';
import { island } from './island.tsx';
import { HIGH, LOW, PlaneMarks, SIDE } from './parts/InputPlane.tsx';
import { useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** Samples per side: the step (HIGH − LOW)/(GRID − 1) = 1/24 puts samples exactly on 0 and 1. */
const GRID = 49;
/** The colours of output 0 and output 1; every sample is the mix in proportion to the network's output there. */
const ZERO = [146, 197, 222];
const ONE = [244, 165, 130];

/** Paints the grid into the canvas's pixels: row 0 is x2 = HIGH, column 0 is x1 = LOW; a = f(W·a + b) layer by layer, in reused buffers. */
function paint(canvas: HTMLCanvasElement, network: Network): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(GRID, GRID);
  const step = (HIGH - LOW) / (GRID - 1);
  const widest = Math.max(2, ...network.layers.map((layer) => layer.weights.length));
  let below = new Float64Array(widest);
  let above = new Float64Array(widest);
  for (let row = 0; row < GRID; row++) {
    for (let column = 0; column < GRID; column++) {
      below[0] = LOW + column * step;
      below[1] = HIGH - row * step;
      for (const layer of network.layers) {
        const f = activations[layer.activation].apply;
        for (let j = 0; j < layer.weights.length; j++) {
          const weights = layer.weights[j];
          let z = layer.biases === null ? 0 : layer.biases[j];
          for (let i = 0; i < weights.length; i++) z += weights[i] * below[i];
          above[j] = f(z);
        }
        [below, above] = [above, below];
      }
      const y = Math.min(1, Math.max(0, below[0]));
      const at = 4 * (row * GRID + column);
      for (let c = 0; c < 3; c++) image.data[at + c] = Math.round(ZERO[c] + (ONE[c] - ZERO[c]) * y);
      image.data[at + 3] = 255;
    }
  }
  context.putImageData(image, 0, 0);
}

/** The network's output over the input plane as colour, with the four examples and the hidden units' lines on top. */
function DecisionMap({ page }: Props) {
  const { current, view } = useView(page);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { network } = view;
  useEffect(() => {
    if (canvas.current) paint(canvas.current, network);
  }, [network]);
  const { examples } = current.setup;
  const predictions = examples
    .map((example, e) => `(${example.input.join(', ')}) ${formatNumber(view.quantities[`pred_${exampleKey(examples, e)}`])}`)
    .join(', ');
  const label = `Decision map: the output over the input plane, pale blue near 0, pale orange near 1. Predictions ${predictions}.`;
  return (
    <figure class="widget decision-map">
      <div class="map-stack" role="img" aria-label={label}>
        <canvas ref={canvas} width={GRID} height={GRID} data-low={LOW} data-high={HIGH} />
        <svg viewBox={`0 0 ${SIDE} ${SIDE}`} aria-hidden="true">
          <PlaneMarks network={network} examples={examples} lines={true} />
        </svg>
      </div>
      <figcaption>Pale blue: output 0; pale orange: output 1. Circles: target 0; squares: target 1.</figcaption>
    </figure>
  );
}

export { DecisionMap as View };
export default /* @__PURE__ */ island('decision-map', DecisionMap);
