// What long training runs need, loaded only by pages whose examples train for long or in a chosen order: the
// engine's fast path, and the shuffled online order.
import { createRng } from '../engine/index.ts';
import type { Setup } from '../examples/types.ts';

export { train } from '../engine/train.ts';

/** The example each online step k (from `done`, `count` of them) learns from: k mod m, or shuffled each epoch by the seed. */
export function exampleOrder(setup: Setup, done: number, count: number): number[] {
  const m = setup.examples.length;
  const order: number[] = [];
  let epoch = -1;
  let permutation: number[] = [];
  for (let k = done; k < done + count; k++) {
    if (setup.shuffleSeed === undefined) {
      order.push(k % m);
      continue;
    }
    if (Math.floor(k / m) !== epoch) {
      epoch = Math.floor(k / m);
      permutation = shuffled(m, createRng(setup.shuffleSeed * 1_000_003 + epoch));
    }
    order.push(permutation[k % m]);
  }
  return order;
}

/** 0 … m − 1 in the order a Fisher–Yates shuffle with `random` gives. */
function shuffled(m: number, random: () => number): number[] {
  const items = Array.from({ length: m }, (_x, i) => i);
  for (let i = m - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

