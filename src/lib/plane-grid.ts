// A two-input network over a square of the input plane: every unit's output at each point of a grid, in one forward
// pass per point, for the builder's decision map and its map per hidden unit.
import { activations, isHead, softmaxInto, type Network } from '../engine/index.ts';

/** The square shown: x1 and x2 from low to high. */
export type Extent = { low: number; high: number };

/**
 * The square that holds every point with a margin (a tenth of their spread, at least 0.25), its ends rounded out to
 * halves: XOR's square [0, 1]² is shown as [−0.5, 1.5]².
 */
export function extentOf(points: readonly (readonly number[])[]): Extent {
  const values = points.flatMap((point) => [point[0], point[1]]);
  const [lo, hi] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];
  const margin = Math.max(0.1 * (hi - lo), 0.25);
  return { low: Math.floor((lo - margin) * 2) / 2, high: Math.ceil((hi + margin) * 2) / 2 };
}

/** The input at the centre of grid cell (row, column): row 0 is x2 = high, column 0 is x1 = low. */
const cellInput = ({ low, high }: Extent, size: number, row: number, column: number): [number, number] => {
  const step = (high - low) / size;
  return [low + (column + 0.5) * step, high - (row + 0.5) * step];
};

/**
 * Every unit's output over a size × size grid: unit u of the network (counted through the layers, first layer first)
 * at cell c is values[u·size² + c], cells row by row. `into` is reused when it is large enough.
 */
export function gridOutputs(network: Network, extent: Extent, size: number, into?: Float64Array): Float64Array {
  const units = network.layers.reduce((sum, layer) => sum + layer.weights.length, 0);
  const cells = size * size;
  const values = into && into.length >= units * cells ? into : new Float64Array(units * cells);
  const widest = Math.max(2, ...network.layers.map((layer) => layer.weights.length));
  let below = new Float64Array(widest);
  let above = new Float64Array(widest);
  for (let c = 0; c < cells; c++) {
    [below[0], below[1]] = cellInput(extent, size, Math.floor(c / size), c % size);
    let u = 0;
    for (const layer of network.layers) {
      const name = layer.activation;
      const n = layer.weights.length;
      for (let j = 0; j < n; j++) {
        const weights = layer.weights[j];
        let z = layer.biases === null ? 0 : layer.biases[j];
        for (let i = 0; i < weights.length; i++) z += weights[i] * below[i];
        above[j] = isHead(name) ? z : activations[name].apply(z); // a = f(W·a + b)
      }
      if (isHead(name)) softmaxInto(above, 0, n, above, 0); // a = softmax(z) over the whole layer
      for (let j = 0; j < n; j++, u++) values[u * cells + c] = above[j];
      [below, above] = [above, below];
    }
  }
  return values;
}
