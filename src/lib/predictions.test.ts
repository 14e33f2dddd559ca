import { describe, expect, it } from 'vitest';
import { examples } from '../examples/index.ts';
import { answerOf, answerText, choiceText, missingOf, trainingStepsOf, verdictOf, type Prompt } from './predictions.ts';

const plain = (value: number) => String(Math.round(value * 1e4) / 1e4);

const w6: Prompt = {
  id: 'w6-direction',
  question: 'Which way will w6 move?',
  choices: { negative: 'w6 goes up', positive: 'w6 goes down' },
  rule: { kind: 'sign', quantity: 'change_w6' },
  labels: { change_w6: 'η·∂E/∂w6' },
  note: 'The step subtracts it.',
};

describe('a sign rule', () => {
  it('picks "negative" for a negative change and says so with the number', () => {
    const answer = answerOf(w6, { change_w6: -0.0227 });
    expect(answer.choice).toBe('negative');
    expect(answerText(w6, answer, plain)).toBe('w6 goes up: η·∂E/∂w6 = -0.0227 is negative. The step subtracts it.');
  });

  it('picks "positive" for a positive change, and the number carries its quantity', () => {
    const answer = answerOf(w6, { change_w6: 0.0166 });
    expect(answer.choice).toBe('positive');
    expect(answer.facts).toContainEqual({ value: 0.0166, quantity: 'change_w6' });
  });

  it('picks "zero" for exactly 0, in words when the prompt offers no such choice', () => {
    const answer = answerOf(w6, { change_w6: 0 });
    expect(answer.choice).toBe('zero');
    expect(choiceText(w6, answer.choice)).toBe('neither: it is exactly 0');
  });

  it('calls a tiny non-zero number by its sign, as the formatter shows it (1.3 × 10⁻⁹, not 0)', () => {
    expect(answerOf(w6, { change_w6: 1.3e-9 }).choice).toBe('positive');
  });
});

describe('a largest rule', () => {
  const deltas: Prompt = {
    id: 'deltas',
    question: 'Which delta is larger in size?',
    choices: { delta_h1: 'δ_h1', delta_h2: 'δ_h2' },
    rule: { kind: 'largest', quantities: ['delta_h1', 'delta_h2'], by: 'abs' },
  };

  it('compares sizes: −0.0956 is larger than −0.0876 in size', () => {
    const answer = answerOf(deltas, { delta_h1: -0.0876, delta_h2: -0.0956 });
    expect(answer.choice).toBe('delta_h2');
    expect(answerText(deltas, answer, plain)).toBe(
      'δ_h2: delta_h1 = -0.0876 and delta_h2 = -0.0956; in size 0.0876 and 0.0956.',
    );
  });

  it('compares values without abs: −0.0876 is the larger', () => {
    const answer = answerOf(
      { ...deltas, rule: { kind: 'largest', quantities: ['delta_h1', 'delta_h2'] } },
      { delta_h1: -0.0876, delta_h2: -0.0956 },
    );
    expect(answer.choice).toBe('delta_h1');
  });

  it('calls a tie "equal", and takes three or more quantities', () => {
    expect(answerOf(deltas, { delta_h1: 0.5, delta_h2: -0.5 }).choice).toBe('equal');
    const three: Prompt = { ...deltas, rule: { kind: 'largest', quantities: ['a', 'b', 'c'], by: 'abs' } };
    const answer = answerOf(three, { a: 1, b: -3, c: 2 });
    expect(answer.choice).toBe('b');
    expect(answerText(three, answer, plain)).toBe('b: a = 1, b = -3 and c = 2; in size 1, 3 and 2.');
  });

  it('names the quantities a setup lacks', () => {
    expect(missingOf(deltas.rule, { delta_h1: 1 })).toEqual(['delta_h2']);
  });
});

describe('an after-step rule', () => {
  const error: Prompt = {
    id: 'one-step',
    question: 'Will one step lower the error?',
    choices: { lower: 'Yes, it goes down', higher: 'No, it goes up' },
    rule: { kind: 'after-step', quantity: 'E' },
  };

  it('compares next_E with E: 0.2487 after 0.317 is lower', () => {
    const answer = answerOf(error, { E: 0.317, next_E: 0.2487 });
    expect(answer.choice).toBe('lower');
    expect(answerText(error, answer, plain)).toBe('Yes, it goes down: E = 0.317 now and 0.2487 after the step.');
  });

  it('says higher when a step overshoots (0.9 after 0.3) and same when nothing moves', () => {
    expect(answerOf(error, { E: 0.3, next_E: 0.9 }).choice).toBe('higher');
    expect(answerOf(error, { E: 0.3, next_E: 0.3 }).choice).toBe('same');
    expect(missingOf(error.rule, { E: 0.3 })).toEqual(['next_E']);
  });
});

describe('a trained rule', () => {
  const solves: Prompt = {
    id: 'solves',
    question: 'Will the error fall below 0.05?',
    choices: { yes: 'Yes', no: 'No' },
    rule: { kind: 'trained', quantity: 'E_total', epochs: 2000, below: 0.05 },
  };

  it('reads the quantity after training: 0.2511 is not below 0.05, 0.0123 is', () => {
    expect(answerOf(solves, {}, { E_total: 0.2511 }).choice).toBe('no');
    const answer = answerOf(solves, {}, { E_total: 0.0123 });
    expect(answer.choice).toBe('yes');
    expect(answerText(solves, answer, plain)).toBe(
      'Yes: E_total = 0.0123 after 2,000 epochs from this start, below 0.05.',
    );
  });

  it('says no, and that the run diverges, for a run that ends in NaN', () => {
    const answer = answerOf(solves, {}, { E_total: Number.NaN });
    expect(answer.choice).toBe('no');
    expect(answerText(solves, answer, plain)).toContain('the run diverges');
  });

  it('counts an online epoch as one step per example, a batch epoch as one step', () => {
    const xor = examples.xor.defaults;
    expect(trainingStepsOf(solves.rule, { ...xor, mode: 'online' })).toBe(2000 * 4);
    expect(trainingStepsOf(solves.rule, { ...xor, mode: 'batch' })).toBe(2000);
    expect(trainingStepsOf({ kind: 'sign', quantity: 'E' }, xor)).toBe(0);
  });
});

describe('the verdict', () => {
  it('is none before a pick, right for the answer, wrong otherwise', () => {
    const answer = { choice: 'negative', facts: [] };
    expect(verdictOf(answer, undefined)).toBe('none');
    expect(verdictOf(answer, 'negative')).toBe('right');
    expect(verdictOf(answer, 'positive')).toBe('wrong');
  });
});
