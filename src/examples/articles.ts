// The articles' worked examples as data: their starting weights, examples and learning rates, and their notation
// (w1…w8, b1, W1, …) mapped onto the engine's weights[neuron][input]. Tutorial numbers, not engine: the engine
// knows no article.
import type { ActivationName, Example, Gradients, Network } from '../engine/index.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

function expectShape(network: Network, shape: number[], biases: boolean, name: string): void {
  const actual = [network.layers[0]?.weights[0]?.length ?? 0, ...network.layers.map((layer) => layer.weights.length)];
  const fits =
    actual.join('-') === shape.join('-') && network.layers.every((layer) => (layer.biases !== null) === biases);
  if (!fits)
    throw new Error(
      `${name} needs a ${shape.join('-')} network ${biases ? 'with' : 'without'} biases, got ${actual.join('-')}.`,
    );
}

/** The six weights of articles 000 and 002: h1 = i1·w1 + i2·w2, h2 = i1·w3 + i2·w4, out = h1·w5 + h2·w6. */
export type ArticleWeights = { w1: number; w2: number; w3: number; w4: number; w5: number; w6: number };

/** Article 000's starting weights. */
export const ARTICLE_000: ArticleWeights = /* @__PURE__ */ deepFreeze({
  w1: 0.12,
  w2: 0.33,
  w3: 0.15,
  w4: 0.09,
  w5: 0.11,
  w6: 0.12,
});
/** Article 002's starting weights. */
export const ARTICLE_002: ArticleWeights = /* @__PURE__ */ deepFreeze({
  w1: 0.11,
  w2: 0.21,
  w3: 0.12,
  w4: 0.08,
  w5: 0.14,
  w6: 0.15,
});
/** The single example of articles 000 and 002: inputs [2, 3], target [1]. */
export const ARTICLE_EXAMPLE: Example = /* @__PURE__ */ deepFreeze({ input: [2, 3], target: [1] });
/** The learning rate of articles 000 and 002. */
export const ARTICLE_LEARNING_RATE = 0.05;

/**
 * The articles' 2-2-1 network without biases, the hidden activation chosen, a linear output. Article 000 names ReLU,
 * but every hidden sum of both articles is positive, so it computes as linear: the default is the identity.
 */
export function articleNetwork(weights: ArticleWeights, hiddenActivation: ActivationName = 'identity'): Network {
  const { w1, w2, w3, w4, w5, w6 } = weights;
  return {
    layers: [
      {
        weights: [
          [w1, w2],
          [w3, w4],
        ],
        biases: null,
        activation: hiddenActivation,
      },
      { weights: [[w5, w6]], biases: null, activation: 'identity' },
    ],
  };
}

/** Reads w1…w6 back from a 2-2-1 network without biases. */
export function articleWeights(network: Network): ArticleWeights {
  expectShape(network, [2, 2, 1], false, 'articleWeights');
  const [[w1, w2], [w3, w4]] = network.layers[0].weights;
  const [[w5, w6]] = network.layers[1].weights;
  return { w1, w2, w3, w4, w5, w6 };
}

/** Names the weight gradients of a 2-2-1 network: ∂E/∂w1 … ∂E/∂w6. */
export function articleGradients(gradients: Gradients): ArticleWeights {
  const [[w1, w2], [w3, w4]] = gradients.layers[0].weights;
  const [[w5, w6]] = gradients.layers[1].weights;
  return { w1, w2, w3, w4, w5, w6 };
}

/** Mazur's 2-2-2 notation: h1 = w1·i1 + w2·i2 + b1, h2 = w3·i1 + w4·i2 + b1, o1 = w5·h1 + w6·h2 + b2, o2 = w7·h1 + w8·h2 + b2. */
export type MazurWeights = ArticleWeights & { w7: number; w8: number; b1: number; b2: number };

/** The starting values of Mazur's worked example ("A Step by Step Backpropagation Example", 2015). */
export const MAZUR_PRESET: MazurWeights = /* @__PURE__ */ deepFreeze({
  w1: 0.15,
  w2: 0.2,
  w3: 0.25,
  w4: 0.3,
  w5: 0.4,
  w6: 0.45,
  w7: 0.5,
  w8: 0.55,
  b1: 0.35,
  b2: 0.6,
});
/** The example of Mazur's worked example: inputs [0.05, 0.10], targets [0.01, 0.99]. */
export const MAZUR_EXAMPLE: Example = /* @__PURE__ */ deepFreeze({ input: [0.05, 0.1], target: [0.01, 0.99] });
/** The learning rate of Mazur's worked example. */
export const MAZUR_LEARNING_RATE = 0.5;

