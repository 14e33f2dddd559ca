// The forward pass as derivations: each weighted sum Σ w·a + b, each output f(z) (softmax over its layer), each slope
// f′(z), and an output head's Jacobian.
import { activations, isHead, layerOutputs, type Network, type UnitActivationName } from '../../engine/index.ts';
import type { Topic } from '../../examples/types.ts';
import { inputName, jacobianName, parametersOf, unitNames, type Parameter } from '../notation.ts';
import { derived, type Builder, type Derivation, type Term } from './terms.ts';
import { symbols, unitWords, words } from './words.ts';

/** f(z) written out for each activation. */
const activationTerms: Record<UnitActivationName, (z: Term) => Term[]> = {
  identity: (z) => [z],
  sigmoid: (z) => ['σ(', z, ')'],
  tanh: (z) => ['tanh(', z, ')'],
  relu: (z) => ['max(0, ', z, ')'],
};

/** Softmax's output j of n over the layer's weighted sums z(k): e^z_j / (e^z_1 + … + e^z_n). */
const softmaxTerms = (j: number, n: number, z: (k: number) => Term): Term[] => [
  'e^',
  z(j),
  ' / (',
  ...Array.from({ length: n }, (_x, k) => [...(k > 0 ? [' + '] : []), 'e^', z(k)]).flat(),
  ')',
];

/** The forward pass with a prefix ('' or 'next_'): weighted sums Σ w·a + b, outputs f(z), slopes f′(z). */
export function addForward(b: Builder, network: Network, prefix: string): void {
  const { notation } = b.definition;
  const p = (name: string) => prefix + name;
  const shown = (text: string) => (prefix ? symbols.next(text) : text);
  const parameters = parametersOf(notation, network);
  network.layers.forEach((layer, l) => {
    const below = (i: number) => (l === 0 ? inputName(notation, i) : p(unitNames(notation, l - 1, i).output));
    layer.weights.forEach((row, j) => {
      const names = unitNames(notation, l, j);
      const unit = unitWords(notation, l, j);
      const z = symbols.sum(notation, l, j);
      const place: Topic = l === network.layers.length - 1 ? 'output' : 'sum';
      const topic = (t: Topic) => (prefix ? b.sections.nextPass : b.sections[t]);
      const terms: Term[] = [];
      row.forEach((_w, i) => {
        const weight = parameters.find((q) =>
          q.slots.some((s) => s.layer === l && s.unit === j && s.input === i),
        ) as Parameter;
        terms.push(...(i > 0 ? [' + '] : []), { factor: p(weight.name) }, ' · ', { factor: below(i) });
      });
      const bias =
        layer.biases === null
          ? undefined
          : parameters.find((q) => q.bias && q.slots.some((s) => s.layer === l && s.unit === j));
      if (bias) terms.push(' + ', { factor: p(bias.name) });
      b.out.set(
        p(names.sum),
        derived(p(names.sum), shown(z), shown(words.sum(unit)), topic(place), terms, (v) => {
          let total = 0;
          for (let k = 0; k + 1 < v.length; k += 2) total += v[k] * v[k + 1];
          return bias ? total + v[v.length - 1] : total;
        }),
      );
      const output = symbols.unit(notation, l, j);
      b.out.set(
        p(names.output),
        isHead(layer.activation)
          ? derived(
              p(names.output),
              shown(output),
              shown(words.output(unit)),
              topic(place),
              softmaxTerms(j, layer.weights.length, (k) => ({ factor: p(unitNames(notation, l, k).sum) })),
              ([, ...z]) => layerOutputs('softmax', z)[j],
            )
          : derived(
              p(names.output),
              shown(output),
              shown(words.output(unit)),
              topic(place),
              activationTerms[layer.activation]({ factor: p(names.sum) }),
              ([value]) => activations[layer.activation as UnitActivationName].apply(value),
            ),
      );
      b.out.set(
        p(names.fprime),
        fprimeOf(
          p(names.fprime),
          shown(symbols.fprime(z)),
          shown(words.fprime(unit)),
          topic('fprime'),
          layer.activation,
          p(names.sum),
          p(names.output),
        ),
      );
    });
    if (!prefix && isHead(layer.activation)) addJacobian(b, l, layer.weights.length);
  });
}

/** An output head's Jacobian, ∂a_j/∂z_k = a_j (1[j = k] − a_k): a_j · (1 − a_j) on the diagonal, −a_j · a_k off it. */
function addJacobian(b: Builder, l: number, n: number): void {
  const { notation } = b.definition;
  const section = b.sections.jacobian ?? b.sections.fprime;
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < n; k++) {
      const name = jacobianName(notation, l, j, k);
      const [aj, ak] = [unitNames(notation, l, j).output, unitNames(notation, l, k).output];
      const symbol = `∂${symbols.unit(notation, l, j)}/∂${symbols.sum(notation, l, k)}`;
      const text = words.jacobian(symbols.unit(notation, l, j), symbols.sum(notation, l, k));
      b.out.set(
        name,
        j === k
          ? derived(
              name,
              symbol,
              text,
              section,
              [{ factor: aj }, ' · (1 − ', { factor: aj }, ')'],
              ([x, y]) => x * (1 - y),
            )
          : derived(name, symbol, text, section, ['−', { factor: aj }, ' · ', { factor: ak }], ([x, y]) => -x * y),
      );
    }
  }
}

/** f′(z) from the unit's own numbers: 1, a·(1 − a), 1 − a², or a step; softmax: ∂a_j/∂z_j = a_j(1 − a_j), its Jacobian's diagonal. */
function fprimeOf(
  quantity: string,
  symbol: string,
  text: string,
  section: string,
  activation: string,
  z: string,
  a: string,
): Derivation {
  if (activation === 'sigmoid' || activation === 'softmax')
    return derived(
      quantity,
      symbol,
      text,
      section,
      [{ factor: a }, ' · (1 − ', { factor: a }, ')'],
      ([s, t]) => s * (1 - t),
    );
  if (activation === 'tanh')
    return derived(quantity, symbol, text, section, ['1 − ', { factor: a }, '²'], ([t]) => 1 - t * t);
  if (activation === 'relu')
    return derived(quantity, symbol, text, section, ['1 if ', { factor: z }, ' > 0, else 0'], ([v]) => (v > 0 ? 1 : 0));
  return derived(quantity, symbol, text, section, ['1 (a linear unit)'], () => 1);
}
