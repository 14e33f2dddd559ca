import { createRng } from './random.ts';

// The one online order: which example each online step learns from. The display path (src/lib/runs.ts), the fast
// path (train.ts, which hands it to kernels.ts) and the Python export (its `online_order`, checked against this one)
// all read it from here.

/**
 * The example online step k learns from, for k = from … from + count − 1, into `into` (a new array when not given):
 * k mod m in the training set's order, or, with a shuffle seed, epoch ⌊k/m⌋'s own permutation of 0 … m − 1
 * (a Fisher–Yates shuffle drawn from createRng(seed · 1000003 + epoch)), so every epoch visits each example once.
 */
export function onlineOrder(
  m: number,
  shuffleSeed: number | undefined,
  from: number,
  count: number,
  into: Int32Array = new Int32Array(count),
): Int32Array {
  if (shuffleSeed === undefined) {
    for (let k = 0, e = from % m; k < count; k++, e = e + 1 === m ? 0 : e + 1) into[k] = e;
    return into;
  }
  const permutation = new Int32Array(m);
  let epoch = -1;
  for (let k = from; k < from + count; k++) {
    if (Math.floor(k / m) !== epoch) {
      epoch = Math.floor(k / m);
      shuffle(permutation, createRng(shuffleSeed * 1_000_003 + epoch));
    }
    into[k - from] = permutation[k % m];
  }
  return into;
}

/** 0 … m − 1 into `items`, in the order a Fisher–Yates shuffle with `random` gives. */
function shuffle(items: Int32Array, random: () => number): void {
  for (let i = 0; i < items.length; i++) items[i] = i;
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
}
