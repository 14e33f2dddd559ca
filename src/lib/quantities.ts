// Every named quantity of any example: the forward pass, the error, the deltas, every gradient, the update and
// the second forward pass, named by the example's notation. One function for every part of the site.
import {
  activations, applyGradients, backward, batchGradients, batchLoss, forward, losses,
  type ForwardTrace, type Gradients, type Network,
} from '../engine/index.ts';
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import { exampleKey, inputName, parametersOf, targetName, unitNames, valueAt, type Parameter } from './notation.ts';

/** The gradient the page steps along: of the shown example (online) or summed over the training set (batch). */
function stepGradients(setup: Setup, network: Network): Gradients {
  const example = setup.examples[setup.example];
  if (setup.mode === 'batch') return batchGradients(network, setup.examples, setup.loss);
  return backward(network, forward(network, example.input), example.target, setup.loss);
}

/**
 * The gradients the update applies, slot by slot: a shared parameter moves by the sum over its slots
 * (∂E/∂b1 = δ_h1 + δ_h2), so its slots stay equal; biases that are not trained move by 0.
 */
export function updateGradients(parameters: Parameter[], gradients: Gradients, trainBiases: boolean): Gradients {
  const result: Gradients = {
    layers: gradients.layers.map((layer) => ({ ...layer, weights: layer.weights.map((row) => row.slice()), biases: layer.biases?.slice() ?? null })),
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
function nameTrace(definition: ExampleDefinition, network: Network, trace: ForwardTrace, prefix: string, q: Record<string, number>): void {
  trace.layers.forEach((layer, l) => {
    const slope = activations[network.layers[l].activation].derivative;
    layer.weightedSums.forEach((z, j) => {
      const names = unitNames(definition.notation, l, j);
      q[prefix + names.sum] = z;
      q[prefix + names.output] = layer.outputs[j];
      q[prefix + names.fprime] = slope(z);
    });
  });
}

/** The shown example's inputs and targets, and the learning rate. */
function nameExample(definition: ExampleDefinition, setup: Setup, q: Record<string, number>): void {
  const example = setup.examples[setup.example];
  example.input.forEach((x, i) => (q[inputName(definition.notation, i)] = x));
  example.target.forEach((t, k) => (q[targetName(definition.notation, k)] = t));
  q.lr = setup.learningRate;
}

/** Each example's first prediction and error (pred_0_1, E_0_1) and the error over the set (E_total). */
function nameTrainingSet(setup: Setup, network: Network, q: Record<string, number>): void {
  const loss = losses[setup.loss];
  setup.examples.forEach((example, e) => {
    const output = forward(network, example.input).output;
    const key = exampleKey(setup.examples, e);
    q[`pred_${key}`] = output[0];
    q[`E_${key}`] = loss.value(output, example.target);
  });
  q.E_total = batchLoss(network, setup.examples, setup.loss);
}

/** Each hidden unit's error ∂E/∂a as the sum over the units it feeds, Σ_k W[k,j]·δ_k: dE_dh1 or dE_da1_2. */
function nameHiddenErrors(definition: ExampleDefinition, network: Network, gradients: Gradients, q: Record<string, number>): void {
  for (let l = 0; l + 1 < network.layers.length; l++) {
    const above = network.layers[l + 1];
    network.layers[l].weights.forEach((_row, j) => {
      let sum = 0;
      above.weights.forEach((row, k) => (sum += row[j] * gradients.layers[l + 1].deltas[k]));
      q[`dE_d${unitNames(definition.notation, l, j).output}`] = sum;
    });
  }
}

/** Every named quantity of one forward pass, backward pass and update of the setup, from `network`. */
export function quantitiesOf(definition: ExampleDefinition, setup: Setup, network: Network = setup.network): Record<string, number> {
  const { notation } = definition;
  const example = setup.examples[setup.example];
  const loss = losses[setup.loss];
  const q: Record<string, number> = {};
  nameExample(definition, setup, q);
  const trace = forward(network, example.input);
  nameTrace(definition, network, trace, '', q);
  q.E = loss.value(trace.output, example.target);
  const outputLayer = network.layers.length - 1;
  trace.output.forEach((y, k) => {
    q[trace.output.length === 1 ? 'Delta' : `Delta_${unitNames(notation, outputLayer, k).output}`] = y - example.target[k]; // Δ = y − t
  });
  const own = backward(network, trace, example.target, setup.loss);
  own.layers.forEach((layer, l) => layer.deltas.forEach((delta, j) => (q[unitNames(notation, l, j).delta] = delta)));
  nameHiddenErrors(definition, network, own, q);
  const parameters = parametersOf(notation, network);
  const gradients = setup.mode === 'batch' ? stepGradients(setup, network) : own;
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
  q.next_E = loss.value(nextTrace.output, example.target);
  if (setup.examples.length > 1) nameTrainingSet(setup, network, q);
  return q;
}
