import { formatNumber } from '../lib/format.ts';
import { exampleKey } from '../lib/notation.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore };

/** The training set as a truth table: each input, its target, the network's prediction now and how far off it is. */
function TruthTable({ page }: Props) {
  const { current, view } = useView(page);
  const q = view.quantities;
  const { examples } = current.setup;
  return (
    <figure class="widget truth-table">
      <div class="table-scroll">
        <table>
          <caption>XOR: targets and the network's predictions now</caption>
          <thead>
            <tr>
              <th scope="col">x1</th>
              <th scope="col">x2</th>
              <th scope="col">target t1</th>
              <th scope="col">prediction ŷ</th>
              <th scope="col">ŷ − t1</th>
            </tr>
          </thead>
          <tbody>
            {examples.map((example, e) => {
              const key = exampleKey(examples, e);
              const prediction = q[`pred_${key}`];
              return (
                <tr>
                  <td>{formatNumber(example.input[0])}</td>
                  <td>{formatNumber(example.input[1])}</td>
                  <td>{formatNumber(example.target[0])}</td>
                  <td>
                    <Num quantity={`pred_${key}`} value={prediction} />
                  </td>
                  <td>
                    <Num quantity={`miss_${key}`} value={prediction - example.target[0]} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export { TruthTable as View };
export default /* @__PURE__ */ island('truth-table', TruthTable);
