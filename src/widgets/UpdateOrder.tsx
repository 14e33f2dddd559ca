import { applyGradients, backward, forward, lossOf, type Gradients, type Network } from '../engine/index.ts';
import { parametersOf, valueAt } from '../lib/notation.ts';
import { parameterGradient, updateGradients } from '../lib/quantities.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** The gradients with every layer but `keep` set to zero, so that a step moves that layer only. */
function onlyLayer(gradients: Gradients, keep: number): Gradients {
  return {
    layers: gradients.layers.map((layer, l) =>
      l === keep
        ? layer
        : {
            deltas: layer.deltas,
            weights: layer.weights.map((row) => row.map(() => 0)),
            biases: layer.biases && layer.biases.map(() => 0),
          },
    ),
  };
}

/** One step with the two orders of update: all parameters at once from the original values, and layer by layer from the output down. */
function UpdateOrder({ page }: Props) {
  const { current, view } = useView(page);
  const { setup } = current;
  const network = view.network;
  const example = setup.examples[setup.example];
  const parameters = parametersOf(page.definition.notation, network);
  const trace = forward(network, example.input); // one forward pass, shared by both orders
  // ∂E/∂θ per slot; the update moves a shared parameter by the sum over its slots, a fixed bias by 0.
  const gradientsAt = (from: Network) => backward(from, trace, example.target, setup.loss);
  const moves = (gradients: Gradients) => updateGradients(parameters, gradients, setup.trainBiases);
  const atOnce = applyGradients(network, moves(gradientsAt(network)), setup.learningRate);
  // One after another: each layer's gradients are taken after the layers above it have already moved.
  let inTurn = network;
  const usedGradients: Gradients[] = [];
  for (let l = network.layers.length - 1; l >= 0; l--) {
    const gradients = gradientsAt(inTurn);
    usedGradients[l] = gradients;
    inTurn = applyGradients(inTurn, onlyLayer(moves(gradients), l), setup.learningRate);
  }
  const errorAtOnce = lossOf(atOnce, example, setup.loss);
  const errorInTurn = lossOf(inTurn, example, setup.loss);
  return (
    <figure class="widget update-order">
      <div class="table-scroll">
        <table class="stack-narrow">
          <caption>
            One step at η = <Num quantity="lr" value={setup.learningRate} />, two ways
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                parameter
              </th>
              <th scope="colgroup" colSpan={2}>
                all at once
              </th>
              <th scope="colgroup" colSpan={2}>
                one after another
              </th>
              <th scope="col" rowSpan={2}>
                difference
              </th>
            </tr>
            <tr>
              <th scope="col">gradient</th>
              <th scope="col">new value</th>
              <th scope="col">gradient used</th>
              <th scope="col">new value</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => {
              const next = valueAt(atOnce, p.slots[0]);
              const seq = valueAt(inTurn, p.slots[0]);
              return (
                <tr>
                  <th scope="row">{p.label}</th>
                  <td data-label="all at once: gradient">
                    <Num quantity={`grad_${p.name}`} value={parameterGradient(gradientsAt(network), p)} decimals={9} />
                  </td>
                  <td data-label="all at once: new value">
                    <Num quantity={`next_${p.name}`} value={next} decimals={9} />
                  </td>
                  <td data-label="one after another: gradient used">
                    <Num
                      quantity={`seq_grad_${p.name}`}
                      value={parameterGradient(usedGradients[p.layer], p)}
                      decimals={9}
                    />
                  </td>
                  <td data-label="one after another: new value">
                    <Num quantity={`seq_next_${p.name}`} value={seq} decimals={9} />
                  </td>
                  <td data-label="difference">
                    <Num quantity={`seq_diff_${p.name}`} value={seq - next} decimals={9} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">new E</th>
              <td colSpan={2} data-label="all at once">
                E = <Num quantity="next_E" value={errorAtOnce} decimals={9} />
              </td>
              <td colSpan={2} data-label="one after another">
                E = <Num quantity="seq_next_E" value={errorInTurn} decimals={9} />
              </td>
              <td data-label="difference">
                <Num quantity="seq_diff_E" value={errorInTurn - errorAtOnce} decimals={9} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="field-hint">
        One after another: the output layer moves first; the hidden layer's gradients are then taken with the new output
        weights (the forward pass is not redone). The error before the step is E ={' '}
        <Num quantity="E" value={view.quantities.E} decimals={9} />.{' '}
        <span class="update-order-verdict">
          After it, one after another ends{' '}
          {errorInTurn < errorAtOnce ? 'lower than' : errorInTurn > errorAtOnce ? 'higher than' : 'level with'} all at
          once.
        </span>
      </p>
    </figure>
  );
}

export { UpdateOrder as View };
export default /* @__PURE__ */ island('update-order', UpdateOrder);
