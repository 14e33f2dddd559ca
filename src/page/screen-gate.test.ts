import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { screenGate } from './screen-gate.ts';

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
  const gate = screenGate();
  gate.start();
  const off = gate.follow(element());
  const shown: number[] = [];
  off.offer(() => shown.push(1));
  vi.advanceTimersByTime(500);
  off.offer(() => shown.push(2));
  expect(shown).toEqual([1, 2]);
});

test('amid a burst, what is off screen waits for the burst to settle and then shows the latest change only', () => {
  const gate = screenGate();
  gate.start();
  const off = gate.follow(element());
  const shown: number[] = [];
  for (let k = 1; k <= 5; k++) (off.offer(() => shown.push(k)), vi.advanceTimersByTime(16));
  expect(shown).toEqual([1]);
  vi.advanceTimersByTime(200);
  expect(shown).toEqual([1]);
  vi.advanceTimersByTime(100);
  expect(shown).toEqual([1, 5]);
});

test('amid a burst, what is on screen shows every change, and what comes into view shows the latest at once', () => {
  const gate = screenGate();
  gate.start();
  const [a, b] = [element(), element()];
  const onScreen = gate.follow(a);
  const offScreen = gate.follow(b);
  report(a, true);
  const seen: string[] = [];
  for (let k = 1; k <= 3; k++) {
    onScreen.offer(() => seen.push(`a${k}`));
    offScreen.offer(() => seen.push(`b${k}`));
    vi.advanceTimersByTime(16);
  }
  expect(seen).toEqual(['a1', 'b1', 'a2', 'a3']);
  report(b, true);
  expect(seen).toEqual(['a1', 'b1', 'a2', 'a3', 'b3']);
  vi.advanceTimersByTime(1000);
  expect(seen).toHaveLength(5);
});

test('two followers of one element wait apart, and a stopped one never shows', () => {
  const gate = screenGate();
  gate.start();
  const shared = element();
  const first = gate.follow(shared);
  const second = gate.follow(shared);
  const seen: string[] = [];
  for (let k = 1; k <= 2; k++) {
    first.offer(() => seen.push(`first${k}`));
    second.offer(() => seen.push(`second${k}`));
    vi.advanceTimersByTime(16);
  }
  second.stop();
  vi.advanceTimersByTime(300);
  expect(seen).toEqual(['first1', 'second1', 'first2']);
});

test('before the page starts the gate, a burst shows everywhere at once', () => {
  const gate = screenGate();
  const off = gate.follow(element());
  const shown: number[] = [];
  for (let k = 1; k <= 3; k++) (off.offer(() => shown.push(k)), vi.advanceTimersByTime(16));
  expect(shown).toEqual([1, 2, 3]);
});

test('the first change once the gate starts is a single change, however soon after the page’s own', () => {
  const gate = screenGate();
  const off = gate.follow(element());
  const shown: number[] = [];
  off.offer(() => shown.push(1));
  gate.start();
  vi.advanceTimersByTime(16);
  off.offer(() => shown.push(2));
  vi.advanceTimersByTime(16);
  off.offer(() => shown.push(3));
  expect(shown).toEqual([1, 2]);
});
