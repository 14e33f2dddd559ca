// Where every number comes from: for any example and any quantity name, its name in words, its symbol, its formula
// over other named quantities (the factors), how the factors combine, and the chapter section that derives it.
// Plain data and pure functions: the "where does this number come from" popover, the notation page and the tests
// read the same table.
import {
  activations,
  batchScale,
  forward,
  isHead,
  layerOutputs,
  lossOf,
  losses,
  pairs,
  type Network,
  type UnitActivationName,
} from '../../engine/index.ts';
import type { ExampleDefinition, Notation, Setup } from '../../examples/types.ts';
import { FACTOR_FIGURES, formatNumber } from '../format.ts';
import { lossTexts } from '../loss-text.ts';
import {
  exampleKey,
  inputName,
  jacobianName,
  lossName,
  lossTags,
  parametersOf,
  targetName,
  unitNames,
  type Parameter,
} from '../notation.ts';
import { URL_KEYS } from '../url-keys.ts';

/** One piece of a formula: text, or a named quantity (shown by its symbol, or by its value once substituted). */
export type Term = string | { factor: string };

/** How a quantity is made: `formula` null for a setting (set by the reader, or learned by training). */
export type Derivation = {
  quantity: string;
  /** The symbol a chapter writes for it: ∂E/∂w1, δ1[2]. */
  symbol: string;
  words: string;
  formula: Term[] | null;
  /** The quantities the formula uses, in the order `combine` takes their values. */
  factors: string[];
  combine: (values: number[]) => number;
  /** The chapter section that derives it: URL path and #anchor. */
  section: string;
};

/** The part of the site a quantity belongs to, for looking up the section that derives it. */
export type Topic =
  | 'input'
  | 'target'
  | 'weight'
  | 'bias'
  | 'lr'
  | 'sum'
  | 'output'
  | 'fprime'
  | 'error'
  | 'miss'
  | 'outputDelta'
  | 'hiddenError'
  | 'hiddenDelta'
  | 'outputGrad'
  | 'hiddenGrad'
  | 'biasGrad'
  | 'change'
  | 'next'
  | 'nextPass'
  | 'prediction'
  | 'exampleError'
  | 'totalError';

type Sections = Record<Topic, string>;

const part1 = '/part-1/';
const part2 = '/part-2/';
const part3 = '/part-3/';
const part4 = '/part-4/';
const part4Losses = '/part-4/why-squared-error-learns-slowly/';
const builderForward = `${part2}build-a-network/#the-notation-for-any-depth`;
const builderBackward = `${part2}build-a-network/#the-backward-pass-layer-by-layer`;

/** Part III's sections, which Part IV's XOR shares for the most part. */
const xorSections: Sections = {
  input: `${part3}why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses`,
  target: `${part3}why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses`,
  weight: `${part3}one-example-forward/#the-hidden-layer`,
  bias: `${part3}one-example-forward/#biases-are-weights-on-a-constant-1`,
  lr: `${part3}backward-with-the-erratum/#the-update`,
  sum: `${part3}one-example-forward/#the-hidden-layer`,
  output: `${part3}one-example-forward/#the-output`,
  fprime: `${part3}backward-with-the-erratum/#the-output-units-delta`,
  error: `${part3}one-example-forward/#the-error-and-which-way-round`,
  miss: `${part3}one-example-forward/#the-error-and-which-way-round`,
  outputDelta: `${part3}backward-with-the-erratum/#the-output-units-delta`,
  hiddenError: `${part3}backward-with-the-erratum/#the-hidden-units-error-a-sum-over-what-they-feed`,
  hiddenDelta: `${part3}backward-with-the-erratum/#the-hidden-deltas`,
  outputGrad: `${part3}backward-with-the-erratum/#every-gradient`,
  hiddenGrad: `${part3}backward-with-the-erratum/#every-gradient`,
  biasGrad: `${part3}backward-with-the-erratum/#every-gradient`,
  change: `${part3}backward-with-the-erratum/#the-update`,
  next: `${part3}backward-with-the-erratum/#the-update`,
  nextPass: `${part3}backward-with-the-erratum/#the-update`,
  prediction: `${part3}why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses`,
  exampleError: `${part3}why-xor-needs-a-hidden-layer/#the-truth-table-and-the-networks-guesses`,
  totalError: `${part3}training-online-or-batch/#online-and-batch-side-by-side`,
};

