// The builder's decision map for a two-input network: the output over the plane as colour (one output: mixed from
// class 0's colour to class 1's in proportion; several: the largest output's class, paler where it leads by less),
// the data points on top (a class is a shape, training points filled, test points hollow), and a small map per
// hidden unit that opens that unit's row in the layer tables. A click on the map adds a point.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Example, Network } from '../../engine/index.ts';
import { classOf } from '../../examples/planar-data.ts';
import { gridOutputs, type Extent } from '../../lib/plane-grid.ts';

/** Grid cells per side of every map; while a run trains (redraws closer together than BUSY_MS), a coarser grid. */
const GRID = 50;
const COARSE = 25;
/** Redraws closer together than this are a run training: they take the coarse grid, the full one follows when it stops. */
const BUSY_MS = 250;
/**
 * While a run trains, each frame redraws the decision map and one in SHARES of the unit maps, in turn: each canvas
 * drawn costs the frame its hand-over to the compositor, and 40 unit maps a frame took ~8 of a frame's 16.7 ms.
 */
const SHARES = 4;
/** Each class's colour on the map (pale), and of its points (dark). */
const CLASS_COLOURS = [
  [146, 197, 222],
  [244, 165, 130],
  [166, 219, 160],
];
const NEUTRAL = [247, 247, 247];
const SIDE = 320;

/** Writes the colour t of the way from `from` to `to` into the pixel at `at`, opaque (no array per pixel: maps redraw every frame). */
function mixInto(pixels: Uint8ClampedArray, at: number, from: number[], to: number[], t: number) {
  for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(from[c] + (to[c] - from[c]) * t);
  pixels[at + 3] = 255;
}

/** Paints the outputs y: one output mixes class 0 into class 1 by y; several take the argmax, lighter as the lead shrinks. */
function paintOutput(pixels: Uint8ClampedArray, at: number, y: number[]) {
  if (y.length === 1) return mixInto(pixels, at, CLASS_COLOURS[0], CLASS_COLOURS[1], Math.min(1, Math.max(0, y[0])));
  const p = y.map((v) => Math.max(0, v));
  const sum = p.reduce((a, b) => a + b, 0);
  const best = p.indexOf(Math.max(...p));
  // Confidence: the largest share above an even split, scaled to [0, 1].
  const confidence = sum > 0 ? (p[best] / sum - 1 / p.length) / (1 - 1 / p.length) : 0;
  mixInto(pixels, at, NEUTRAL, CLASS_COLOURS[best % CLASS_COLOURS.length], confidence);
}

/** A hidden unit's painter: its output scaled to [−1, 1] by its activation's range (or the largest |a| on the map), class 0's colour below 0, class 1's above. */
function unitPainter(activation: string, values: Float64Array, from: number, cells: number) {
  let scale = 1;
  if (activation === 'relu' || activation === 'identity') {
    scale = 0;
    for (let c = 0; c < cells; c++) scale = Math.max(scale, Math.abs(values[from + c]));
    scale ||= 1;
  }
  return (pixels: Uint8ClampedArray, at: number, a: number) => {
    const v = activation === 'sigmoid' ? 2 * a - 1 : a / scale;
    mixInto(pixels, at, NEUTRAL, CLASS_COLOURS[v >= 0 ? 1 : 0], Math.min(1, Math.abs(v)));
  };
}

/** Draws a size × size image on the canvas (sized to it), each cell painted by `paint`. */
function put(canvas: HTMLCanvasElement | null, size: number, paint: (pixels: Uint8ClampedArray, cell: number) => void) {
  if (!canvas) return;
  if (canvas.width !== size) canvas.width = canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return;
  const image = context.createImageData(size, size);
  for (let c = 0; c < size * size; c++) paint(image.data, c);
  context.putImageData(image, 0, 0);
}

/**
 * Opens the layer tables at unit j of layer l: its layer's details opened, its row scrolled to and focused. A closed
 * layer draws its table once opened (LayerMatrices.tsx), so the row is looked for again as the tables change.
 */
function openUnit(l: number, j: number) {
  const details = document.querySelectorAll<HTMLDetailsElement>('figure.layer-matrices details.layer-details')[l];
  if (!details) return;
  details.open = true;
  const focusRow = () => {
    const row = details.querySelector(`[data-quantity="z${l + 1}_${j + 1}"]`)?.closest('tr');
    if (!row) return false;
    const header = row.querySelector<HTMLElement>('th') ?? row;
    header.tabIndex = -1;
    header.scrollIntoView({ block: 'center' });
    header.focus({ preventScroll: true });
    return true;
  };
  if (focusRow()) return;
  const observer = new MutationObserver(() => focusRow() && observer.disconnect());
  observer.observe(details, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 5_000);
}

type Mark = { example: Example; test: boolean };

