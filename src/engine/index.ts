// The backprop engine: plain data in, plain data out. Widgets import from here only.
export {
  activations,
  activationNames,
  isHead,
  layerOutputs,
  softmaxInto,
  unitActivationNames,
  unitSlopes,
  type ActivationName,
  type UnitActivationName,
} from './activations.ts';
export { losses, pairs, type LossName } from './losses.ts';
export {
  applyGradients,
  backward,
  forward,
  lossOf,
  traceLoss,
  trainStep,
  validateNetwork,
  type Example,
  type ForwardTrace,
  type Gradients,
  type Layer,
  type Network,
} from './network.ts';
export { setupProblem } from './pairing.ts';
export { batchGradients, batchLoss, batchScale, batchStep } from './batch.ts';
export { train } from './train.ts';
export { onlineOrder } from './order.ts';
export { createRng } from './random.ts';
export { initNetwork, seededNetwork } from './init.ts';
export { numericGradients } from './gradient-check.ts';
