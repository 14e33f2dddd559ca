// Each parameter as derivations: a setting, its gradient δ·a, its change η·∂E/∂θ and its next value.
import type { Topic } from '../../examples/types.ts';
import { inputName, parametersOf, unitNames } from '../notation.ts';
import { derived, setting, sum, type Builder, type Term } from './terms.ts';
import { symbols, words } from './words.ts';

/** Every parameter: a setting; its gradient δ·a (a shared bias: the sum of its units' deltas); its change η·∂E/∂θ; its next value θ − η·∂E/∂θ. */
export function addParameters(b: Builder): void {
  const { notation } = b.definition;
  const { network, trainBiases, mode } = b.setup;
  const last = network.layers.length - 1;
  for (const parameter of parametersOf(notation, network)) {
    const { name, label, bias } = parameter;
    b.out.set(
      name,
      setting(name, label, bias ? words.bias(label) : words.weight(label), bias ? b.sections.bias : b.sections.weight),
    );
    const grad = `grad_${name}`;
    const gradTopic: Topic = bias ? 'biasGrad' : parameter.layer === last ? 'outputGrad' : 'hiddenGrad';
    // In batch mode the gradient sums over examples whose deltas the page does not name: no formula over named factors.
    if (mode !== 'batch') {
      const terms: Term[] = parameter.slots.flatMap(({ layer, unit, input }, k) => {
        const delta: Term = { factor: unitNames(notation, layer, unit).delta };
        if (input < 0) return [...(k > 0 ? [' + '] : []), delta];
        const a = layer === 0 ? inputName(notation, input) : unitNames(notation, layer - 1, input).output;
        return [delta, ' · ', { factor: a }];
      });
      const section = b.sections.parameters?.[name] ?? b.sections[gradTopic];
      b.out.set(
        grad,
        derived(grad, symbols.grad(label), words.grad(label), section, terms, bias ? sum : ([d, a]) => d * a),
      );
    }
    const change = `change_${name}`;
    b.out.set(
      change,
      bias && !trainBiases
        ? derived(
            change,
            symbols.change(label),
            words.change(label),
            b.sections.change,
            ['0 (biases are not trained)'],
            () => 0,
          )
        : derived(
            change,
            symbols.change(label),
            words.change(label),
            b.sections.change,
            [{ factor: 'lr' }, ' · ', { factor: grad }],
            ([eta, g]) => eta * g,
          ),
    );
    const next = `next_${name}`;
    b.out.set(
      next,
      derived(
        next,
        symbols.next(label),
        words.next(label),
        b.sections.next,
        [{ factor: name }, ' − ', { factor: change }],
        ([theta, c]) => theta - c,
      ),
    );
  }
}
