// The setup panel of matrix-notation pages (Part III, the builder): the same panel, with each layer's weights as a
// grid. A chunk of its own, so that pages in the articles' notation do not carry the grid.
import { useState } from 'preact/hooks';
import type { Parameter } from '../../lib/notation.ts';
import { ParameterField, SetupPanel, type LayerProps } from './SetupPanel.tsx';
import type { PageStore } from '../../page/store.ts';
import { trainingSetFields } from './TrainingSetFields.tsx';

/** The weights and biases of one layer as a grid (row: unit of the layer, column: input from below); a large one opens on request. */
export function MatrixLayerFields({ page, network, layer, parameters }: LayerProps) {
  const units = network.layers[layer].weights.length;
  const inputs = network.layers[layer].weights[0].length;
  const [open, setOpen] = useState(network.layers.length <= 3 && units * inputs <= 16);
  const biases = parameters.filter((p) => p.bias);
  const below = layer === 0 ? 'x' : `a${layer}_`;
  const title = `Layer ${layer + 1}: W${layer + 1}${biases.length > 0 ? ` and b${layer + 1}` : ''} (row: unit of layer ${layer + 1}; column: input from ${layer === 0 ? 'x' : `layer ${layer}`})`;
  const field = (parameter: Parameter) => (
    <ParameterField page={page} network={network} parameter={parameter} compact />
  );
  // A large network's grids open one at a time, so the page does not render hundreds of fields at once.
  if (!open) {
    return (
      <details class="layer-fields" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          {title}: {units}×{inputs}
        </summary>
      </details>
    );
  }
  return (
    <fieldset class="layer-fields">
      <legend>{title}</legend>
      <div
        class="matrix-grid"
        style={`grid-template-columns: auto repeat(${inputs + (biases.length > 0 ? 1 : 0)}, auto)`}
      >
        <span />
        {Array.from({ length: inputs }, (_x, i) => (
          <span class="grid-head" aria-hidden="true">{`${below}${i + 1}`}</span>
        ))}
        {biases.length > 0 && (
          <span class="grid-head" aria-hidden="true">
            b
          </span>
        )}
        {Array.from({ length: units }, (_u, j) => [
          <span class="grid-head" aria-hidden="true">
            {j + 1}
          </span>,
          ...parameters.filter((p) => !p.bias && p.slots[0].unit === j).map(field),
          ...biases.filter((p) => p.slots[0].unit === j).map(field),
        ])}
      </div>
    </fieldset>
  );
}

/** The setup panel with weight grids and the fields of a training set. */
function SetupFormMatrix({ page }: { page: PageStore }) {
  return <SetupPanel page={page} Layer={MatrixLayerFields} sets={trainingSetFields} />;
}

export { SetupFormMatrix as View };
