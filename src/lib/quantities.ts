// Every named quantity of any example: the forward pass, the error, the deltas, every gradient, the update and
// the second forward pass, named by the example's notation. One function for every part of the site.
import {
  applyGradients,
  backward,
  batchGradients,
  batchScale,
  forward,
  isHead,
  traceLoss,
  unitSlopes,
  losses,
  type ForwardTrace,
  type Gradients,
  type Network,
} from '../engine/index.ts';
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import {
  exampleKey,
  inputName,
  jacobianName,
  lossTags,
  parametersOf,
  targetName,
  unitNames,
  valueAt,
  type Parameter,
} from './notation.ts';

/**
 * The gradient the page steps along: of the shown example (online) or summed over the training set (batch; `traces`,
 * when given, are the set's forward passes through `network`).
 */
function stepGradients(setup: Setup, network: Network, traces?: ForwardTrace[]): Gradients {
  const example = setup.examples[setup.example];
  if (setup.mode === 'batch') return batchGradients(network, setup.examples, setup.loss, traces);
  return backward(network, forward(network, example.input), example.target, setup.loss);
}

/**
 * The gradients the update applies, slot by slot: a shared parameter moves by the sum over its slots
 * (∂E/∂b1 = δ_h1 + δ_h2), so its slots stay equal; biases that are not trained move by 0.
 */
export function updateGradients(parameters: Parameter[], gradients: Gradients, trainBiases: boolean): Gradients {
  const result: Gradients = {
    layers: gradients.layers.map((layer) => ({
      ...layer,
      weights: layer.weights.map((row) => row.slice()),
      biases: layer.biases?.slice() ?? null,
    })),
  };
  for (const parameter of parameters) {
    const total = parameter.bias && !trainBiases ? 0 : parameterGradient(gradients, parameter);
    for (const { layer, unit, input } of parameter.slots) {
      if (input < 0) (result.layers[layer].biases as number[])[unit] = total;
      else result.layers[layer].weights[unit][input] = total;
    }
  }
  return result;
}

/** ∂E/∂θ for one parameter: the sum of the gradients of the slots it fills. */
export function parameterGradient(gradients: Gradients, parameter: Parameter): number {
  let sum = 0;
  for (const { layer, unit, input } of parameter.slots) {
    const g = gradients.layers[layer];
    sum += input < 0 ? (g.biases ?? [])[unit] : g.weights[unit][input];
  }
  return sum;
}

/** One gradient-descent step of the setup from `network`, all parameters at once from the original values. */
export function stepOnce(definition: ExampleDefinition, setup: Setup, network: Network): Network {
  const parameters = parametersOf(definition.notation, network);
  const gradients = updateGradients(parameters, stepGradients(setup, network), setup.trainBiases);
  return applyGradients(network, gradients, setup.learningRate);
}

/** Names one forward pass: every unit's weighted sum, output and activation slope, with a prefix ('' or 'next_'). */
function nameTrace(
  definition: ExampleDefinition,
  network: Network,
  trace: ForwardTrace,
  prefix: string,
  q: Record<string, number>,
): void {
  trace.layers.forEach((layer, l) => {
    const slopes = unitSlopes(network.layers[l].activation, layer.weightedSums, layer.outputs);
    layer.weightedSums.forEach((z, j) => {
      const names = unitNames(definition.notation, l, j);
      q[prefix + names.sum] = z;
      q[prefix + names.output] = layer.outputs[j];
      q[prefix + names.fprime] = slopes[j];
    });
    // An output head (softmax) couples its units: name its Jacobian ∂a_j/∂z_k = a_j (1[j = k] − a_k) for the shown pass.
    if (prefix === '' && isHead(network.layers[l].activation)) {
      const a = layer.outputs;
      a.forEach((aj, j) =>
        a.forEach((ak, k) => (q[jacobianName(definition.notation, l, j, k)] = aj * ((j === k ? 1 : 0) - ak))),
      );
    }
  });
}

/** The shown example's inputs and targets, and the learning rate. */
function nameExample(definition: ExampleDefinition, setup: Setup, q: Record<string, number>): void {
  const example = setup.examples[setup.example];
  example.input.forEach((x, i) => (q[inputName(definition.notation, i)] = x));
  example.target.forEach((t, k) => (q[targetName(definition.notation, k)] = t));
  q.lr = setup.learningRate;
}

