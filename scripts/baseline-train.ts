// Hand-written baselines for the benchmark: the same math as the engine's train(), written directly for each
// case's net with Float64Arrays, in-place updates and no engine code. Each returns the final batch objective
// Σ_examples ½Σ(y−t)² and writes the loss before each step into `losses`.

/** A dense layer's parameters: W[j·nIn + i] = w_ji, b[j] (empty when the layer has no bias). */
export type DenseLayer = { nIn: number; nOut: number; W: Float64Array; b: Float64Array };

// z_j = Σ_i w_ji a_i + b_j
function weightedSums(layer: DenseLayer, input: Float64Array, z: Float64Array): void {
  const { nIn, nOut, W, b } = layer;
  for (let j = 0; j < nOut; j++) {
    let sum = 0;
    for (let i = 0; i < nIn; i++) sum += W[j * nIn + i] * input[i];
    z[j] = b.length > 0 ? sum + b[j] : sum;
  }
}

// e_i = Σ_j w_ji δ_j (before the activation's slope)
function backErrors(layer: DenseLayer, delta: Float64Array, e: Float64Array): void {
  const { nIn, nOut, W } = layer;
  for (let i = 0; i < nIn; i++) {
    let sum = 0;
    for (let j = 0; j < nOut; j++) sum += W[j * nIn + i] * delta[j];
    e[i] = sum;
  }
}

// w_ji ← w_ji − η(δ_j a_i), b_j ← b_j − η δ_j
function update(layer: DenseLayer, input: Float64Array, delta: Float64Array, rate: number): void {
  const { nIn, nOut, W, b } = layer;
  for (let j = 0; j < nOut; j++) {
    for (let i = 0; i < nIn; i++) W[j * nIn + i] -= rate * (delta[j] * input[i]);
    if (b.length > 0) b[j] -= rate * delta[j];
  }
}

/** 2-2-1, ReLU hidden, identity output (article 000's net), online. */
export function baselineReluLinear(l1: DenseLayer, l2: DenseLayer, inputs: Float64Array[], targets: Float64Array[], rate: number, steps: number, losses: Float64Array): number {
  const z1 = new Float64Array(l1.nOut), a1 = new Float64Array(l1.nOut), d1 = new Float64Array(l1.nOut);
  const y = new Float64Array(l2.nOut), d2 = new Float64Array(l2.nOut);
  const run = (x: Float64Array, t: Float64Array): number => {
    weightedSums(l1, x, z1);
    for (let j = 0; j < l1.nOut; j++) a1[j] = z1[j] > 0 ? z1[j] : 0;
    weightedSums(l2, a1, y);
    let sum = 0;
    for (let k = 0; k < l2.nOut; k++) {
      const diff = y[k] - t[k];
      sum += diff * diff;
      d2[k] = diff;
    }
    return 0.5 * sum;
  };
  for (let k = 0, e = 0; k < steps; k++) {
    losses[k] = run(inputs[e], targets[e]);
    backErrors(l2, d2, d1);
    for (let j = 0; j < l1.nOut; j++) d1[j] = z1[j] > 0 ? d1[j] : 0;
    update(l2, a1, d2, rate);
    update(l1, inputs[e], d1, rate);
    if (++e === inputs.length) e = 0;
  }
  let total = 0;
  for (let e = 0; e < inputs.length; e++) total += run(inputs[e], targets[e]);
  return total;
}

/** 2-2-1, sigmoid on both layers with biases (article 003's net), online. */
export function baselineSigmoid(l1: DenseLayer, l2: DenseLayer, inputs: Float64Array[], targets: Float64Array[], rate: number, steps: number, losses: Float64Array): number {
  const z1 = new Float64Array(l1.nOut), a1 = new Float64Array(l1.nOut), d1 = new Float64Array(l1.nOut);
  const z2 = new Float64Array(l2.nOut), y = new Float64Array(l2.nOut), d2 = new Float64Array(l2.nOut);
  const run = (x: Float64Array, t: Float64Array): number => {
    weightedSums(l1, x, z1);
    for (let j = 0; j < l1.nOut; j++) a1[j] = 1 / (1 + Math.exp(-z1[j]));
    weightedSums(l2, a1, z2);
    let sum = 0;
    for (let k = 0; k < l2.nOut; k++) {
      y[k] = 1 / (1 + Math.exp(-z2[k]));
      const diff = y[k] - t[k];
      sum += diff * diff;
      d2[k] = diff * (y[k] * (1 - y[k]));
    }
    return 0.5 * sum;
  };
  for (let k = 0, e = 0; k < steps; k++) {
    losses[k] = run(inputs[e], targets[e]);
    backErrors(l2, d2, d1);
    for (let j = 0; j < l1.nOut; j++) d1[j] = d1[j] * (a1[j] * (1 - a1[j]));
    update(l2, a1, d2, rate);
    update(l1, inputs[e], d1, rate);
    if (++e === inputs.length) e = 0;
  }
  let total = 0;
  for (let e = 0; e < inputs.length; e++) total += run(inputs[e], targets[e]);
  return total;
}

/** n-h-h-1, tanh on both hidden layers, identity output, biases, online. */
export function baselineTanhTanhLinear(l1: DenseLayer, l2: DenseLayer, l3: DenseLayer, inputs: Float64Array[], targets: Float64Array[], rate: number, steps: number, losses: Float64Array): number {
  const a1 = new Float64Array(l1.nOut), d1 = new Float64Array(l1.nOut);
  const a2 = new Float64Array(l2.nOut), d2 = new Float64Array(l2.nOut);
  const y = new Float64Array(l3.nOut), d3 = new Float64Array(l3.nOut);
  const run = (x: Float64Array, t: Float64Array): number => {
    weightedSums(l1, x, a1);
    for (let j = 0; j < l1.nOut; j++) a1[j] = Math.tanh(a1[j]);
    weightedSums(l2, a1, a2);
    for (let j = 0; j < l2.nOut; j++) a2[j] = Math.tanh(a2[j]);
    weightedSums(l3, a2, y);
    let sum = 0;
    for (let k = 0; k < l3.nOut; k++) {
      const diff = y[k] - t[k];
      sum += diff * diff;
      d3[k] = diff;
    }
    return 0.5 * sum;
  };
  for (let k = 0, e = 0; k < steps; k++) {
    losses[k] = run(inputs[e], targets[e]);
    backErrors(l3, d3, d2);
    for (let j = 0; j < l2.nOut; j++) d2[j] = d2[j] * (1 - a2[j] * a2[j]);
    backErrors(l2, d2, d1);
    for (let j = 0; j < l1.nOut; j++) d1[j] = d1[j] * (1 - a1[j] * a1[j]);
    update(l3, a2, d3, rate);
    update(l2, a1, d2, rate);
    update(l1, inputs[e], d1, rate);
    if (++e === inputs.length) e = 0;
  }
  let total = 0;
  for (let e = 0; e < inputs.length; e++) total += run(inputs[e], targets[e]);
  return total;
}
