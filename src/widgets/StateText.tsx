// A sentence of a chapter computed from the page's state (src/lib/state-text.ts). At build time its cases are
// checked against the example's quantities and parsed; the page gets them parsed, with the small view in
// parts/StateTextView.tsx.
import type { ExampleDefinition } from '../examples/types.ts';
import { viewOf } from '../lib/runs.ts';
import { check, outputRule, parse, type Cases, type Condition, type Piece } from '../lib/state-text.ts';
import { island } from './island.tsx';
import { View } from './parts/StateTextView.tsx';

// The conditions and parsed cases are plain JSON, though nested: the island's options type allows flat values only.
const Island = island('state-text', View as never) as (props: {
  example: ExampleDefinition;
  when: Condition[];
  cases: Cases<Piece[]>;
}) => preact.JSX.Element;

/** `<StateText example={props.example} when={[…]} cases={{ … }} />` in a chapter. */
export default function StateText({
  example,
  when = [],
  cases,
}: {
  example: ExampleDefinition;
  when?: Condition[];
  cases: Cases;
}) {
  const { quantities, network } = viewOf(example, { setup: example.defaults, steps: 0 });
  const shape = [network.layers[0].weights[0].length, ...network.layers.map((layer) => layer.weights.length)];
  check(when, cases, { quantities, shape, output: outputRule(network, example.defaults.loss) });
  return (
    <Island
      example={example}
      when={when}
      cases={Object.fromEntries(Object.entries(cases).map(([key, text]) => [key, parse(text)]))}
    />
  );
}
