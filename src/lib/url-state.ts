// The worked example's state in a query string: `?w1=0.5&lr=0.1&activation=sigmoid&steps=50`.
// Reading never trusts the URL: each value is checked, and anything unknown or invalid becomes a notice.
import { MAX_STEPS, WEIGHT_NAMES, type Setup, type WorkedState } from './worked-example.ts';
import { activationNames, type ActivationName } from '../engine/index.ts';

const NUMBER_KEYS = [...WEIGHT_NAMES, 'i1', 'i2', 't1', 'lr'] as const;
type NumberKey = (typeof NUMBER_KEYS)[number];
const isNumberKey = (key: string): key is NumberKey => (NUMBER_KEYS as readonly string[]).includes(key);
const ACTIVATION_ALIASES: Record<string, ActivationName> = { linear: 'identity' };

/** A value from the URL, shortened and made printable, for a notice (notices are text, never HTML). */
const shown = (text: string) => JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** Reads a state from a query string; what it cannot use is listed in `notices`. */
export function readStateFromQuery(search: string, defaults: WorkedState): { state: WorkedState; notices: string[] } {
  const setup: Setup = { ...defaults.setup };
  let steps = defaults.steps;
  const notices: string[] = [];
  for (const [key, raw] of new URLSearchParams(search)) {
    const value = raw.trim();
    if (isNumberKey(key)) {
      const number = value === '' ? Number.NaN : Number(value);
      if (Number.isFinite(number)) setup[key] = number;
      else notices.push(`Ignored ${key}=${shown(raw)}: not a number.`);
    } else if (key === 'activation') {
      const name = ACTIVATION_ALIASES[value] ?? value;
      if ((activationNames as readonly string[]).includes(name)) setup.activation = name as ActivationName;
      else notices.push(`Ignored activation=${shown(raw)}: choose ${activationNames.join(', ')}.`);
    } else if (key === 'steps') {
      const number = Number(value);
      if (Number.isInteger(number) && number >= 0 && number <= MAX_STEPS) steps = number;
      else notices.push(`Ignored steps=${shown(raw)}: a whole number from 0 to ${MAX_STEPS} is expected.`);
    } else {
      notices.push(`Ignored ${shown(key)}: this page has no such setting.`);
    }
  }
  return { state: { setup, steps }, notices };
}

/** Writes the settings that differ from the defaults, in a fixed order: the shortest link to this exact setup. */
export function queryFromState(state: WorkedState, defaults: WorkedState): string {
  const params = new URLSearchParams();
  for (const key of NUMBER_KEYS) {
    if (state.setup[key] !== defaults.setup[key]) params.set(key, String(state.setup[key]));
  }
  if (state.setup.activation !== defaults.setup.activation) params.set('activation', state.setup.activation);
  if (state.steps !== defaults.steps) params.set('steps', String(state.steps));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

