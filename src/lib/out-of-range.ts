// Numbers too large for a float64: which setting is to blame, said in words, instead of a page of "∞" and
// "not a number" with no word of why. The setup panel and the URL notice say it; training says its own
// (TrainingPanel's divergence message).
import type { ExampleDefinition, Setup } from '../examples/types.ts';
import { TOO_LARGE, formatNumber } from './format.ts';
import { inputName, parametersOf, targetName, valueAt } from './notation.ts';

/** The setting of largest size, by its name on the page: an input, a target, a weight or bias, or the learning rate. */
export function largestSetting(definition: ExampleDefinition, setup: Setup): { name: string; value: number } {
  const { notation } = definition;
  const example = setup.examples[setup.example];
  const named: { name: string; value: number }[] = [
    ...example.input.map((value, i) => ({ name: inputName(notation, i), value })),
    ...example.target.map((value, k) => ({ name: targetName(notation, k), value })),
    ...parametersOf(notation, setup.network).map((p) => ({ name: p.label, value: valueAt(setup.network, p.slots[0]) })),
    { name: 'learning rate', value: setup.learningRate },
  ];
  return named.reduce((worst, entry) => (Math.abs(entry.value) > Math.abs(worst.value) ? entry : worst));
}

/**
 * Why some of a setup's numbers are not finite, or null when all are: which numbers, what a float64 holds, and the
 * setting to make smaller.
 */
export function outOfRange(
  definition: ExampleDefinition,
  setup: Setup,
  quantities: Record<string, number>,
): string | null {
  const overflowed = Object.keys(quantities).filter((name) => !Number.isFinite(quantities[name]));
  if (overflowed.length === 0) return null;
  const some = overflowed.slice(0, 3).join(', ') + (overflowed.length > 3 ? ` and ${overflowed.length - 3} more` : '');
  const { name, value } = largestSetting(definition, setup);
  const blame =
    Math.abs(value) > TOO_LARGE
      ? `${name} = ${formatNumber(value)} is out of range: use values below 10¹⁵⁰ (an error squares them).`
      : 'The numbers grow through the layers: use smaller weights, inputs or learning rate.';
  return `Out of range: ${some} ${overflowed.length === 1 ? 'is' : 'are'} beyond the largest number a float64 holds (about 1.8 × 10³⁰⁸), shown as ∞ or "not a number". ${blame}`;
}
