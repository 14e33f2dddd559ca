import type { ActivationName } from '../../engine/index.ts';

/** How each activation is named to readers. */
export const HIDDEN_ACTIVATION_LABELS: Record<ActivationName, string> = {
  identity: 'linear (identity)',
  relu: 'ReLU',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
};
