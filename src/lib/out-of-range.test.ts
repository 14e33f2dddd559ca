import { describe, expect, test } from 'vitest';
import { builderExample } from '../examples/builder.ts';
import { workedExample } from '../examples/worked-example.ts';
import { xorExample } from '../examples/xor.ts';
import { outOfRange } from './out-of-range.ts';
import { quantitiesOf } from './quantities.ts';
import { readStateFromQuery } from './url-read.ts';
import { matrixKeys } from './url-matrix.ts';

const messageOf = (definition: typeof workedExample, query: string) => {
  const { setup } = readStateFromQuery(query, definition, matrixKeys).state;
  return outOfRange(definition, setup, quantitiesOf(definition, setup));
};

describe('numbers beyond a float64 are explained', () => {
  test('w1 = 10³⁰⁸ on Part I: net_h1 = 10³⁰⁸·2 + … overflows, and w1 is named as the setting out of range', () => {
    const message = messageOf(workedExample, '?w1=1e308');
    expect(message).toMatch(
      /^Out of range: net_h1, h1, net_o1 and \d+ more are beyond the largest number a float64 holds/,
    );
    expect(message).toContain('w1 = 1 × 10³⁰⁸ is out of range: use values below 10¹⁵⁰');
  });
  test("the builder with identity units names the matrix entry; on XOR's sigmoid units 10³⁰⁸ saturates and every number fits", () => {
    expect(messageOf(builderExample, '?act=identity,identity,identity&W1=1,1e308;1,1;1,1')).toContain(
      'W1[1,2] = 1 × 10³⁰⁸ is out of range',
    );
    expect(messageOf(xorExample, '?W1=1e308,1e308;1,1')).toBeNull();
  });
  test('a setup whose numbers all fit gives no message, even with large values', () => {
    expect(messageOf(workedExample, '')).toBeNull();
    expect(messageOf(workedExample, '?w1=1e6&i1=1e6')).toBeNull();
    expect(messageOf(builderExample, '')).toBeNull();
  });
});
