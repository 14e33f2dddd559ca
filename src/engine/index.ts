// The backprop engine: plain data in, plain data out. Widgets import from here only.
export {
  activations, activationNames, isHead, layerOutputs, logSumExp, softmaxInto, unitActivationNames, unitSlopes,
  type Activation, type ActivationName, type UnitActivationName,
} from './activations.ts';
export { exampleLoss, losses, lossNames, outputDeltasInto, pairs, type Loss, type LossName, type Reduction } from './losses.ts';
export {
  applyGradients, backward, forward, lossOf, traceLoss, trainStep, validateNetwork,
  type Example, type ForwardTrace, type Gradients, type Layer, type LayerGradients, type LayerTrace, type Network,
} from './network.ts';
export { setupProblem, targetsProblem } from './pairing.ts';
export { batchGradients, batchLoss, batchScale, batchStep } from './batch.ts';
export { train } from './train.ts';
export { onlineOrder } from './order.ts';
export { createRng } from './random.ts';
export { initNetwork, seededNetwork, type InitOptions } from './init.ts';
export { numericGradients } from './gradient-check.ts';
