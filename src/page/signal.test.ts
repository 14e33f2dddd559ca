import { expect, test } from 'vitest';
import { signal } from './signal.ts';

test('a subscriber hears the value at once and after each change, and nothing once it stops', () => {
  const s = signal(1);
  const heard: number[] = [];
  const stop = s.subscribe((v) => heard.push(v));
  s.value = 2;
  s.value = 2; // the same value: no news
  s.value = 3;
  stop();
  s.value = 4;
  expect(heard).toEqual([1, 2, 3]);
  expect(s.peek()).toBe(4);
});