/** The section that derives each topic, per example (chapters' headings, slugged as Astro does). */
const sectionsByExample: Record<string, Sections> = {
  'worked-example': {
    input: `${part1}the-network/#the-single-example`,
    target: `${part1}the-network/#the-single-example`,
    weight: `${part1}the-network/#the-starting-weights`,
    bias: `${part1}the-network/#the-starting-weights`,
    lr: `${part1}backpropagation/#gradient-descent`,
    sum: `${part1}forward-pass/#the-hidden-layer`,
    output: `${part1}forward-pass/#the-prediction`,
    fprime: `${part1}forward-pass/#the-hidden-activation`,
    error: `${part1}error/#the-error-function`,
    miss: `${part1}error/#the-gap-between-prediction-and-target`,
    outputDelta: `${part1}backpropagation/#the-chain-rule-for-w6`,
    hiddenError: `${part1}backpropagation/#the-hidden-deltas`,
    hiddenDelta: `${part1}backpropagation/#the-hidden-deltas`,
    outputGrad: `${part1}backpropagation/#the-chain-rule-for-w5`,
    hiddenGrad: `${part1}backpropagation/#the-chain-rule-for-w1`,
    biasGrad: `${part1}backpropagation/#the-six-update-rules`,
    change: `${part1}backpropagation/#the-six-update-rules`,
    next: `${part1}training/#the-new-weights`,
    nextPass: `${part1}training/#the-second-forward-pass`,
    prediction: `${part1}forward-pass/#the-prediction`,
    exampleError: `${part1}error/#the-error-function`,
    totalError: `${part1}error/#the-error-function`,
  },
  'two-outputs': {
    input: `${part2}sigmoid-units-and-biases/#the-network`,
    target: `${part2}sigmoid-units-and-biases/#the-network`,
    weight: `${part2}sigmoid-units-and-biases/#the-network`,
    bias: `${part2}sigmoid-units-and-biases/#the-network`,
    lr: `${part2}output-weight-and-the-memo/#all-ten-at-once`,
    sum: `${part2}sigmoid-units-and-biases/#the-forward-pass`,
    output: `${part2}sigmoid-units-and-biases/#the-forward-pass`,
    fprime: `${part2}sigmoid-units-and-biases/#the-sigmoid-and-its-slope`,
    error: `${part2}error-of-two-outputs/#two-ways-to-add-up-the-misses`,
    miss: `${part2}error-of-two-outputs/#each-outputs-share`,
    outputDelta: `${part2}output-weight-and-the-memo/#the-delta-of-an-output-unit`,
    hiddenError: `${part2}output-weight-and-the-memo/#a-hidden-weight-w1`,
    hiddenDelta: `${part2}output-weight-and-the-memo/#a-hidden-weight-w1`,
    outputGrad: `${part2}output-weight-and-the-memo/#the-chain-rule-for-w7`,
    hiddenGrad: `${part2}output-weight-and-the-memo/#a-hidden-weight-w1`,
    biasGrad: `${part2}output-weight-and-the-memo/#the-biases`,
    change: `${part2}output-weight-and-the-memo/#all-ten-at-once`,
    next: `${part2}output-weight-and-the-memo/#all-ten-at-once`,
    nextPass: `${part2}output-weight-and-the-memo/#all-ten-at-once`,
    prediction: `${part2}sigmoid-units-and-biases/#the-forward-pass`,
    exampleError: `${part2}error-of-two-outputs/#two-ways-to-add-up-the-misses`,
    totalError: `${part2}error-of-two-outputs/#two-ways-to-add-up-the-misses`,
  },
  xor: xorSections,
  // Part IV's XOR with a choice of loss: Part III's sections, except for the error and the output's delta.
  'xor-losses': {
    ...xorSections,
    error: `${part4Losses}#binary-cross-entropy`,
    miss: `${part4Losses}#the-output-delta-under-squared-error`,
    fprime: `${part4Losses}#the-output-delta-under-squared-error`,
    outputDelta: `${part4Losses}#where-the-slope-cancels`,
    totalError: `${part4Losses}#the-same-starts-both-losses`,
  },
  'three-classes': {
    input: `${part4}softmax-and-cross-entropy/#six-points-three-classes`,
    target: `${part4}softmax-and-cross-entropy/#six-points-three-classes`,
    weight: `${part4}softmax-and-cross-entropy/#the-forward-pass-up-to-the-logits`,
    bias: `${part4}softmax-and-cross-entropy/#the-forward-pass-up-to-the-logits`,
    lr: `${part4}the-gradient-is-a-minus-t/#the-update`,
    sum: `${part4}softmax-and-cross-entropy/#the-forward-pass-up-to-the-logits`,
    output: `${part4}softmax-and-cross-entropy/#softmax-from-logits-to-probabilities`,
    fprime: `${part4}the-gradient-is-a-minus-t/#the-hidden-layer`,
    error: `${part4}softmax-and-cross-entropy/#cross-entropy-the-error-of-a-probability`,
    miss: `${part4}the-gradient-is-a-minus-t/#the-chain-through-the-error`,
    outputDelta: `${part4}the-gradient-is-a-minus-t/#the-chain-through-the-error`,
    hiddenError: `${part4}the-gradient-is-a-minus-t/#the-hidden-layer`,
    hiddenDelta: `${part4}the-gradient-is-a-minus-t/#the-hidden-layer`,
    outputGrad: `${part4}the-gradient-is-a-minus-t/#the-output-layers-gradients`,
    hiddenGrad: `${part4}the-gradient-is-a-minus-t/#the-hidden-layer`,
    biasGrad: `${part4}the-gradient-is-a-minus-t/#the-output-layers-gradients`,
    change: `${part4}the-gradient-is-a-minus-t/#the-update`,
    next: `${part4}the-gradient-is-a-minus-t/#the-update`,
    nextPass: `${part4}the-gradient-is-a-minus-t/#the-update`,
    prediction: `${part4}training-a-classifier/#train-it`,
    exampleError: `${part4}training-a-classifier/#train-it`,
    totalError: `${part4}training-a-classifier/#train-it`,
  },
  builder: {
    input: `${part2}build-a-network/#every-setting-in-the-setup`,
    target: `${part2}build-a-network/#every-setting-in-the-setup`,
    weight: builderForward,
    bias: builderForward,
    lr: `${part2}build-a-network/#every-setting-in-the-setup`,
    sum: builderForward,
    output: builderForward,
    fprime: builderBackward,
    error: builderForward,
    miss: builderBackward,
    outputDelta: builderBackward,
    hiddenError: builderBackward,
    hiddenDelta: builderBackward,
    outputGrad: builderBackward,
    hiddenGrad: builderBackward,
    biasGrad: builderBackward,
    change: builderBackward,
    next: builderBackward,
    nextPass: `${part2}build-a-network/#train-it`,
    prediction: `${part2}build-a-network/#train-it`,
    exampleError: `${part2}build-a-network/#train-it`,
    totalError: `${part2}build-a-network/#train-it`,
  },
};

