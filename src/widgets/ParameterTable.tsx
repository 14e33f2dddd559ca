import { useEffect, useState } from 'preact/hooks';
import { parametersOf, targetName, unitNames, type Parameter } from '../lib/notation.ts';
import type * as FiniteDifferences from '../lib/finite-differences.ts';
import { parameterGradient } from '../lib/quantities.ts';
import { island } from './island.tsx';
import { Num } from './parts/Num.tsx';
import { useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore; finiteDifferences?: boolean };

/** One gradient-descent step, parameter by parameter: value, ∂E/∂θ, the change η·∂E/∂θ and the new value. */
function ParameterTable({ page, finiteDifferences = false }: Props) {
  const { current, view } = useView(page);
  const { setup } = current;
  const { notation } = page.definition;
  const q = view.quantities;
  const parameters = parametersOf(notation, view.network);
  // The finite-difference code loads only for tables that show it.
  const [fd, setFd] = useState<typeof FiniteDifferences | null>(null);
  useEffect(() => {
    if (finiteDifferences) import('../lib/finite-differences.ts').then(setFd);
  }, [finiteDifferences]);
  const numeric = fd ? fd.numericStepGradients(setup, view.network) : null;
  const outputs = view.network.layers.at(-1)?.weights.length ?? 1;
  const outputName = (k: number) => unitNames(notation, view.network.layers.length - 1, k).output;
  const list = (prefix: string) =>
    Array.from({ length: outputs }, (_o, k) => (
      <>
        {k > 0 && ', '}
        <Num quantity={`${prefix}${outputName(k)}`} value={q[`${prefix}${outputName(k)}`]} decimals={6} />
      </>
    ));
  const frozen = (p: Parameter) => p.bias && !setup.trainBiases;
  const batch = setup.mode === 'batch' && setup.examples.length > 1;
  const sym = parameters.some((p) => p.bias) ? 'θ' : 'w';
  // Each column: its quantity's prefix and its header, also each cell's label when a phone stacks the rows.
  const columns = [
    ['', `value ${sym}`],
    ['grad_', `gradient ∂E/∂${sym}`],
    ['change_', `change η·∂E/∂${sym}`],
    ['next_', `new value ${sym} − η·∂E/∂${sym}`],
  ];
  const checks = ['finite difference (E(θ+ε) − E(θ−ε))/2ε', 'relative difference'];
  const row = (p: Parameter) => {
    const numericValue = numeric ? parameterGradient(numeric, p) : 0;
    return (
      <tr>
        <th scope="row" data-controls={p.name}>
          {p.label}
        </th>
        {columns.map(([prefix, head]) => (
          <td data-label={head}>
            <Num quantity={prefix + p.name} value={q[prefix + p.name]} decimals={6} />
            {prefix === 'change_' && frozen(p) && ' (fixed)'}
          </td>
        ))}
        {numeric && (
          <>
            <td data-label={checks[0]}>
              <Num quantity={`numgrad_${p.name}`} value={numericValue} decimals={6} />
            </td>
            <td data-label={checks[1]}>
              <Num
                quantity={`relerr_${p.name}`}
                value={fd ? fd.relativeDifference(q[`grad_${p.name}`], numericValue) : 0}
                decimals={2}
              />
            </td>
          </>
        )}
      </tr>
    );
  };
  return (
    <figure class="widget step-table">
      <div class="table-scroll">
        <table class="stack-narrow">
          <caption>
            {batch ? `One batch step over all ${setup.examples.length} examples` : 'One step'} at learning rate η ={' '}
            <Num quantity="lr" value={q.lr} />
            {view.steps > 0 && <> — step {view.steps + 1} of the run</>}
          </caption>
          <thead>
            <tr>
              <th scope="col">{sym === 'θ' ? 'parameter θ' : 'weight'}</th>
              {columns.map(([, head]) => (
                <th scope="col">{head}</th>
              ))}
              {numeric && checks.map((head) => <th scope="col">{head}</th>)}
            </tr>
          </thead>
          <tbody>{parameters.map(row)}</tbody>
          <tfoot>
            <tr>
              <th scope="row">prediction</th>
              <td data-label="now">{list('')}</td>
              <td colSpan={2} data-label="error">
                E = <Num quantity="E" value={q.E} decimals={6} />
              </td>
              <td data-label="after the step">
                {list('next_')}, E = <Num quantity="next_E" value={q.next_E} decimals={6} />
              </td>
              {numeric && <td colSpan={2} />}
            </tr>
          </tfoot>
        </table>
      </div>
      {outputs > 1 && (
        <p class="field-hint">
          Targets:{' '}
          {Array.from({ length: outputs }, (_o, k) => (
            <>
              {k > 0 && ', '}
              {targetName(notation, k)} = <Num quantity={targetName(notation, k)} value={q[targetName(notation, k)]} />
            </>
          ))}
          .
        </p>
      )}
    </figure>
  );
}

export { ParameterTable as View };
export default /* @__PURE__ */ island('parameter-table', ParameterTable);
