// A derivation written out: its formula in symbols, and with its factors' values substituted.
import { FACTOR_FIGURES, formatNumber } from '../format.ts';
import type { Derivation, Term } from './terms.ts';

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
