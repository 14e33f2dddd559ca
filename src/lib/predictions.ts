// Predict-then-reveal prompts: a question, two to four choices, and a rule that picks the right choice from a
// setup's named quantities (src/lib/quantities.ts). The answer is computed, never written down, so it stays right
// whatever the reader has set. No DOM here: the chapter's component (Predict.astro) renders the answer at the
// example's defaults, the page (src/browser/predict.ts) for the current setup.
import type { Setup } from '../examples/types.ts';

/** How a prompt's right choice follows from the numbers. */
export type Rule =
  /** The sign of one quantity: choice 'negative', 'zero' or 'positive'. */
  | { kind: 'sign'; quantity: string }
  /** The largest of several quantities (in size with by 'abs'): choice the quantity's name, or 'equal' on a tie. */
  | { kind: 'largest'; quantities: string[]; by?: 'abs' | 'value' }
  /** A quantity after one gradient step (next_q) against now (q): choice 'lower', 'same' or 'higher'. */
  | { kind: 'after-step'; quantity: string }
  /** A quantity after `epochs` epochs of training from the setup's start, below `below` or not: choice 'yes' or 'no'. */
  | { kind: 'trained'; quantity: string; epochs: number; below: number };

export type Prompt = {
  /** Unique on its page; the form's id is predict-<id>. */
  id: string;
  question: string;
  /** The choices in the order shown, by the key the rule picks. */
  choices: Record<string, string>;
  rule: Rule;
  /** How each quantity is written in the answer ('η·∂E/∂w6'); its name otherwise. */
  labels?: Record<string, string>;
  /** A sentence added after the numbers; it must hold for any setup. */
  note?: string;
  /** Decimals of the numbers in the answer (4 unless given). */
  decimals?: number;
};

/** A piece of an answer: text, or a number (with the quantity it shows, when it is one of the page's). */
export type Segment = string | { value: number; quantity?: string };

/** What settles a prompt for one setup: the right choice and the numbers that show it. */
export type Answer = { choice: string; facts: Segment[] };

/** Choice words for an answer that none of a prompt's choices names (a tie the question did not offer). */
const FALLBACK: Record<string, string> = {
  zero: 'neither: it is exactly 0',
  equal: 'they are equal',
  same: 'it stays the same',
};

/** The quantities a rule reads now (without those of a training run). */
function quantitiesNeeded(rule: Rule): string[] {
  switch (rule.kind) {
    case 'sign':
      return [rule.quantity];
    case 'largest':
      return rule.quantities;
    case 'after-step':
      return [rule.quantity, `next_${rule.quantity}`];
    case 'trained':
      return [];
  }
}

/** Training steps from the setup's start that a rule needs (0 for none): an online epoch is one step per example. */
export function trainingStepsOf(rule: Rule, setup: Setup): number {
  if (rule.kind !== 'trained') return 0;
  return rule.epochs * (setup.mode === 'online' ? setup.examples.length : 1);
}

/** The needed quantities that `quantities` lacks (a builder network may have lost a unit). */
export function missingOf(rule: Rule, quantities: Record<string, number>): string[] {
  return quantitiesNeeded(rule).filter((name) => !(name in quantities));
}

/** Which way two numbers compare: -1, 0 or 1. */
const order = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The right choice for the numbers `now` (the page's quantities) and, for a 'trained' rule, `trained` (the
 * quantities after its training run), with the numbers that settle it.
 */
export function answerOf(prompt: Prompt, now: Record<string, number>, trained: Record<string, number> = {}): Answer {
  const { rule } = prompt;
  const label = (name: string) => prompt.labels?.[name] ?? name;
  const number = (name: string): Segment => ({ value: now[name], quantity: name });
  switch (rule.kind) {
    case 'sign': {
      const value = now[rule.quantity];
      const choice = value < 0 ? 'negative' : value > 0 ? 'positive' : 'zero';
      const word = choice === 'zero' ? 'exactly 0' : choice;
      return {
        choice,
        facts: [`${label(rule.quantity)} = `, number(rule.quantity), value === 0 ? ', exactly 0.' : ` is ${word}.`],
      };
    }
    case 'largest': {
      const size = (name: string) => (rule.by === 'abs' ? Math.abs(now[name]) : now[name]);
      const top = Math.max(...rule.quantities.map(size));
      const winners = rule.quantities.filter((name) => size(name) === top);
      const facts: Segment[] = [];
      const list = (write: (name: string) => Segment[]) =>
        rule.quantities.forEach((name, k) => {
          if (k > 0) facts.push(k === rule.quantities.length - 1 ? ' and ' : ', ');
          facts.push(...write(name));
        });
      list((name) => [`${label(name)} = `, number(name)]);
      if (rule.by === 'abs') {
        facts.push('; in size ');
        list((name) => [{ value: size(name) }]);
      }
      facts.push('.');
      return { choice: winners.length === 1 ? winners[0] : 'equal', facts };
    }
    case 'after-step': {
      const next = `next_${rule.quantity}`;
      const choice = ['lower', 'same', 'higher'][order(now[next], now[rule.quantity]) + 1];
      return {
        choice,
        facts: [`${label(rule.quantity)} = `, number(rule.quantity), ' now and ', number(next), ' after the step.'],
      };
    }
    case 'trained': {
      const value = trained[rule.quantity];
      const reached = value < rule.below;
      const epochs = rule.epochs.toLocaleString('en');
      return {
        choice: reached ? 'yes' : 'no',
        facts: Number.isFinite(value)
          ? [
              `${label(rule.quantity)} = `,
              { value },
              ` after ${epochs} epochs from this start, ${reached ? 'below' : 'not below'} ${rule.below}.`,
            ]
          : [`Trained for ${epochs} epochs from this start, the run diverges.`],
      };
    }
  }
}

/** The words of a choice, or of an answer none of the choices names. */
export const choiceText = (prompt: Prompt, choice: string): string =>
  prompt.choices[choice] ?? FALLBACK[choice] ?? choice;

/** Whether the reader's pick (undefined: none yet) is the answer's choice. */
export function verdictOf(answer: Answer, picked: string | undefined): 'none' | 'right' | 'wrong' {
  if (picked === undefined) return 'none';
  return picked === answer.choice ? 'right' : 'wrong';
}

/** The answer as plain text, numbers written by `format` (for tests and for the verdict's summary). */
export function answerText(prompt: Prompt, answer: Answer, format: (value: number) => string): string {
  const facts = answer.facts.map((part) => (typeof part === 'string' ? part : format(part.value))).join('');
  return `${choiceText(prompt, answer.choice)}: ${facts}${prompt.note ? ` ${prompt.note}` : ''}`;
}
