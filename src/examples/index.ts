// Every example a chapter can name in its frontmatter (`example: …`), by id.
import { builderExample } from './builder.ts';
import { threeClasses } from './three-classes.ts';
import type { ExampleDefinition } from './types.ts';
import { twoOutputs } from './two-outputs.ts';
import { workedExample } from './worked-example.ts';
import { xorExample } from './xor.ts';
import { xorLossesExample } from './xor-losses.ts';

/** The examples, by id. */
export const examples: Readonly<Record<string, ExampleDefinition>> = {
  [workedExample.id]: workedExample,
  [twoOutputs.id]: twoOutputs,
  [builderExample.id]: builderExample,
  [xorExample.id]: xorExample,
  [threeClasses.id]: threeClasses,
  [xorLossesExample.id]: xorLossesExample,
};

/** The example a chapter names; throws with the known names when there is none. */
export function exampleById(id: string, where = 'a chapter'): ExampleDefinition {
  const definition = examples[id];
  if (!definition)
    throw new Error(`${where}: no example is named "${id}" (known: ${Object.keys(examples).join(', ')})`);
  return definition;
}
