// Starting weights drawn from a seed, as article 003 draws its own: whole numbers from low to high, without 0.
import { createRng, type Network } from '../engine/index.ts';

/** Every weight and bias of `network` drawn again from `seed`: whole numbers in [low, high] other than 0, in layer order. */
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