/** A 2-2-2 network from Mazur's names; the shared biases b1, b2 become one bias per neuron. */
export function mazurNetwork(weights: MazurWeights, activation: ActivationName = 'sigmoid'): Network {
  const { w1, w2, w3, w4, w5, w6, w7, w8, b1, b2 } = weights;
  return {
    layers: [
      {
        weights: [
          [w1, w2],
          [w3, w4],
        ],
        biases: [b1, b1],
        activation,
      },
      {
        weights: [
          [w5, w6],
          [w7, w8],
        ],
        biases: [b2, b2],
        activation,
      },
    ],
  };
}

/** Reads Mazur's names back; throws if a layer's two biases differ (b1 and b2 are shared). */
export function mazurWeights(network: Network): MazurWeights {
  expectShape(network, [2, 2, 2], true, 'mazurWeights');
  const [[w1, w2], [w3, w4]] = network.layers[0].weights;
  const [[w5, w6], [w7, w8]] = network.layers[1].weights;
  const [b1, b1Again] = network.layers[0].biases ?? [];
  const [b2, b2Again] = network.layers[1].biases ?? [];
  if (b1 !== b1Again || b2 !== b2Again)
    throw new Error('mazurWeights needs one shared bias per layer, but the biases differ.');
  return { w1, w2, w3, w4, w5, w6, w7, w8, b1, b2 };
}

/** Names the gradients of a 2-2-2 network; a shared bias collects both neurons' terms: ∂E/∂b1 = δ_h1 + δ_h2. */
export function mazurGradients(gradients: Gradients): MazurWeights {
  const [[w1, w2], [w3, w4]] = gradients.layers[0].weights;
  const [[w5, w6], [w7, w8]] = gradients.layers[1].weights;
  const [h1, h2] = gradients.layers[0].deltas;
  const [o1, o2] = gradients.layers[1].deltas;
  return { w1, w2, w3, w4, w5, w6, w7, w8, b1: h1 + h2, b2: o1 + o2 };
}

/** Article 003's matrices: hidden = σ(W1·x + b1), output = σ(W2·hidden + b2). */
export type XorParameters = { W1: number[][]; b1: number[]; W2: number[][]; b2: number[] };

/** Article 003's starting values. */
export const ARTICLE_003: XorParameters = /* @__PURE__ */ deepFreeze({
  W1: [
    [-4, -4],
    [-1, 1],
  ],
  b1: [-1, 2],
  W2: [[-3, -2]],
  b2: [3],
});
/** The learning rate of article 003. */
export const ARTICLE_003_LEARNING_RATE = 1;
/** The four XOR examples, in truth-table order. */
export const XOR_EXAMPLES: Example[] = /* @__PURE__ */ deepFreeze([
  { input: [0, 0], target: [0] },
  { input: [0, 1], target: [1] },
  { input: [1, 0], target: [1] },
  { input: [1, 1], target: [0] },
]);

/** Article 003's network, sigmoid on both layers. */
export function xorNetwork(parameters: XorParameters): Network {
  return {
    layers: [
      { weights: parameters.W1.map((row) => row.slice()), biases: parameters.b1.slice(), activation: 'sigmoid' },
      { weights: parameters.W2.map((row) => row.slice()), biases: parameters.b2.slice(), activation: 'sigmoid' },
    ],
  };
}

/** Reads W1, b1, W2, b2 back from a two-layer network with biases. */
export function xorParameters(network: Network): XorParameters {
  if (network.layers.length !== 2) throw new Error(`xorParameters needs two layers, got ${network.layers.length}.`);
  const [hidden, output] = network.layers;
  if (hidden.biases === null || output.biases === null) throw new Error('xorParameters needs biases on both layers.');
  return {
    W1: hidden.weights.map((row) => row.slice()),
    b1: hidden.biases.slice(),
    W2: output.weights.map((row) => row.slice()),
    b2: output.biases.slice(),
  };
}