/** Each example's prediction (pred_0_1; with several outputs pred_3_1, pred_3_2, …) and error (E_0_1), and the error over the set (E_total). */
function nameTrainingSet(setup: Setup, network: Network, traces: ForwardTrace[], q: Record<string, number>): void {
  // E_total is batchLoss's sum of the examples' errors, added here in its order (no second forward pass per example).
  let sum = 0;
  setup.examples.forEach((example, e) => {
    const trace = traces[e];
    const key = exampleKey(setup.examples, e);
    const output = trace.output;
    if (output.length === 1) q[`pred_${key}`] = output[0];
    else output.forEach((y, k) => (q[`pred_${key}_${k + 1}`] = y)); // several outputs: one prediction per class
    q[`E_${key}`] = traceLoss(network, trace, example.target, setup.loss);
    sum += q[`E_${key}`];
  });
  q.E_total = sum / batchScale(setup.loss, setup.examples.length);
}

/** Each hidden unit's error ∂E/∂a as the sum over the units it feeds, Σ_k W[k,j]·δ_k: dE_dh1 or dE_da1_2. */
function nameHiddenErrors(
  definition: ExampleDefinition,
  network: Network,
  gradients: Gradients,
  q: Record<string, number>,
): void {
  for (let l = 0; l + 1 < network.layers.length; l++) {
    const above = network.layers[l + 1];
    network.layers[l].weights.forEach((_row, j) => {
      let sum = 0;
      above.weights.forEach((row, k) => (sum += row[j] * gradients.layers[l + 1].deltas[k]));
      q[`dE_d${unitNames(definition.notation, l, j).output}`] = sum;
    });
  }
}

/** Under each loss the example compares, the shown example's error and each output's slope ∂E/∂a and delta: E_bce, dE_da2_1_se, delta2_1_bce. */
function nameComparedLosses(
  definition: ExampleDefinition,
  network: Network,
  trace: ForwardTrace,
  target: number[],
  q: Record<string, number>,
): void {
  const outputLayer = network.layers.length - 1;
  for (const name of definition.comparedLosses ?? []) {
    const tag = lossTags[name];
    const deltas = backward(network, trace, target, name).layers[outputLayer].deltas;
    const slopes = losses[name].derivative(trace.output, target);
    q[`E_${tag}`] = traceLoss(network, trace, target, name);
    trace.output.forEach((_a, k) => {
      const names = unitNames(definition.notation, outputLayer, k);
      q[`dE_d${names.output}_${tag}`] = slopes[k];
      q[`${names.delta}_${tag}`] = deltas[k];
    });
  }
}

/** Every named quantity of one forward pass, backward pass and update of the setup, from `network`. */
export function quantitiesOf(
  definition: ExampleDefinition,
  setup: Setup,
  network: Network = setup.network,
): Record<string, number> {
  const { notation } = definition;
  const example = setup.examples[setup.example];
  const q: Record<string, number> = {};
  nameExample(definition, setup, q);
  const trace = forward(network, example.input);
  nameTrace(definition, network, trace, '', q);
  q.E = traceLoss(network, trace, example.target, setup.loss);
  const outputLayer = network.layers.length - 1;
  trace.output.forEach((y, k) => {
    q[trace.output.length === 1 ? 'Delta' : `Delta_${unitNames(notation, outputLayer, k).output}`] =
      y - example.target[k]; // Δ = y − t
  });
  const own = backward(network, trace, example.target, setup.loss);
  own.layers.forEach((layer, l) => layer.deltas.forEach((delta, j) => (q[unitNames(notation, l, j).delta] = delta)));
  nameHiddenErrors(definition, network, own, q);
  nameComparedLosses(definition, network, trace, example.target, q);
  const parameters = parametersOf(notation, network);
  // Each example's forward pass, made once for the batch gradient and the training set's names.
  const traces = setup.examples.length > 1 ? setup.examples.map((e) => forward(network, e.input)) : [];
  const gradients = setup.mode === 'batch' ? stepGradients(setup, network, traces) : own;
  const next = applyGradients(network, updateGradients(parameters, gradients, setup.trainBiases), setup.learningRate);
  for (const parameter of parameters) {
    const { name } = parameter;
    q[name] = valueAt(network, parameter.slots[0]);
    q[`grad_${name}`] = parameterGradient(gradients, parameter);
    q[`next_${name}`] = valueAt(next, parameter.slots[0]);
    q[`change_${name}`] = parameter.bias && !setup.trainBiases ? 0 : setup.learningRate * q[`grad_${name}`]; // η·∂E/∂θ
  }
  const nextTrace = forward(next, example.input);
  nameTrace(definition, next, nextTrace, 'next_', q);
  q.next_E = traceLoss(next, nextTrace, example.target, setup.loss);
  if (setup.examples.length > 1) nameTrainingSet(setup, network, traces, q);
  return q;
}
