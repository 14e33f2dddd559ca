// A training set of several examples as derivations: each example's prediction and error, and the error over the set.
import { batchScale, forward, lossOf, losses } from '../../engine/index.ts';
import { lossTexts } from '../loss-text.ts';
import { exampleKey, unitNames } from '../notation.ts';
import { derived, sum, type Builder, type Term } from './terms.ts';
import { words } from './words.ts';

/** With several examples: each example's error from its prediction and target, and the error over the set. */
export function addTrainingSet(b: Builder): void {
  const { examples, loss } = b.setup;
  if (examples.length < 2) return;
  const keys = examples.map((_e, e) => exampleKey(examples, e));
  const outputs = b.setup.network.layers.at(-1)?.weights.length ?? 1;
  examples.forEach((example, e) => {
    const key = keys[e];
    const at = example.input.join(', ');
    if (e === b.setup.example && outputs === 1) {
      const output = unitNames(b.definition.notation, b.setup.network.layers.length - 1, 0).output;
      b.out.set(
        `pred_${key}`,
        derived(
          `pred_${key}`,
          `y(${at})`,
          words.prediction(at),
          b.sections.prediction,
          [{ factor: output }, ' (the example shown)'],
          ([y]) => y,
        ),
      );
    } else if (outputs === 1) {
      // Another example's prediction: a forward pass the page does not write out, named by its symbol all the same.
      const y = () => forward(b.setup.network, example.input).layers.at(-1)?.outputs[0] ?? Number.NaN;
      b.out.set(
        `pred_${key}`,
        derived(
          `pred_${key}`,
          `y(${at})`,
          words.prediction(at),
          b.sections.prediction,
          [`the forward pass of (${at})`],
          y,
        ),
      );
    }
    if (outputs !== 1) {
      // Several outputs (one per class): each output of a forward pass the page does not write out, and E over them.
      const name = (k: number) => `pred_${key}_${k + 1}`;
      for (let k = 0; k < outputs; k++) {
        const y = () => forward(b.setup.network, example.input).output[k];
        b.out.set(
          name(k),
          derived(
            name(k),
            `y${k + 1}(${at})`,
            words.prediction(at, k + 1),
            b.sections.prediction,
            [`output ${k + 1} of the forward pass of (${at})`],
            y,
          ),
        );
      }
      const { terms } = lossTexts[loss].error(
        (k) => ({ factor: name(k) }),
        (k) => String(example.target[k]),
        outputs,
      );
      b.out.set(
        `E_${key}`,
        derived(`E_${key}`, `E(${at})`, words.exampleError(at), b.sections.exampleError, terms, () =>
          lossOf(b.setup.network, example, loss),
        ),
      ); // from the logits: finite even at a probability of 0
      return;
    }
    // E of this example over its prediction; its target is a number here, not a named quantity.
    const { terms } = lossTexts[loss].error(
      () => ({ factor: `pred_${key}` }),
      () => String(example.target[0]),
      1,
    );
    b.out.set(
      `E_${key}`,
      derived(`E_${key}`, `E(${at})`, words.exampleError(at), b.sections.exampleError, terms, ([y]) =>
        losses[loss].value([y], example.target),
      ),
    );
  });
  const terms: Term[] = keys.flatMap((key, k) => [...(k > 0 ? [' + '] : []), { factor: `E_${key}` } as Term]);
  const scale = batchScale(loss, examples.length);
  b.out.set(
    'E_total',
    derived(
      'E_total',
      'E_total',
      words.totalError(),
      b.sections.totalError,
      scale === 1 ? terms : ['(', ...terms, `) / ${scale}`],
      (v) => sum(v) / scale,
    ),
  );
}
