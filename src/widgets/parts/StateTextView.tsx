// The browser's half of StateText (src/widgets/StateText.tsx): the case the conditions pick for the page's state, its
// pieces (parsed at build time) filled in. Kept apart so that the parser and the build-time check stay off the page.
import { caseOf, fill, outputRule, type Cases, type Condition, type Piece } from '../../lib/state-text.ts';
import { useView, type PageStore } from '../../page/store.ts';
import { Num } from './Num.tsx';

type Props = { page: PageStore; when?: Condition[]; cases?: Cases<Piece[]> };

/** A sentence computed from the page's state. */
export function View({ page, when = [], cases = {} }: Props) {
  const { current, view } = useView(page);
  const { layers } = view.network;
  const shape = [layers[0].weights[0].length, ...layers.map((layer) => layer.weights.length)];
  const q = view.quantities;
  return (
    <p class="state-text">
      {(caseOf(when, cases, { quantities: q, shape, output: outputRule(view.network, current.setup.loss) }) ?? []).map(
        (piece) =>
          typeof piece === 'string' ? (
            fill(piece, shape)
          ) : 'sub' in piece ? (
            <sub>{fill(piece.sub, shape)}</sub>
          ) : (
            <Num quantity={fill(piece.q, shape)} value={q[fill(piece.q, shape)]} decimals={piece.d} />
          ),
      )}
    </p>
  );
}
