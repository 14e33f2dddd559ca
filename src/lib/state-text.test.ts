import { describe, expect, test } from 'vitest';
import { initNetwork } from '../engine/index.ts';
import { caseOf, check, outputRule, parse, plainText, type Condition } from './state-text.ts';

const format = (value: number, decimals: number) => value.toFixed(decimals);

describe('sentences computed from the state', () => {
  test('the output rule: δ = a − t for a loss on its own head, the Jacobian for softmax otherwise, the slope for a unit', () => {
    const net = (output: 'softmax' | 'sigmoid' | 'tanh') =>
      initNetwork([2, 3, 3], ['tanh', output], { seed: 1, bias: true });
    expect(outputRule(net('softmax'), 'cross-entropy')).toBe('paired');
    expect(outputRule(net('sigmoid'), 'binary-cross-entropy')).toBe('paired');
    expect(outputRule(net('softmax'), 'half-squared-error')).toBe('jacobian');
    expect(outputRule(net('sigmoid'), 'half-squared-error')).toBe('slope');
    expect(outputRule(net('tanh'), 'mean-squared-error')).toBe('slope');
    const when: Condition[] = [{ kind: 'output' }];
    expect(caseOf(when, { paired: 'a − t', '*': 'slope' }, { quantities: {}, shape: [2, 3], output: 'paired' })).toBe(
      'a − t',
    );
  });

  test('a sign, a comparison and the depth each pick their case; several join with +, and * matches any', () => {
    const context = { quantities: { g: -0.5, a: 2, b: -3 }, shape: [2, 3, 1], output: 'slope' as const };
    const when: Condition[] = [
      { kind: 'sign', quantity: 'g' },
      { kind: 'compare', quantities: ['a', 'b'], by: 'abs' },
      { kind: 'depth' },
    ];
    expect(caseOf(when, { 'negative+lower+hidden': 'yes', '*': 'no' }, context)).toBe('yes');
    expect(caseOf(when, { 'positive+*+*': 'a', 'negative+*+hidden': 'b', '*': 'c' }, context)).toBe('b');
    expect(caseOf([{ kind: 'compare', quantities: ['a', 'b'] }], { higher: 'a is higher' }, context)).toBe(
      'a is higher',
    );
    expect(caseOf([{ kind: 'depth' }], { none: 'flat', hidden: 'deep' }, { ...context, shape: [2, 1] })).toBe('flat');
    expect(caseOf([{ kind: 'sign', quantity: 'g' }], { '*': 'any' }, { ...context, quantities: { g: 0 } })).toBe('any');
    expect(caseOf([{ kind: 'sign', quantity: 'g*b' }], { positive: 'a product of two negatives' }, context)).toBe(
      'a product of two negatives',
    );
    expect(caseOf([{ kind: 'sign', quantity: 'g' }], { positive: 'up' }, context)).toBeUndefined();
  });

  test('the build-time check names a missing quantity or a setup no case covers', () => {
    const context = { quantities: { g: -0.5, a2_1: 1 }, shape: [2, 3, 1], output: 'slope' as const };
    expect(() => check([{ kind: 'sign', quantity: 'g' }], { positive: 'up' }, context)).toThrow(/no case for negative/);
    expect(() => check([{ kind: 'sign', quantity: 'h' }], { '*': '' }, context)).toThrow(/no quantity named h/);
    expect(() => check([], { '*': 'out {a$L_2}' }, context)).toThrow(/no quantity named a2_2/);
    expect(() => check([], { '*': 'out {a$L_1}' }, context)).not.toThrow();
  });

  test('$L, $shape, subscripts and numbers resolve against the network', () => {
    const context = { quantities: { a2_1: 0.25, delta2_1: -0.125 }, shape: [2, 3, 1], output: 'slope' as const };
    const pieces = parse('A $shape: a_{$L,1} = {a$L_1}, δ = {delta$L_1:6}.');
    expect(pieces).toContainEqual({ sub: '$L,1' });
    expect(pieces).toContainEqual({ q: 'a$L_1', d: 4 });
    expect(plainText(pieces, context, format)).toBe('A 2-3-1: a2,1 = 0.2500, δ = -0.125000.');
  });
});
