import { useState } from 'preact/hooks';
import { xorStart } from '../examples/xor.ts';
import { island } from './island.tsx';
import { NumberField } from './parts/NumberField.tsx';
import { setSetup, type PageStore } from './store.ts';

type Props = { page: PageStore };

/** Draws a new start like article 003's, nine integers from −4 … 4 without 0, from a seed; or goes back to the article's. */
function StartPicker({ page }: Props) {
  const [seed, setSeed] = useState(1);
  return (
    <section class="widget start-picker" aria-label="Draw a start">
      <div class="button-row">
        <NumberField label="seed" quantity="seed" value={seed} step={1} onChange={(value) => setSeed(Math.trunc(value))} />
        <button type="button" onClick={() => setSetup(page, { network: xorStart(seed) })}>Draw the start for this seed</button>
        <button type="button" onClick={() => setSetup(page, { network: page.definition.defaults.network })}>Back to the article’s start</button>
      </div>
    </section>
  );
}

export { StartPicker as View };
export default island('start-picker', StartPicker);
