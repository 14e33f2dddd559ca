/** The name of a loss function. */
export type LossName = 'half-squared-error' | 'mean-squared-error';

/** A loss E over the outputs y and targets t, and its gradient ∂E/∂y. */
export type Loss = {
  value(outputs: number[], targets: number[]): number;
  derivative(outputs: number[], targets: number[]): number[];
};

function sumOfSquares(outputs: number[], targets: number[]): number {
  let sum = 0;
  for (let k = 0; k < outputs.length; k++) {
    const difference = outputs[k] - targets[k];
    sum += difference * difference;
  }
  return sum;
}

/** Every loss by name, each with its gradient beside its rule. */
export const losses: Readonly<Record<LossName, Loss>> = Object.freeze({
  'half-squared-error': Object.freeze({
    value: (outputs: number[], targets: number[]) => 0.5 * sumOfSquares(outputs, targets), // E = ½Σ(y−t)²
    derivative: (outputs: number[], targets: number[]) => outputs.map((y, k) => y - targets[k]), // ∂E/∂y = y − t
  }),
  'mean-squared-error': Object.freeze({
    value: (outputs: number[], targets: number[]) => sumOfSquares(outputs, targets) / outputs.length, // E = (1/n)Σ(y−t)²
    derivative: (outputs: number[], targets: number[]) =>
      outputs.map((y, k) => (2 * (y - targets[k])) / outputs.length), // ∂E/∂y = (2/n)(y − t)
  }),
});
