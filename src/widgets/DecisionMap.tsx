import { useEffect, useRef } from 'preact/hooks';
import { activations, isHead, softmaxInto, type Network } from '../engine/index.ts';
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
/** With several outputs (one per class), each class's colour at full confidence: class 1, 2, 3 (blue, orange, green). */
const CLASSES = [ZERO, ONE, [150, 210, 140]];

/**
 * One sample's colour: with one output, the mix of ZERO and ONE in proportion to it; with K outputs, the colour of the
 * class with the largest output, mixed with white as that output falls from 1 to 1/K (where no class is preferred).
 */
function colourOf(outputs: Float64Array, n: number, rgb: number[]): void {
  if (n === 1) {
    const y = Math.min(1, Math.max(0, outputs[0]));
    for (let c = 0; c < 3; c++) rgb[c] = ZERO[c] + (ONE[c] - ZERO[c]) * y;
    return;
  }
  let best = 0;
  for (let k = 1; k < n; k++) if (outputs[k] > outputs[best]) best = k;
  const sure = Math.min(1, Math.max(0, (outputs[best] - 1 / n) / (1 - 1 / n)));
  const colour = CLASSES[best % CLASSES.length];
  for (let c = 0; c < 3; c++) rgb[c] = 255 + (colour[c] - 255) * sure;
}

/** Paints the grid into the canvas's pixels: row 0 is x2 = HIGH, column 0 is x1 = LOW; a = f(W·a + b) layer by layer, in reused buffers; one output mixes two colours, several take the likeliest class's. */
function paint(canvas: HTMLCanvasElement, network: Network): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(GRID, GRID);
  const step = (HIGH - LOW) / (GRID - 1);
  const widest = Math.max(2, ...network.layers.map((layer) => layer.weights.length));
  let below = new Float64Array(widest);
  let above = new Float64Array(widest);
  const outputs = network.layers[network.layers.length - 1].weights.length;
  const rgb = [0, 0, 0];
  for (let row = 0; row < GRID; row++) {
    for (let column = 0; column < GRID; column++) {
      below[0] = LOW + column * step;
      below[1] = HIGH - row * step;
      for (const layer of network.layers) {
        const name = layer.activation;
        for (let j = 0; j < layer.weights.length; j++) {
          const weights = layer.weights[j];
          let z = layer.biases === null ? 0 : layer.biases[j];
          for (let i = 0; i < weights.length; i++) z += weights[i] * below[i];
          above[j] = isHead(name) ? z : activations[name].apply(z);
        }
        if (isHead(name)) softmaxInto(above, 0, layer.weights.length, above, 0);
        [below, above] = [above, below];
      }
      colourOf(below, outputs, rgb);
      const at = 4 * (row * GRID + column);
      for (let c = 0; c < 3; c++) image.data[at + c] = Math.round(rgb[c]);
      image.data[at + 3] = 255;
    }
  }
  context.putImageData(image, 0, 0);
}

/** The network's output over the input plane as colour, with the examples and the hidden units' lines on top. */
function DecisionMap({ page }: Props) {
  const { current, view } = useView(page);
  const canvas = useRef<HTMLCanvasElement>(null);
  const { network } = view;
  useEffect(() => {
    if (canvas.current) paint(canvas.current, network);
  }, [network]);
  const { examples } = current.setup;
  const n = network.layers[network.layers.length - 1].weights.length;
  const q = view.quantities;
  // One output: its value per example; several: the likeliest class per example and its probability.
  const predicted = (key: string) => {
    if (n === 1) return formatNumber(q[`pred_${key}`]);
    const values = Array.from({ length: n }, (_v, k) => q[`pred_${key}_${k + 1}`]);
    const best = values.indexOf(Math.max(...values));
    return `class ${best + 1} (${formatNumber(values[best])})`;
  };
  const predictions = examples
    .map((example, e) => `(${example.input.join(', ')}) ${predicted(exampleKey(examples, e))}`)
    .join(', ');
  const label =
    n === 1
      ? `Decision map: the output over the input plane, pale blue near 0, pale orange near 1. Predictions ${predictions}.`
      : `Decision map: the likeliest of ${n} classes over the input plane, class 1 blue, class 2 orange, class 3 green, paler where the network is less sure. Predictions ${predictions}.`;
  const caption =
    n === 1
      ? 'Pale blue: output 0; pale orange: output 1. Circles: target 0; squares: target 1.'
      : 'Blue: class 1; orange: class 2; green: class 3; white where no class is preferred. Circles: class 1; squares: class 2; triangles: class 3.';
  return (
    <figure class="widget decision-map">
      <div class="map-stack" role="img" aria-label={label}>
        <canvas ref={canvas} width={GRID} height={GRID} data-low={LOW} data-high={HIGH} />
        <svg viewBox={`0 0 ${SIDE} ${SIDE}`} aria-hidden="true">
          <PlaneMarks network={network} examples={examples} lines={true} />
        </svg>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

export { DecisionMap as View };
export default /* @__PURE__ */ island('decision-map', DecisionMap);
