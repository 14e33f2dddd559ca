// How much arithmetic one gradient costs, counted in multiply-adds (one weight times one number, added on).

/** The multiply-adds of one gradient, three ways, for a network of layer sizes n_0 (inputs) … n_L (outputs). */
export type CostCounts = {
  /** Weights and biases (one bias per unit). */
  parameters: number;
  /** One forward pass: Σ_l n_l·n_{l−1}. */
  forward: number;
  /** Forward, then backward: Wᵀδ for every layer but the first, and δ·aᵀ for every layer. */
  backprop: number;
  /** Central differences: two forward passes per parameter, 2·P·forward. */
  finiteDifferences: number;
};

/** The layer sizes of a network with `depth` hidden layers of `width` units between `inputs` and `outputs`. */
export const layerSizes = (inputs: number, depth: number, width: number, outputs: number): number[] => [
  inputs,
  ...Array.from({ length: depth }, () => width),
  outputs,
];

/** Counts the multiply-adds of one gradient by backprop and by finite differences. */
export function costCounts(sizes: number[]): CostCounts {
  let forward = 0;
  let biases = 0;
  for (let l = 1; l < sizes.length; l++) {
    forward += sizes[l] * sizes[l - 1]; // z_l = W_l a_{l−1}: n_l·n_{l−1}
    biases += sizes[l];
  }
  const firstLayer = sizes[1] * sizes[0];
  const backward = forward - firstLayer + forward; // δ_{l−1} = W_lᵀ δ_l above the first layer, ∂E/∂W_l = δ_l a_{l−1}ᵀ for all
  const parameters = forward + biases;
  return { parameters, forward, backprop: forward + backward, finiteDifferences: 2 * parameters * forward };
}
