import { caseOf, piecesOf, type Cases, type Condition } from '../lib/state-text.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore } from './store.ts';

type Props = { page: PageStore; when?: Condition[]; cases?: Cases };

/** A sentence of a chapter computed from the page's state (src/lib/state-text.ts): the case its conditions pick, numbers live. */
function StateText({ page, when = [], cases = {} }: Props) {
  const { view } = useView(page);
  const { layers } = view.network;
  const context = { quantities: view.quantities, shape: [layers[0].weights[0].length, ...layers.map((layer) => layer.weights.length)] };
  return (
    <p class="state-text">
      {piecesOf(caseOf(when, cases, context), context).map((piece) =>
        typeof piece === 'string' ? piece : 'sub' in piece ? <sub>{piece.sub}</sub> : <Num quantity={piece.quantity} value={piece.value} decimals={piece.decimals} />,
      )}
    </p>
  );
}

export { StateText as View };
export default /* @__PURE__ */ island('state-text', StateText);
