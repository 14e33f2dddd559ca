// Where every number comes from: for any example and any quantity name, its name in words, its symbol, its formula
// over other named quantities (the factors), how the factors combine, and the chapter section that derives it.
// Plain data and pure functions: the "where does this number come from" popover, the notation page and the tests
// read the same table. One module per pass: forward.ts, backward.ts (with the compared losses), parameters.ts,
// training-set.ts; words.ts (symbols and words), formula.ts (a formula written out), patterns.ts (the notation for any
// depth), sections.ts (the sections each definition declares).
import type { ExampleDefinition, Setup } from '../../examples/types.ts';
import { inputName, targetName } from '../notation.ts';
import { addBackward, addComparedLosses } from './backward.ts';
import { addForward } from './forward.ts';
import { addParameters } from './parameters.ts';
import { setting, type Builder, type Derivation } from './terms.ts';
import { addTrainingSet } from './training-set.ts';
import { words } from './words.ts';

/** Every derivation of an example's setup, by quantity name (setup.network: the network the numbers come from). */
export function derivationsOf(definition: ExampleDefinition, setup: Setup): Map<string, Derivation> {
  const b: Builder = {
    definition,
    setup,
    sections: definition.sections,
    out: new Map(),
  };
  const { notation } = definition;
  const example = setup.examples[setup.example];
  example.input.forEach((_x, i) =>
    b.out.set(
      inputName(notation, i),
      setting(inputName(notation, i), inputName(notation, i), words.input(inputName(notation, i)), b.sections.input),
    ),
  );
  example.target.forEach((_t, k) =>
    b.out.set(
      targetName(notation, k),
      setting(
        targetName(notation, k),
        targetName(notation, k),
        words.target(targetName(notation, k)),
        b.sections.target,
      ),
    ),
  );
  b.out.set('lr', setting('lr', 'η', words.lr(), b.sections.lr));
  addForward(b, setup.network, '');
  addBackward(b);
  addComparedLosses(b);
  addParameters(b);
  addForward(b, setup.network, 'next_');
  addTrainingSet(b);
  return b.out;
}
