// Which losses, output activations and targets go together: the checks a page runs before it takes a setup (the
// setup panel, the builder, a link). Apart from network.ts so that pages load the messages only with those checks.
import { isHead } from './activations.ts';
import { losses, type Loss, type LossName } from './losses.ts';
import type { Example, Network } from './network.ts';

const inUnit = (value: number) => value >= 0 && value <= 1;

/** Why one example's targets do not fit the loss, or null. */
function targetsProblem(loss: Loss, t: number[]): string | null {
  if (loss.targets === 'any') return null;
  if (!t.every(inUnit))
    return `The loss ${loss.name} needs every target between 0 and 1${loss.targets === 'distribution' ? ', adding up to 1 (a class: one 1, the rest 0)' : ''}.`;
  if (loss.targets === 'each-probability') return null;
  let sum = 0;
  for (const value of t) sum += value;
  return Math.abs(sum - 1) <= 1e-9
    ? null
    : `The loss ${loss.name} needs targets that add up to 1 (a class: one 1, the rest 0).`;
}

/**
 * Why this network, loss and these examples do not go together, or null: a loss defined for other output activations
 * (cross-entropy without softmax), a softmax head of one output (always 1), targets the loss cannot take.
 */
export function setupProblem(network: Network, loss: LossName, examples: Example[]): string | null {
  const rules = losses[loss];
  const last = network.layers[network.layers.length - 1];
  if (rules.outputs !== null && !rules.outputs.includes(last.activation)) {
    return `The loss ${loss} needs ${rules.outputs.join(' or ')} on the output layer, not ${last.activation}.`;
  }
  if (isHead(last.activation) && last.weights.length < 2) {
    return `A ${last.activation} output layer needs at least two outputs: with one, its output is always 1.`;
  }
  for (const example of examples) {
    const problem = targetsProblem(rules, example.target);
    if (problem !== null) return problem;
  }
  return null;
}
