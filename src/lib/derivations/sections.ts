// The chapter sections that derive an example's quantities: declared in each definition (\`sections\`), read here.
import type { ExampleDefinition, Topic } from '../../examples/types.ts';

/** The section that derives a topic in an example. */
export const sectionOf = (definition: ExampleDefinition, topic: Topic): string => definition.sections[topic];

/** Every section the definitions link to, once each ("/part-1/error/#the-error-function"), for the check that each is in the build. */
export const everySection = (definitions: readonly ExampleDefinition[]): string[] => [
  ...new Set(
    definitions.flatMap(({ sections: { parameters = {}, ...topics } }) => [
      ...Object.values(topics),
      ...Object.values(parameters),
    ]),
  ),
];
