// The backprop engine: plain data in, plain data out. Widgets import from here only.
export { activations, activationNames, type ActivationName } from './activations.ts';
export { losses, type LossName } from './losses.ts';
export {
  applyGradients, backward, forward, lossOf, trainStep, validateNetwork,
  type Example, type ForwardTrace, type Gradients, type Layer, type Network,
} from './network.ts';
export { batchGradients, batchLoss, batchScale, batchStep } from './batch.ts';
export { train } from './train.ts';
export { onlineOrder } from './order.ts';
export { createRng, initNetwork, seededNetwork } from './random.ts';
export { numericGradients } from './gradient-check.ts';
