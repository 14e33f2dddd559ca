// Matrix notation for any depth as patterns of names (W{l}_{j}_{i}), for the notation page's builder table.
import type { ExampleDefinition, Topic } from '../../examples/types.ts';
import { URL_KEYS } from '../url-keys.ts';
import { symbols, words } from './words.ts';

/** One row of the notation for any depth: a pattern of names (W{l}_{j}_{i}) with its symbol, words and section. */
export type Pattern = { name: string; symbol: string; words: string; urlKey: string | null; section: string };

/** Matrix notation as patterns over layer l (1 = first weight layer, L = output), unit j and unit i below. */
export function matrixPatterns(definition: ExampleDefinition): Pattern[] {
  const unit = 'unit {j} of layer {l}';
  const at = (topic: Topic) => definition.sections[topic];
  return [
    { name: 'x{i}', symbol: 'x{i}', words: words.input('x{i}'), urlKey: URL_KEYS.x.notation, section: at('input') },
    { name: 't{k}', symbol: 't{k}', words: words.target('t{k}'), urlKey: null, section: at('target') },
    {
      name: 'W{l}_{j}_{i}',
      symbol: 'W{l}[{j},{i}]',
      words: words.weight('W{l}[{j},{i}]'),
      urlKey: URL_KEYS['W{l}'].notation,
      section: at('weight'),
    },
    {
      name: 'b{l}_{j}',
      symbol: 'b{l}[{j}]',
      words: words.bias('b{l}[{j}]'),
      urlKey: URL_KEYS['b{l}'].notation,
      section: at('bias'),
    },
    { name: 'lr', symbol: 'η', words: words.lr(), urlKey: URL_KEYS.lr.notation, section: at('lr') },
    { name: 'z{l}_{j}', symbol: 'z{l}[{j}]', words: words.sum(unit), urlKey: null, section: at('sum') },
    { name: 'a{l}_{j}', symbol: 'a{l}[{j}]', words: words.output(unit), urlKey: null, section: at('output') },
    {
      name: 'fprime{l}_{j}',
      symbol: symbols.fprime('z{l}[{j}]'),
      words: words.fprime(unit),
      urlKey: null,
      section: at('fprime'),
    },
    { name: 'E', symbol: 'E', words: words.error(), urlKey: null, section: at('error') },
    {
      name: 'Delta or Delta_a{L}_{k}',
      symbol: 'Δ',
      words: words.miss('the output'),
      urlKey: null,
      section: at('miss'),
    },
    { name: 'delta{l}_{j}', symbol: 'δ{l}[{j}]', words: words.delta(unit), urlKey: null, section: at('hiddenDelta') },
    {
      name: 'dE_da{l}_{j}',
      symbol: '∂E/∂a{l}[{j}]',
      words: words.hiddenError(unit),
      urlKey: null,
      section: at('hiddenError'),
    },
    {
      name: 'grad_W{l}_{j}_{i}',
      symbol: symbols.grad('W{l}[{j},{i}]'),
      words: words.grad('W{l}[{j},{i}]'),
      urlKey: null,
      section: at('hiddenGrad'),
    },
    {
      name: 'change_W{l}_{j}_{i}',
      symbol: symbols.change('W{l}[{j},{i}]'),
      words: words.change('W{l}[{j},{i}]'),
      urlKey: null,
      section: at('change'),
    },
    {
      name: 'next_W{l}_{j}_{i}',
      symbol: symbols.next('W{l}[{j},{i}]'),
      words: words.next('W{l}[{j},{i}]'),
      urlKey: null,
      section: at('next'),
    },
    {
      name: 'next_z{l}_{j}, next_a{l}_{j}, next_E',
      symbol: symbols.next('z{l}[{j}]'),
      words: words.nextPass('each number of the forward pass'),
      urlKey: null,
      section: at('nextPass'),
    },
    { name: 'pred_{x}', symbol: 'y({x})', words: words.prediction('{x}'), urlKey: null, section: at('prediction') },
    { name: 'E_{x}', symbol: 'E({x})', words: words.exampleError('{x}'), urlKey: null, section: at('exampleError') },
    { name: 'E_total', symbol: 'E_total', words: words.totalError(), urlKey: null, section: at('totalError') },
  ];
}