/** A point's mark: circle, square or triangle by class; filled when it trains, hollow when it tests. */
function PointMark({ example, test, extent }: Mark & { extent: Extent }) {
  const { low, high } = extent;
  const x = ((example.input[0] - low) / (high - low)) * SIDE;
  const y = ((high - example.input[1]) / (high - low)) * SIDE;
  const label = classOf(example);
  const props = {
    class: `data-point class-${label}${test ? ' test-point' : ''}`,
    'data-x1': example.input[0],
    'data-x2': example.input[1],
    'data-label': label,
    'data-test': test ? 'yes' : 'no',
  };
  if (label === 1) return <rect {...props} x={x - 4.5} y={y - 4.5} width={9} height={9} />;
  if (label === 2) return <path {...props} d={`M${x},${y - 6}L${x + 5.5},${y + 4}L${x - 5.5},${y + 4}Z`} />;
  return <circle {...props} cx={x} cy={y} r={5} />;
}

type Props = {
  network: Network;
  examples: Example[];
  testExamples: Example[];
  extent: Extent;
  /** A click on the map at (x1, x2); shift held or not. */
  onAdd?: (x1: number, x2: number, shift: boolean) => void;
  label: string;
};

/** The decision map, its points, and a map per hidden unit. */
export function PlaneMap({ network, examples, testExamples, extent, onAdd, label }: Props) {
  const map = useRef<HTMLCanvasElement>(null);
  const units = useRef<(HTMLCanvasElement | null)[]>([]);
  const buffer = useRef<Float64Array>();
  const hidden = network.layers.slice(0, -1);
  const outputs = network.layers.at(-1)!.weights.length;

  // The unit maps are drawn only while on screen (they come into view drawn afresh).
  const unitMaps = useRef<HTMLDivElement>(null);
  const [unitsShown, setUnitsShown] = useState(false);
  useEffect(() => {
    if (!unitMaps.current) return;
    const observer = new IntersectionObserver((entries) => setUnitsShown(entries.some((e) => e.isIntersecting)));
    observer.observe(unitMaps.current);
    return () => observer.disconnect();
  }, [hidden.length > 0]);

  /** Draws the maps on a size × size grid: every unit map, or (share ≥ 0) those whose index is share modulo SHARES. */
  const draw = (size: number, share = -1) => {
    const values = (buffer.current = gridOutputs(network, extent, size, buffer.current));
    const cells = size * size;
    let u = 0;
    hidden.forEach((layer) => {
      layer.weights.forEach(() => {
        const from = u * cells;
        const paint = unitPainter(layer.activation, values, from, cells);
        if (unitsShown && (share < 0 || u % SHARES === share))
          put(units.current[u] ?? null, size, (pixels, c) => paint(pixels, 4 * c, values[from + c]));
        u++;
      });
    });
    const first = u * cells;
    const y = new Array<number>(outputs);
    put(map.current, size, (pixels, c) => {
      for (let k = 0; k < outputs; k++) y[k] = values[first + k * cells + c];
      paintOutput(pixels, 4 * c, y);
    });
  };
  // While a run trains, the maps redraw every frame on the coarse grid (the unit maps in turn); the full grid follows
  // once it stops.
  const lastDraw = useRef(-Infinity);
  const turn = useRef(0);
  const settle = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    const now = performance.now();
    const busy = now - lastDraw.current < BUSY_MS;
    lastDraw.current = now;
    clearTimeout(settle.current);
    draw(busy ? COARSE : GRID, busy ? turn.current++ % SHARES : -1);
    if (busy) settle.current = setTimeout(() => draw(GRID), 2 * BUSY_MS);
  }, [network, extent.low, extent.high, unitsShown]);
  useEffect(() => () => clearTimeout(settle.current), []);

  const click = (event: MouseEvent) => {
    if (!onAdd) return;
    const box = (event.currentTarget as Element).getBoundingClientRect();
    const { low, high } = extent;
    const x1 = low + ((event.clientX - box.left) / box.width) * (high - low);
    const x2 = high - ((event.clientY - box.top) / box.height) * (high - low);
    onAdd(Math.round(x1 * 100) / 100, Math.round(x2 * 100) / 100, event.shiftKey);
  };
  let u = 0;
  return (
    <div class="plane-maps">
      <div class="map-stack builder-map" role="img" aria-label={label} onClick={click}>
        <canvas ref={map} width={GRID} height={GRID} data-low={extent.low} data-high={extent.high} />
        <svg viewBox={`0 0 ${SIDE} ${SIDE}`} aria-hidden="true">
          {examples.map((example) => (
            <PointMark example={example} test={false} extent={extent} />
          ))}
          {testExamples.map((example) => (
            <PointMark example={example} test={true} extent={extent} />
          ))}
        </svg>
      </div>
      {hidden.length > 0 && (
        <div class="unit-maps" ref={unitMaps}>
          <p class="field-hint">
            What each hidden unit responds to (orange: output above 0, or ½ for a sigmoid; blue: below). Each opens that
            unit's row in the tables above.
          </p>
          {hidden.map((layer, l) => (
            <div class="unit-map-row">
              <span class="unit-map-layer">layer {l + 1}</span>
              {layer.weights.map((_row, j) => {
                const index = u++;
                return (
                  <button
                    type="button"
                    class="unit-map"
                    aria-label={`Layer ${l + 1}, unit ${j + 1}: show its numbers`}
                    onClick={() => openUnit(l, j)}
                  >
                    <canvas ref={(element) => void (units.current[index] = element)} width={GRID} height={GRID} />
                  </button>
                );
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
