// What long training runs need, loaded only by pages whose examples train for long or in a chosen order: the
// engine's fast path.
export { train } from '../engine/train.ts';
