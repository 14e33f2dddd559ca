// Networks drawn from a seed: a Xavier start of any shape, and article 003's whole-number start. Apart from random.ts,
// which the online order needs on every page, so that a page that draws no network does not load them.
import type { ActivationName } from './activations.ts';
import type { Network } from './network.ts';
import { createRng } from './random.ts';

/** Options of initNetwork: the seed, whether layers have biases, and the half-width of the uniform draw. */
export type InitOptions = { seed: number; bias: boolean; scale?: number };

/** A network of the given shape (inputs first) with weights drawn uniformly in ±scale (default: Xavier, √(6/(n_in+n_out))) and biases 0. */
export function initNetwork(shape: number[], activations: ActivationName[], options: InitOptions): Network {
  if (shape.length < 2) throw new Error('A network shape needs at least an input size and an output size.');
  if (activations.length !== shape.length - 1) {
    throw new Error(
      `Shape [${shape.join(', ')}] has ${shape.length - 1} layers but ${activations.length} activations were given.`,
    );
  }
  const random = createRng(options.seed);
  return {
    layers: activations.map((activation, l) => {
      const inputs = shape[l];
      const neurons = shape[l + 1];
      const scale = options.scale ?? Math.sqrt(6 / (inputs + neurons)); // Xavier/Glorot uniform limit
      const draw = () => (2 * random() - 1) * scale;
      return {
        weights: Array.from({ length: neurons }, () => Array.from({ length: inputs }, draw)),
        biases: options.bias ? new Array<number>(neurons).fill(0) : null,
        activation,
      };
    }),
  };
}

/** Every weight and bias of `network` drawn again from `seed` as whole numbers in [low, high] other than 0, in layer order (W, then b), as article 003 draws its start. */
export function seededNetwork(network: Network, { low, high }: { low: number; high: number }, seed: number): Network {
  const random = createRng(seed);
  const choices: number[] = [];
  for (let v = Math.ceil(low); v <= high; v++) if (v !== 0) choices.push(v);
  const draw = () => choices[Math.floor(random() * choices.length)];
  return {
    layers: network.layers.map((layer) => ({
      weights: layer.weights.map((row) => row.map(draw)),
      biases: layer.biases && layer.biases.map(draw),
      activation: layer.activation,
    })),
  };
}
