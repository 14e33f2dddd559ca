// The fields of an example with a training set (Part III, Part IV, the builder): which example the page shows, the
// mode, the order and its seed. Only matrix-notation pages have a training set, so their panel (MatrixView.tsx) brings
// these fields, and a page in the articles' notation does not load them.
import type { Setup } from '../../examples/types.ts';
import { seedOf } from '../../lib/url-state.ts';
import { NumberField } from '../parts/NumberField.tsx';
import { setSetup, type PageStore } from '../../page/store.ts';
import { Choice, type SetFieldsProps } from './SetupPanel.tsx';

/** A choice among the training set's examples. */
function ExampleChoice({ page, setup }: SetFieldsProps) {
  const options = Object.fromEntries(
    setup.examples.map((e, k) => [String(k), `x = (${e.input.join(', ')}), t = ${e.target.join(', ')}`]),
  );
  return (
    <Choice
      label="example"
      value={String(setup.example)}
      options={options}
      onChange={(k) => setSetup(page, { example: Number(k) })}
    />
  );
}

/** Online or batch, the order of an online epoch and its shuffle seed. */
function ModeFields({ page, setup }: { page: PageStore; setup: Setup }) {
  return (
    <>
      <Choice
        label="mode"
        value={setup.mode}
        options={{ online: 'online: one example per step', batch: 'batch: all examples per step' }}
        onChange={(mode) => setSetup(page, { mode: mode as Setup['mode'] })}
      />
      {setup.mode === 'online' && setup.examples.length > 1 && (
        <Choice
          label="order"
          value={setup.shuffleSeed === undefined ? 'in-order' : 'shuffled'}
          options={{ 'in-order': "in the training set's order", shuffled: 'shuffled each epoch' }}
          onChange={(order) => setSetup(page, { shuffleSeed: order === 'shuffled' ? 1 : undefined })}
        />
      )}
      {setup.shuffleSeed !== undefined && setup.mode === 'online' && (
        <NumberField
          label="shuffle seed"
          quantity="shuffle"
          value={setup.shuffleSeed}
          step={1}
          check={(seed) => (seedOf(String(seed)) === null ? 'a seed is a whole number from 0 to 2147483648' : null)}
          onChange={(shuffleSeed) => setSetup(page, { shuffleSeed })}
        />
      )}
      {setup.shuffleSeed !== undefined && setup.mode === 'batch' && (
        <p class="field-hint" data-shuffle-note>
          A batch step sums the gradients of every example, so the order (shuffle seed {setup.shuffleSeed}) changes
          nothing here; it applies when the mode is online.
        </p>
      )}
    </>
  );
}

/** The training set's fields, for SetupPanel's `sets`. */
export const trainingSetFields = { ExampleChoice, ModeFields };
