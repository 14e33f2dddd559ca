// The backward pass as derivations: the error under the page's loss, each output's miss and delta (a − t where the
// loss pairs with the output, else through the slope or softmax's Jacobian), each hidden unit's ∂E/∂a and delta, and
// the same output numbers under each loss the example compares.
import { isHead, losses, pairs } from '../../engine/index.ts';
import { lossTexts } from '../loss-text.ts';
import { lossName, lossTags, parametersOf, targetName, unitNames, type Parameter } from '../notation.ts';
import { derived, factorCount, type Builder, type Term } from './terms.ts';
import { symbols, unitWords, words } from './words.ts';

/** The loss of one example (its own formula: lib/loss-text.ts), over the output quantities named by `output`. */
function errorTerms(b: Builder, output: (k: number) => string): { terms: Term[]; combine: (v: number[]) => number } {
  const n = b.setup.network.layers.at(-1)?.weights.length ?? 1;
  return lossTexts[b.setup.loss].error(
    (k) => ({ factor: output(k) }),
    (k) => ({ factor: targetName(b.definition.notation, k) }),
    n,
  );
}

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
export function addBackward(b: Builder): void {
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
export function addComparedLosses(b: Builder): void {
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
