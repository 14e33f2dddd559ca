import { describe, expect, test } from 'vitest';
import { queryFromState, readStateFromQuery } from './url-state.ts';
import { DEFAULT_STATE } from './worked-example.ts';

describe('readStateFromQuery', () => {
  test('an empty query gives the article 000 defaults and no notice', () => {
    const { state, notices } = readStateFromQuery('', DEFAULT_STATE);
    expect(state.setup).toMatchObject({ w1: 0.12, w2: 0.33, w3: 0.15, w4: 0.09, w5: 0.11, w6: 0.12, i1: 2, i2: 3, t1: 1, lr: 0.05 });
    expect(state.steps).toBe(0);
    expect(notices).toEqual([]);
  });

  test('weights, learning rate, activation and steps are read from their names', () => {
    const { state, notices } = readStateFromQuery('?w1=0.5&lr=0.1&activation=sigmoid&steps=50&t1=-2', DEFAULT_STATE);
    expect(state.setup.w1).toBe(0.5);
    expect(state.setup.lr).toBe(0.1);
    expect(state.setup.t1).toBe(-2);
    expect(state.setup.activation).toBe('sigmoid');
    expect(state.steps).toBe(50);
    expect(notices).toEqual([]);
  });

  test('linear is accepted as another name for identity', () => {
    expect(readStateFromQuery('?activation=linear', DEFAULT_STATE).state.setup.activation).toBe('identity');
  });

  test('unknown and invalid settings are ignored, each with a notice, and the rest still applies', () => {
    const { state, notices } = readStateFromQuery(
      '?w2=abc&foo=1&activation=<img src=x>&steps=-3&w3=0.7&lr=Infinity&i1=',
      DEFAULT_STATE,
    );
    expect(state.setup.w2).toBe(0.33);
    expect(state.setup.w3).toBe(0.7);
    expect(state.setup.lr).toBe(0.05);
    expect(state.setup.i1).toBe(2);
    expect(state.setup.activation).toBe('identity');
    expect(state.steps).toBe(0);
    expect(notices).toHaveLength(6);
    expect(notices[0]).toBe('Ignored w2="abc": not a number.');
    expect(notices[1]).toBe('Ignored "foo": this page has no such setting.');
  });
});

describe('queryFromState', () => {
  test('the defaults give an empty query', () => {
    expect(queryFromState(DEFAULT_STATE, DEFAULT_STATE)).toBe('');
  });
  test('only what differs from the defaults is written', () => {
    const state = { setup: { ...DEFAULT_STATE.setup, w5: 0.2, activation: 'relu' as const }, steps: 3 };
    expect(queryFromState(state, DEFAULT_STATE)).toBe('?w5=0.2&activation=relu&steps=3');
  });
});