/** The section that writes out an output head's Jacobian (softmax), where a chapter does; else the slopes' section. */
const headSections: Record<string, string> = {
  'three-classes': `${part4}the-gradient-is-a-minus-t/#how-each-probability-moves-with-each-logit`,
};

/** Sections for one parameter where its chapter gives it a heading of its own (Part I works w6 before w5). */
const parameterSections: Record<string, Record<string, string>> = {
  'worked-example': { w6: `${part1}backpropagation/#the-chain-rule-for-w6` },
};

/** Every section a derivation links to, once each ("/part-1/error/#the-error-function"), for the check that each is in the build. */
export const everySection = (): string[] => [
  ...new Set(
    [sectionsByExample, parameterSections].flatMap((table) =>
      Object.values(table).flatMap((sections) => Object.values(sections)),
    ),
  ),
];

/** The section that derives a topic in an example (the builder's sections for an example the site does not know). */
export const sectionOf = (exampleId: string, topic: Topic): string =>
  (sectionsByExample[exampleId] ?? sectionsByExample.builder)[topic];

/** How a chapter writes each quantity: the symbols shared by the popover and the notation page. */
const symbols = {
  /** A unit's output in matrix notation: a1[2]; named units keep their names. */
  unit: (notation: Notation, l: number, j: number): string =>
    notation.kind === 'named' ? notation.units[l][j] : `a${l + 1}[${j + 1}]`,
  sum: (notation: Notation, l: number, j: number): string =>
    notation.kind === 'named' ? `net_${notation.units[l][j]}` : `z${l + 1}[${j + 1}]`,
  fprime: (sum: string): string => `f′(${sum})`,
  delta: (notation: Notation, l: number, j: number): string =>
    notation.kind === 'named' ? `δ_${notation.units[l][j]}` : `δ${l + 1}[${j + 1}]`,
  grad: (parameter: string): string => `∂E/∂${parameter}`,
  change: (parameter: string): string => `η·∂E/∂${parameter}`,
  next: (symbol: string): string => `new ${symbol}`,
};

