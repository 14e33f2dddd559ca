import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { screenGate } from './screen-gate.ts';
import { watchScreen } from './screen-watch.ts';

/** A stand-in for the browser's IntersectionObserver: the test says when an element comes into view or leaves it. */
let report: (target: Element, isIntersecting: boolean) => void = () => {};
class FakeObserver {
  constructor(callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    report = (target, isIntersecting) => callback([{ target, isIntersecting }]);
  }
  observe() {}
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const element = () => ({}) as Element;

test('a single change shows at once, on screen or off', () => {
  const off = watchScreen()(element());
  const shown: number[] = [];
  off(() => shown.push(1));
  vi.advanceTimersByTime(500);
  off(() => shown.push(2));
  expect(shown).toEqual([1, 2]);
});

test('amid a burst, what is off screen waits for the burst to settle and then shows the latest change only', () => {
  const off = watchScreen()(element());
  const shown: number[] = [];
  for (let k = 1; k <= 5; k++) (off(() => shown.push(k)), vi.advanceTimersByTime(16));
  expect(shown).toEqual([1]);
  vi.advanceTimersByTime(200);
  expect(shown).toEqual([1]);
  vi.advanceTimersByTime(100);
  expect(shown).toEqual([1, 5]);
});

test('amid a burst, what is on screen shows every change, and what comes into view shows the latest at once', () => {
  const follow = watchScreen();
  const [a, b] = [element(), element()];
  const onScreen = follow(a);
  const offScreen = follow(b);
  report(a, true);
  const seen: string[] = [];
  for (let k = 1; k <= 3; k++) {
    onScreen(() => seen.push(`a${k}`));
    offScreen(() => seen.push(`b${k}`));
    vi.advanceTimersByTime(16);
  }
  expect(seen).toEqual(['a1', 'b1', 'a2', 'a3']);
  report(b, true);
  expect(seen).toEqual(['a1', 'b1', 'a2', 'a3', 'b3']);
  vi.advanceTimersByTime(1000);
  expect(seen).toHaveLength(5);
});

test('two followers of one element wait apart, and a dropped one never shows', () => {
  const follow = watchScreen();
  const shared = element();
  const first = follow(shared);
  const second = follow(shared);
  const seen: string[] = [];
  for (let k = 1; k <= 2; k++) {
    first(() => seen.push(`first${k}`));
    second(() => seen.push(`second${k}`));
    vi.advanceTimersByTime(16);
  }
  second();
  vi.advanceTimersByTime(300);
  expect(seen).toEqual(['first1', 'second1', 'first2']);
});

test('the page’s gate: before it starts, a burst shows at once; after, the first change shows at once and loads the watch, which holds a burst back', async () => {
  const gate = screenGate();
  const off = gate.follow(element());
  const shown: number[] = [];
  for (let k = 1; k <= 3; k++) (off(() => shown.push(k)), vi.advanceTimersByTime(16));
  expect(shown).toEqual([1, 2, 3]);
  gate.start();
  off(() => shown.push(4));
  expect(shown).toEqual([1, 2, 3, 4]);
  // A follower's first offer (a widget mounted once the page is ready) loads nothing: nothing has changed yet.
  const later = gate.follow(element());
  later(() => shown.push(0));
  expect(shown).toEqual([1, 2, 3, 4, 0]);
  shown.pop();
  await vi.dynamicImportSettled();
  for (let k = 5; k <= 7; k++) (off(() => shown.push(k)), vi.advanceTimersByTime(16));
  expect(shown).toEqual([1, 2, 3, 4, 5]);
  vi.advanceTimersByTime(300);
  expect(shown).toEqual([1, 2, 3, 4, 5, 7]);
});
