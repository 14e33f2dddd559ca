import { exampleKey } from '../lib/notation.ts';
import { formatNumber } from '../lib/format.ts';
import { island } from './island.tsx';
import { HIGH, LOW, PlaneMarks, SIDE, lineInPlane } from './parts/InputPlane.tsx';
import { useView, type PageStore } from '../page/store.ts';

type Props = { page: PageStore; lines?: boolean };

/** A hidden unit's line in words: "h1: −4·x1 − 4·x2 − 1 = 0". */
function lineText(name: string, w1: number, w2: number, b: number): string {
  const term = (value: number, symbol: string) => `${value < 0 ? '−' : '+'} ${formatNumber(Math.abs(value))}${symbol}`;
  return `${name}: ${formatNumber(w1)}·x1 ${term(w2, '·x2')} ${term(b, '')} = 0`;
}

/** What a line that misses the drawn plane (so is not drawn) is listed with: where it is, in words. */
function missNote(w1: number, w2: number, b: number): string {
  if (lineInPlane(w1, w2, b)) return '';
  const middle = w1 * 0.5 + w2 * 0.5 + b; // the sum has one sign all over the plane the line misses
  const where =
    w1 === 0 && w2 === 0
      ? 'there is no line: the sum is the bias alone, '
      : 'the line misses the drawn plane, touching at most a corner, so it is not drawn; ';
  return ` (${where}the unit's output is ${middle > 0 ? 'above' : 'below'} ½ all over the plane, x1 and x2 from ${formatNumber(LOW)} to ${formatNumber(HIGH)})`;
}

/** The input square: the four XOR inputs coloured by target and, with lines on, each hidden unit's line W1[j,·]·x + b1[j] = 0. */
function InputSquare({ page, lines = true }: Props) {
  const { current, view } = useView(page);
  const { network } = view;
  const hidden = network.layers[0];
  const { examples } = current.setup;
  const points = examples
    .map((example, e) => `(${exampleKey(examples, e).replace('_', ', ')}) target ${formatNumber(example.target[0])}`)
    .join('; ');
  const texts = hidden.weights.map(
    ([w1, w2], j) => lineText(`h${j + 1}`, w1, w2, hidden.biases?.[j] ?? 0) + missNote(w1, w2, hidden.biases?.[j] ?? 0),
  );
  const label = `The input square. ${points}.` + (lines ? ` Hidden units' lines: ${texts.join('; ')}.` : '');
  return (
    <figure class="widget input-square">
      <svg viewBox={`-4 -4 ${SIDE + 8} ${SIDE + 8}`} role="img" aria-label={label}>
        <rect class="plane-frame" x={0} y={0} width={SIDE} height={SIDE} />
        <PlaneMarks network={network} examples={examples} lines={lines} />
      </svg>
      <figcaption>
        Circles: target 0; squares: target 1. The inner square runs from 0 to 1 on both axes (x1 to the right, x2 up).
        {lines && (
          <>
            {' '}
            Each hidden unit's line is where its weighted sum is 0; its label sits on the side where the unit's output
            is above ½.
          </>
        )}
        {lines && (
          <ul class="line-list">
            {texts.map((text) => (
              <li>{text}</li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}

export { InputSquare as View };
export default /* @__PURE__ */ island('input-square', InputSquare);
