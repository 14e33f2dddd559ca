// A training run kept for time travel with bounded memory: the network at every `every`-th step, at most `cap` of
// them. When a new checkpoint would pass the cap, the spacing doubles and every other one is dropped, so a run of
// n steps keeps at most cap networks, spaced at most 2n / cap steps apart; any step is then at most that many
// steps of training from a kept network. Training is deterministic, so recomputing gives the same numbers.
import type { Network } from '../engine/index.ts';

/** The kept networks: networks[i] is the network after i · every steps. */
export type Checkpoints = { every: number; cap: number; networks: Network[] };

/** Trains `count` steps from `network`, which is the network after `from` steps, and returns the result. */
export type Advance = (network: Network, from: number, count: number) => Network;

/** The most networks a run keeps by default: 64 networks of at most 6 · 8 · 9 numbers is about 220 KB. */
const CHECKPOINT_CAP = 64;

/** A run's checkpoints before any training: the start, spaced one step apart. */
export const startCheckpoints = (start: Network, cap = CHECKPOINT_CAP): Checkpoints => ({
  every: 1,
  cap,
  networks: [start],
});

/** Keeps `network` as the checkpoint after `step` steps when the spacing asks for it (the next one due). */
function keep(checkpoints: Checkpoints, step: number, network: Network): void {
  if (step !== checkpoints.networks.length * checkpoints.every) return;
  checkpoints.networks.push(network);
  if (checkpoints.networks.length <= checkpoints.cap) return;
  checkpoints.networks = checkpoints.networks.filter((_n, i) => i % 2 === 0);
  checkpoints.every *= 2;
}

/**
 * The network after `step` steps: from the last checkpoint at or below it, trained on with `advance`, keeping the
 * checkpoints it passes (so a later request near it is quick).
 */
export function networkAt(checkpoints: Checkpoints, step: number, advance: Advance): Network {
  let at = Math.min(Math.floor(step / checkpoints.every), checkpoints.networks.length - 1) * checkpoints.every;
  let network = checkpoints.networks[at / checkpoints.every];
  while (at < step) {
    const next = Math.min(step, (Math.floor(at / checkpoints.every) + 1) * checkpoints.every);
    network = advance(network, at, next - at);
    at = next;
    keep(checkpoints, at, network);
  }
  return network;
}

/** The last checkpoint at or below `step`: the step it was taken at and its network. */
export function checkpointBelow(checkpoints: Checkpoints, step: number): { step: number; network: Network } {
  const i = Math.min(Math.floor(step / checkpoints.every), checkpoints.networks.length - 1);
  return { step: i * checkpoints.every, network: checkpoints.networks[i] };
}
