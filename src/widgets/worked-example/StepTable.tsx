import '../widgets.css';
import { WEIGHT_NAMES } from '../../lib/worked-example.ts';
import { Num } from '../shared/Num.tsx';
import { useWorkedView, type WorkedStore } from './state.ts';

type Props = { state: WorkedStore };

/** One gradient-descent step, weight by weight: value, gradient, the change η·∂E/∂w, and the new value. */
export default function StepTable({ state }: Props) {
  const { view } = useWorkedView(state);
  const q = view.quantities;
  return (
    <figure class="widget step-table">
      <div class="table-scroll">
        <table>
          <caption>
            One step at learning rate η = <Num quantity="lr" value={q.lr} />
            {view.steps > 0 && <>  — step {view.steps + 1} of the run</>}
          </caption>
          <thead>
            <tr>
              <th scope="col">weight</th>
              <th scope="col">value w</th>
              <th scope="col">gradient ∂E/∂w</th>
              <th scope="col">change η·∂E/∂w</th>
              <th scope="col">new value w − η·∂E/∂w</th>
            </tr>
          </thead>
          <tbody>
            {WEIGHT_NAMES.map((name) => (
              <tr>
                <th scope="row" data-controls={name}>{name}</th>
                <td><Num quantity={name} value={q[name]} decimals={6} /></td>
                <td><Num quantity={`grad_${name}`} value={q[`grad_${name}`]} decimals={6} /></td>
                <td><Num quantity={`change_${name}`} value={q[`change_${name}`]} decimals={6} /></td>
                <td><Num quantity={`next_${name}`} value={q[`next_${name}`]} decimals={6} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">prediction</th>
              <td><Num quantity="o1" value={q.o1} decimals={6} /></td>
              <td colSpan={2}>error E = <Num quantity="E" value={q.E} decimals={6} /></td>
              <td>
                <Num quantity="next_o1" value={q.next_o1} decimals={6} />, E = <Num quantity="next_E" value={q.next_E} decimals={6} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
  );
}
