// Values read from a URL, for every reader of links (url-read.ts, url-matrix.ts, url-data.ts, the instructor's keys):
// names looked up safely, values quoted in notices, activations and seeds. Apart from url-state.ts, which writes a
// state's query: a page whose example has matrix keys loads url-matrix.ts at once, the writer only once its state changes.
import { activationNames, type ActivationName } from '../engine/index.ts';
import { parseWholeNumber } from './format.ts';

const ACTIVATION_ALIASES: Record<string, ActivationName> = { linear: 'identity' };

/**
 * The entry of `table` named `name`, if the table has it as its own: a name from the URL is looked up this way only,
 * never as table[name], which finds "constructor" or "__proto__" on every plain object.
 */
export const ownEntry = <T>(table: Readonly<Record<string, T>> | undefined, name: string): T | undefined =>
  table && Object.hasOwn(table, name) ? table[name] : undefined;

/** A value from the URL, shortened and made printable, for a notice (notices are text, never HTML). */
export const shown = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

export const activationOf = (text: string): ActivationName | null => {
  const name = ownEntry(ACTIVATION_ALIASES, text) ?? text;
  return (activationNames as readonly string[]).includes(name) ? (name as ActivationName) : null;
};

/** A seed from a URL (exercises, random starts, the shuffled order): a whole number from 0 to 2³¹ in decimal digits, or null. */
export function seedOf(raw: string | null): number | null {
  return raw === null ? null : parseWholeNumber(raw, 0, 2 ** 31);
}
