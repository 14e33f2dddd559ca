/** The name of an activation function, so a network serialises as plain JSON. */
export type ActivationName = 'identity' | 'relu' | 'sigmoid' | 'tanh';

/** An activation f and its derivative f′, both taken at the weighted sum z. */
export type Activation = { apply(z: number): number; derivative(z: number): number };

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z)); // σ(z) = 1 / (1 + e^(−z))
}

/** Every activation by name, each with its derivative beside its rule. */
export const activations: Readonly<Record<ActivationName, Activation>> = Object.freeze({
  identity: Object.freeze({
    apply: (z: number) => z, // f(z) = z
    derivative: (_z: number) => 1, // f′(z) = 1
  }),
  relu: Object.freeze({
    apply: (z: number) => (z > 0 ? z : 0), // f(z) = max(0, z)
    derivative: (z: number) => (z > 0 ? 1 : 0), // f′(z) = 1 if z > 0, else 0 (0 at the kink)
  }),
  sigmoid: Object.freeze({
    apply: sigmoid,
    derivative: (z: number) => {
      const s = sigmoid(z);
      return s * (1 - s); // σ′(z) = σ(z)(1 − σ(z))
    },
  }),
  tanh: Object.freeze({
    apply: (z: number) => Math.tanh(z), // f(z) = tanh z
    derivative: (z: number) => {
      const t = Math.tanh(z);
      return 1 - t * t; // tanh′(z) = 1 − tanh²(z)
    },
  }),
});

/** The activation names, in a fixed order (the fast path numbers them by this order). */
export const activationNames: readonly ActivationName[] = Object.freeze(['identity', 'relu', 'sigmoid', 'tanh']);