/** The words for each kind of quantity, given the symbols it names. */
export const words = {
  input: (x: string) => `input ${x}, set by you`,
  target: (t: string) => `target ${t}, the output the example asks for, set by you`,
  weight: (w: string) => `weight ${w}, set by you (or moved by training)`,
  bias: (b: string) => `bias ${b}, set by you (or moved by training)`,
  lr: () => 'the learning rate η, set by you',
  sum: (unit: string) => `the weighted sum into ${unit}`,
  output: (unit: string) => `the output (activation) of ${unit}`,
  fprime: (unit: string) => `the slope of ${unit}'s activation at its weighted sum`,
  error: () => 'the error E of the example shown',
  miss: (unit: string) => `how far ${unit} misses its target`,
  delta: (unit: string) => `the delta of ${unit}: how the error changes with its weighted sum`,
  hiddenError: (unit: string) => `how the error changes with ${unit}'s output: a sum over the units it feeds`,
  grad: (p: string) => `the gradient of the error with respect to ${p}`,
  change: (p: string) => `how far one step moves ${p}: learning rate times gradient`,
  next: (p: string) => `${p} after one step of gradient descent`,
  nextPass: (what: string) => `${what}, in the forward pass after one step`,
  prediction: (x: string, k?: number) =>
    k === undefined ? `the network's output for input (${x})` : `the network's output ${k} for input (${x})`,
  jacobian: (j: string, k: string) => `how ${j} changes with ${k}: softmax couples every output to every weighted sum`,
  exampleError: (x: string) => `the error for input (${x})`,
  totalError: () => 'the error over the whole training set',
};

type Builder = { definition: ExampleDefinition; setup: Setup; sections: Sections; out: Map<string, Derivation> };

const setting = (quantity: string, symbol: string, text: string, section: string): Derivation => ({
  quantity,
  symbol,
  words: text,
  formula: null,
  factors: [],
  combine: () => Number.NaN,
  section,
});

/** A derivation from a list of terms: the factors are the quantities it names, in order. */
function derived(
  quantity: string,
  symbol: string,
  text: string,
  section: string,
  formula: Term[],
  combine: (v: number[]) => number,
): Derivation {
  const factors = formula.flatMap((term) => (typeof term === 'string' ? [] : [term.factor]));
  return { quantity, symbol, words: text, formula, factors, combine, section };
}

const sum = (values: number[]): number => values.reduce((total, v) => total + v, 0);

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

/** A unit in words: its name, or "unit 2 of layer 1" in matrix notation. */
const unitWords = (notation: Notation, l: number, j: number): string =>
  notation.kind === 'named' ? notation.units[l][j] : `unit ${j + 1} of layer ${l + 1}`;

