// The pieces every derivation is made of: a formula's terms, a derivation, and the builder the passes fill in.
import type { ExampleDefinition, Sections, Setup } from '../../examples/types.ts';

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

/** What the passes fill in: the example, the setup its numbers come from, its sections, and the derivations so far. */
export type Builder = { definition: ExampleDefinition; setup: Setup; sections: Sections; out: Map<string, Derivation> };

/** A setting: set by the reader (or moved by training), no formula. */
export const setting = (quantity: string, symbol: string, text: string, section: string): Derivation => ({
  quantity,
  symbol,
  words: text,
  formula: null,
  factors: [],
  combine: () => Number.NaN,
  section,
});

/** A derivation from a list of terms: the factors are the quantities it names, in order. */
export function derived(
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

/** The sum of the values (a shared bias's gradient, the error over a training set). */
export const sum = (values: number[]): number => values.reduce((total, v) => total + v, 0);

/** How many named quantities a formula uses. */
export const factorCount = (terms: Term[]): number => terms.filter((term) => typeof term !== 'string').length;