/** The forward pass with a prefix ('' or 'next_'): weighted sums Σ w·a + b, outputs f(z), slopes f′(z). */
function addForward(b: Builder, network: Network, prefix: string): void {
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
  const section = headSections[b.definition.id] ?? b.sections.fprime;
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

/** The loss of one example (its own formula: lib/loss-text.ts), over the output quantities named by `output`. */
function errorTerms(b: Builder, output: (k: number) => string): { terms: Term[]; combine: (v: number[]) => number } {
  const n = b.setup.network.layers.at(-1)?.weights.length ?? 1;
  return lossTexts[b.setup.loss].error(
    (k) => ({ factor: output(k) }),
    (k) => ({ factor: targetName(b.definition.notation, k) }),
    n,
  );
}

const factorCount = (terms: Term[]): number => terms.filter((term) => typeof term !== 'string').length;

/**
 * An output unit's delta: a − t when the loss pairs with the output activation (softmax with cross-entropy, a
 * sigmoid with binary cross-entropy); otherwise ∂E/∂a (the loss's slope) through the activation: times f′(z), or
 * through softmax's Jacobian, δ_j = a_j (g_j − Σ_k a_k g_k).
 */
function outputDeltaTerms(
  b: Builder,
  k: number,
  miss: (k: number) => string,
): { terms: Term[]; combine: (v: number[]) => number } {
  const { notation } = b.definition;
  const { network, loss } = b.setup;
  const last = network.layers.length - 1;
  const { activation } = network.layers[last];
  const n = network.layers[last].weights.length;
  const a = (j: number): Term => ({ factor: unitNames(notation, last, j).output });
  const t = (j: number): Term => ({ factor: targetName(notation, j) });
  if (pairs(losses[loss], activation)) return { terms: [a(k), ' − ', t(k)], combine: ([y, target]) => y - target };
  const slope = (j: number) => lossTexts[loss].slope(a(j), t(j), { factor: miss(j) }, n);
  const own = slope(k);
  const c = factorCount(own.terms);
  if (!isHead(activation)) {
    return {
      terms: [...own.terms, ' · ', { factor: unitNames(notation, last, k).fprime }],
      combine: (v) => own.combine(v.slice(0, c)) * v[c],
    };
  }
  const weighted = Array.from({ length: n }, (_x, j) => [
    ...(j > 0 ? [' + '] : []),
    a(j),
    ' · ',
    ...slope(j).terms,
  ]).flat();
  return {
    terms: [a(k), ' · (', ...own.terms, ' − (', ...weighted, '))'],
    combine: (v) => {
      let sum = 0;
      for (let j = 0, at = 1 + c; j < n; j++, at += 1 + c) sum += v[at] * own.combine(v.slice(at + 1, at + 1 + c)); // Σ_j a_j g_j
      return v[0] * (own.combine(v.slice(1, 1 + c)) - sum);
    },
  };
}

/** The error, each output's miss Δ = y − t, and every delta (output: ∂E/∂y · f′; hidden: Σ W·δ · f′). */
function addBackward(b: Builder): void {
  const { notation } = b.definition;
  const { network } = b.setup;
  const last = network.layers.length - 1;
  const n = network.layers[last].weights.length;
  const missName = (k: number) => (n === 1 ? 'Delta' : `Delta_${unitNames(notation, last, k).output}`);
  const outputName = (k: number) => unitNames(notation, last, k).output;
  const error = errorTerms(b, outputName);
  b.out.set('E', derived('E', 'E', words.error(), b.sections.error, error.terms, error.combine));
  const nextError = errorTerms(b, (k) => `next_${outputName(k)}`);
  b.out.set(
    'next_E',
    derived(
      'next_E',
      symbols.next('E'),
      words.nextPass(words.error()),
      b.sections.nextPass,
      nextError.terms,
      nextError.combine,
    ),
  );
  for (let k = 0; k < n; k++) {
    const unit = unitWords(notation, last, k);
    const miss = missName(k);
    b.out.set(
      miss,
      derived(
        miss,
        n === 1 ? 'Δ' : `Δ_${symbols.unit(notation, last, k)}`,
        words.miss(unit),
        b.sections.miss,
        [{ factor: outputName(k) }, ' − ', { factor: targetName(notation, k) }],
        ([y, t]) => y - t,
      ),
    );
    const names = unitNames(notation, last, k);
    const delta = outputDeltaTerms(b, k, missName);
    b.out.set(
      names.delta,
      derived(
        names.delta,
        symbols.delta(notation, last, k),
        words.delta(unit),
        b.sections.outputDelta,
        delta.terms,
        delta.combine,
      ),
    );
  }
  for (let l = last - 1; l >= 0; l--) {
    const above = network.layers[l + 1];
    network.layers[l].weights.forEach((_row, j) => {
      const names = unitNames(notation, l, j);
      const unit = unitWords(notation, l, j);
      const terms: Term[] = [];
      above.weights.forEach((_r, k) => {
        const weight = parametersOf(notation, network).find(
          (q) => !q.bias && q.slots.some((s) => s.layer === l + 1 && s.unit === k && s.input === j),
        ) as Parameter;
        terms.push(...(k > 0 ? [' + '] : []), { factor: weight.name }, ' · ', {
          factor: unitNames(notation, l + 1, k).delta,
        });
      });
      const sumOfProducts = (v: number[], count: number) => {
        let total = 0;
        for (let k = 0; k < count; k += 2) total += v[k] * v[k + 1];
        return total;
      };
      const dE = `dE_d${names.output}`;
      b.out.set(
        dE,
        derived(
          dE,
          `∂E/∂${symbols.unit(notation, l, j)}`,
          words.hiddenError(unit),
          b.sections.hiddenError,
          terms,
          (v) => sumOfProducts(v, v.length),
        ),
      );
      b.out.set(
        names.delta,
        derived(
          names.delta,
          symbols.delta(notation, l, j),
          words.delta(unit),
          b.sections.hiddenDelta,
          ['(', ...terms, ') · ', { factor: names.fprime }],
          (v) => sumOfProducts(v, v.length - 1) * v[v.length - 1],
        ),
      );
    });
  }
}

/** Under each loss the example compares: the error, each output's slope ∂E/∂a and its delta (E_bce, dE_da2_1_se, delta2_1_bce). */
function addComparedLosses(b: Builder): void {
  const { notation } = b.definition;
  const last = b.setup.network.layers.length - 1;
  const n = b.setup.network.layers[last].weights.length;
  const missName = (k: number) => (n === 1 ? 'Delta' : `Delta_${unitNames(notation, last, k).output}`);
  for (const loss of b.definition.comparedLosses ?? []) {
    const under: Builder = { ...b, setup: { ...b.setup, loss } };
    const tag = lossTags[loss];
    const named = lossName(loss);
    const error = errorTerms(under, (k) => unitNames(notation, last, k).output);
    b.out.set(
      `E_${tag}`,
      derived(
        `E_${tag}`,
        `E (${named})`,
        `${words.error()}, under ${named}`,
        b.sections.error,
        error.terms,
        error.combine,
      ),
    );
    for (let k = 0; k < n; k++) {
      const names = unitNames(notation, last, k);
      const unit = unitWords(notation, last, k);
      const output = symbols.unit(notation, last, k);
      const slope = lossTexts[loss].slope(
        { factor: names.output },
        { factor: targetName(notation, k) },
        { factor: missName(k) },
        n,
      );
      b.out.set(
        `dE_d${names.output}_${tag}`,
        derived(
          `dE_d${names.output}_${tag}`,
          `∂E/∂${output} (${named})`,
          `how the error under ${named} changes with ${unit}'s output`,
          b.sections.outputDelta,
          slope.terms,
          slope.combine,
        ),
      );
      const delta = outputDeltaTerms(under, k, missName);
      b.out.set(
        `${names.delta}_${tag}`,
        derived(
          `${names.delta}_${tag}`,
          `${symbols.delta(notation, last, k)} (${named})`,
          `${words.delta(unit)}, under ${named}`,
          b.sections.outputDelta,
          delta.terms,
          delta.combine,
        ),
      );
    }
  }
}

/** Every parameter: a setting; its gradient δ·a (a shared bias: the sum of its units' deltas); its change η·∂E/∂θ; its next value θ − η·∂E/∂θ. */
function addParameters(b: Builder): void {
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
      const section = parameterSections[b.definition.id]?.[name] ?? b.sections[gradTopic];
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

/** With several examples: each example's error from its prediction and target, and the error over the set. */
function addTrainingSet(b: Builder): void {
  const { examples, loss } = b.setup;
  if (examples.length < 2) return;
  const keys = examples.map((_e, e) => exampleKey(examples, e));
  const outputs = b.setup.network.layers.at(-1)?.weights.length ?? 1;
  examples.forEach((example, e) => {
    const key = keys[e];
    const at = example.input.join(', ');
    if (e === b.setup.example && outputs === 1) {
      const output = unitNames(b.definition.notation, b.setup.network.layers.length - 1, 0).output;
      b.out.set(
        `pred_${key}`,
        derived(
          `pred_${key}`,
          `y(${at})`,
          words.prediction(at),
          b.sections.prediction,
          [{ factor: output }, ' (the example shown)'],
          ([y]) => y,
        ),
      );
    } else if (outputs === 1) {
      // Another example's prediction: a forward pass the page does not write out, named by its symbol all the same.
      const y = () => forward(b.setup.network, example.input).layers.at(-1)?.outputs[0] ?? Number.NaN;
      b.out.set(
        `pred_${key}`,
        derived(
          `pred_${key}`,
          `y(${at})`,
          words.prediction(at),
          b.sections.prediction,
          [`the forward pass of (${at})`],
          y,
        ),
      );
    }
    if (outputs !== 1) {
      // Several outputs (one per class): each output of a forward pass the page does not write out, and E over them.
      const name = (k: number) => `pred_${key}_${k + 1}`;
      for (let k = 0; k < outputs; k++) {
        const y = () => forward(b.setup.network, example.input).output[k];
        b.out.set(
          name(k),
          derived(
            name(k),
            `y${k + 1}(${at})`,
            words.prediction(at, k + 1),
            b.sections.prediction,
            [`output ${k + 1} of the forward pass of (${at})`],
            y,
          ),
        );
      }
      const { terms } = lossTexts[loss].error(
        (k) => ({ factor: name(k) }),
        (k) => String(example.target[k]),
        outputs,
      );
      b.out.set(
        `E_${key}`,
        derived(`E_${key}`, `E(${at})`, words.exampleError(at), b.sections.exampleError, terms, () =>
          lossOf(b.setup.network, example, loss),
        ),
      ); // from the logits: finite even at a probability of 0
      return;
    }
    // E of this example over its prediction; its target is a number here, not a named quantity.
    const { terms } = lossTexts[loss].error(
      () => ({ factor: `pred_${key}` }),
      () => String(example.target[0]),
      1,
    );
    b.out.set(
      `E_${key}`,
      derived(`E_${key}`, `E(${at})`, words.exampleError(at), b.sections.exampleError, terms, ([y]) =>
        losses[loss].value([y], example.target),
      ),
    );
  });
  const terms: Term[] = keys.flatMap((key, k) => [...(k > 0 ? [' + '] : []), { factor: `E_${key}` } as Term]);
  const scale = batchScale(loss, examples.length);
  b.out.set(
    'E_total',
    derived(
      'E_total',
      'E_total',
      words.totalError(),
      b.sections.totalError,
      scale === 1 ? terms : ['(', ...terms, `) / ${scale}`],
      (v) => sum(v) / scale,
    ),
  );
}

/** Every derivation of an example's setup, by quantity name (setup.network: the network the numbers come from). */
export function derivationsOf(definition: ExampleDefinition, setup: Setup): Map<string, Derivation> {
  const b: Builder = {
    definition,
    setup,
    sections: sectionsByExample[definition.id] ?? sectionsByExample.builder,
    out: new Map(),
  };
  const { notation } = definition;
  const example = setup.examples[setup.example];
  example.input.forEach((_x, i) =>
    b.out.set(
      inputName(notation, i),
      setting(inputName(notation, i), inputName(notation, i), words.input(inputName(notation, i)), b.sections.input),
    ),
  );
  example.target.forEach((_t, k) =>
    b.out.set(
      targetName(notation, k),
      setting(
        targetName(notation, k),
        targetName(notation, k),
        words.target(targetName(notation, k)),
        b.sections.target,
      ),
    ),
  );
  b.out.set('lr', setting('lr', 'η', words.lr(), b.sections.lr));
  addForward(b, setup.network, '');
  addBackward(b);
  addComparedLosses(b);
  addParameters(b);
  addForward(b, setup.network, 'next_');
  addTrainingSet(b);
  return b.out;
}

/** The formula with each factor shown by `show` (its symbol, or its value). */
export function formulaText(formula: Term[], show: (factor: string) => string): string {
  return formula.map((term) => (typeof term === 'string' ? term : show(term.factor))).join('');
}

/**
 * "δ_o1 = (o1 − t1) · f′(net_o1) = (0.2 − 1) · 1 = −0.8": a quantity's formula in symbols, with its factors' values
 * (four decimals, and at least four significant figures; a negative one after the first term in brackets, so "· (−0.8)" never reads as a minus), and the
 * result with `decimals`. Quantities in `blanks` (a quiz's) show as "?". The popover, the quiz and the exercises
 * all write formulas with it.
 */
export function formulaWithValues(
  derivation: Derivation | undefined,
  quantity: string,
  values: Record<string, number>,
  all: Map<string, Derivation>,
  { decimals = 4, blanks }: { decimals?: number; blanks?: ReadonlySet<string> } = {},
): string {
  // A factor shows at least FACTOR_FIGURES significant figures (a saturated slope 0.0001234, not 0.0001), the result its decimals.
  const shown = (name: string, first: boolean, places = 4, figures = FACTOR_FIGURES) => {
    const text = blanks?.has(name) ? '?' : formatNumber(values[name], places, figures);
    return values[name] < 0 && !first && text !== '?' ? `(${text})` : text;
  };
  const result = shown(quantity, true, decimals, 0);
  if (!derivation?.formula) return `${derivation?.symbol ?? quantity} = ${result}`;
  if (derivation.factors.length === 0)
    return `${derivation.symbol} = ${formulaText(derivation.formula, String)} = ${result}`;
  const first = derivation.formula.findIndex((term) => typeof term !== 'string');
  const symbols = formulaText(derivation.formula, (factor) => all.get(factor)?.symbol ?? factor);
  const numbers = derivation.formula
    .map((term, k) => (typeof term === 'string' ? term : shown(term.factor, k === first)))
    .join('');
  // A linear unit's output is its sum: "h1 = net_h1 = 0.775", not "… = 0.775 = 0.775".
  return numbers === result
    ? `${derivation.symbol} = ${symbols} = ${result}`
    : `${derivation.symbol} = ${symbols} = ${numbers} = ${result}`;
}

/** One row of the notation for any depth: a pattern of names (W{l}_{j}_{i}) with its symbol, words and section. */
export type Pattern = { name: string; symbol: string; words: string; urlKey: string | null; section: string };

/** Matrix notation as patterns over layer l (1 = first weight layer, L = output), unit j and unit i below. */
export function matrixPatterns(exampleId: string): Pattern[] {
  const unit = 'unit {j} of layer {l}';
  const at = (topic: Topic) => sectionOf(exampleId, topic);
  return [
    { name: 'x{i}', symbol: 'x{i}', words: words.input('x{i}'), urlKey: URL_KEYS.x.notation, section: at('input') },
    { name: 't{k}', symbol: 't{k}', words: words.target('t{k}'), urlKey: null, section: at('target') },
    {
      name: 'W{l}_{j}_{i}',
      symbol: 'W{l}[{j},{i}]',
      words: words.weight('W{l}[{j},{i}]'),
      urlKey: URL_KEYS['W{l}'].notation,
      section: at('weight'),
    },
    {
      name: 'b{l}_{j}',
      symbol: 'b{l}[{j}]',
      words: words.bias('b{l}[{j}]'),
      urlKey: URL_KEYS['b{l}'].notation,
      section: at('bias'),
    },
    { name: 'lr', symbol: 'η', words: words.lr(), urlKey: URL_KEYS.lr.notation, section: at('lr') },
    { name: 'z{l}_{j}', symbol: 'z{l}[{j}]', words: words.sum(unit), urlKey: null, section: at('sum') },
    { name: 'a{l}_{j}', symbol: 'a{l}[{j}]', words: words.output(unit), urlKey: null, section: at('output') },
    {
      name: 'fprime{l}_{j}',
      symbol: symbols.fprime('z{l}[{j}]'),
      words: words.fprime(unit),
      urlKey: null,
      section: at('fprime'),
    },
    { name: 'E', symbol: 'E', words: words.error(), urlKey: null, section: at('error') },
    {
      name: 'Delta or Delta_a{L}_{k}',
      symbol: 'Δ',
      words: words.miss('the output'),
      urlKey: null,
      section: at('miss'),
    },
    { name: 'delta{l}_{j}', symbol: 'δ{l}[{j}]', words: words.delta(unit), urlKey: null, section: at('hiddenDelta') },
    {
      name: 'dE_da{l}_{j}',
      symbol: '∂E/∂a{l}[{j}]',
      words: words.hiddenError(unit),
      urlKey: null,
      section: at('hiddenError'),
    },
    {
      name: 'grad_W{l}_{j}_{i}',
      symbol: symbols.grad('W{l}[{j},{i}]'),
      words: words.grad('W{l}[{j},{i}]'),
      urlKey: null,
      section: at('hiddenGrad'),
    },
    {
      name: 'change_W{l}_{j}_{i}',
      symbol: symbols.change('W{l}[{j},{i}]'),
      words: words.change('W{l}[{j},{i}]'),
      urlKey: null,
      section: at('change'),
    },
    {
      name: 'next_W{l}_{j}_{i}',
      symbol: symbols.next('W{l}[{j},{i}]'),
      words: words.next('W{l}[{j},{i}]'),
      urlKey: null,
      section: at('next'),
    },
    {
      name: 'next_z{l}_{j}, next_a{l}_{j}, next_E',
      symbol: symbols.next('z{l}[{j}]'),
      words: words.nextPass('each number of the forward pass'),
      urlKey: null,
      section: at('nextPass'),
    },
    { name: 'pred_{x}', symbol: 'y({x})', words: words.prediction('{x}'), urlKey: null, section: at('prediction') },
    { name: 'E_{x}', symbol: 'E({x})', words: words.exampleError('{x}'), urlKey: null, section: at('exampleError') },
    { name: 'E_total', symbol: 'E_total', words: words.totalError(), urlKey: null, section: at('totalError') },
  ];
}
