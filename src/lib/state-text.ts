// Sentences computed from the page's state, for prose that names a unit, a layer, a direction or a comparison: a
// chapter writes <StateText example={props.example} when={[{ kind: 'sign', quantity: 'grad_w7' }]}
// cases={{ negative: '…', positive: '…' }} />, and the sentence shown is the case the conditions pick for the
// current setup, its numbers live. No DOM here: src/widgets/StateText.tsx parses and checks the cases at build time
// and renders them at the defaults; src/widgets/parts/StateTextView.tsx picks and fills one in the browser.
//
// A case is plain text with four marks: `{q}` or `{q:6}` is the page's quantity q (4 or 6 decimals), `_{…}` a
// subscript, `$L` the number of weight layers (the output layer's number) and `$shape` the shape (2-3-3-1). `$L`
// may stand inside a name: `{a$L_1}` is the output unit's quantity.

import { isHead, losses, pairs, type LossName, type Network } from '../engine/index.ts';

/** What picks a case. */
export type Condition =
  /** The sign of a quantity (or of a product of quantities, 'delta_o1*w5'): 'negative', 'zero' or 'positive'. */
  | { kind: 'sign'; quantity: string }
  /** The first quantity against the second (in size with by 'abs'): 'lower', 'same' or 'higher'. */
  | { kind: 'compare'; quantities: [string, string]; by?: 'abs' | 'value' }
  /** Whether the network has hidden layers: 'none' (one layer of weights) or 'hidden'. */
  | { kind: 'depth' }
  /**
   * How the output layer's δ comes from the loss: 'paired' (δ = a − t: softmax with cross-entropy, sigmoid with binary
   * cross-entropy), 'jacobian' (through an output head's Jacobian, softmax with a squared error) or 'slope' (∂E/∂a ⊙ f′(z)).
   */
  | { kind: 'output' };

/** The cases by choice; with several conditions the key joins their choices with '+' ('negative+higher'), and a '*' in a key matches any choice there. */
export type Cases<T = string> = Record<string, T>;

/** What a sentence is computed from: the quantities, the shape, and how the output's δ comes from the loss. */
export type TextContext = {
  quantities: Record<string, number>;
  shape: number[];
  output: 'paired' | 'jacobian' | 'slope';
};

/** How the output layer's δ comes from the loss (the 'output' condition's choice). */
export function outputRule(network: Network, loss: LossName): TextContext['output'] {
  const activation = network.layers[network.layers.length - 1].activation;
  return pairs(losses[loss], activation) ? 'paired' : isHead(activation) ? 'jacobian' : 'slope';
}

/** A piece of a parsed case: text, a subscript, or a quantity (its name may hold $L) with its decimals. */
export type Piece = string | { sub: string } | { q: string; d: number };

const order = (a: number, b: number): string => (a < b ? 'lower' : a > b ? 'higher' : 'same');

/** The choice a condition makes for a context. */
function choiceOf(condition: Condition, { quantities, shape, output }: TextContext): string {
  const value = (names: string) => {
    const found = names.split('*').reduce((product, name) => product * quantities[name], 1);
    return condition.kind === 'compare' && condition.by === 'abs' ? Math.abs(found) : found;
  };
  switch (condition.kind) {
    case 'sign':
      return { lower: 'negative', same: 'zero', higher: 'positive' }[order(value(condition.quantity), 0)] as string;
    case 'compare':
      return order(value(condition.quantities[0]), value(condition.quantities[1]));
    case 'depth':
      return shape.length > 2 ? 'hidden' : 'none';
    case 'output':
      return output;
  }
}

/** The case the conditions pick: its exact key, else the first key whose '*' parts match; undefined when none does. */
export function caseOf<T>(when: Condition[], cases: Cases<T>, context: TextContext): T | undefined {
  const choices = when.map((condition) => choiceOf(condition, context));
  const matches = (pattern: string) => pattern.split('+').every((part, k) => part === '*' || part === choices[k]);
  return cases[choices.join('+')] ?? Object.entries(cases).find(([pattern]) => matches(pattern))?.[1];
}

/** `$L` and `$shape` of a text, for a network's shape. */
export const fill = (text: string, shape: number[]): string =>
  text.replaceAll('$L', String(shape.length - 1)).replaceAll('$shape', shape.join('-'));

/** A case's text as pieces (at build time, so that the browser gets them ready). */
export function parse(template: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(/_\{([^}]*)\}|\{([A-Za-z0-9_$]+)(?::(\d+))?\}/g)) {
    if (match.index > last) pieces.push(template.slice(last, match.index));
    last = match.index + match[0].length;
    pieces.push(
      match[1] !== undefined ? { sub: match[1] } : { q: match[2], d: match[3] === undefined ? 4 : Number(match[3]) },
    );
  }
  if (last < template.length) pieces.push(template.slice(last));
  return pieces;
}

/** Throws, naming the first problem, unless every quantity the conditions and cases name exists and the context picks a case. */
export function check(when: Condition[], cases: Cases, context: TextContext): void {
  const names = when.flatMap((c) =>
    c.kind === 'sign' ? c.quantity.split('*') : c.kind === 'compare' ? c.quantities.flatMap((q) => q.split('*')) : [],
  );
  for (const template of Object.values(cases)) {
    for (const piece of parse(template))
      if (typeof piece !== 'string' && 'q' in piece) names.push(fill(piece.q, context.shape));
  }
  const missing = names.find((name) => context.quantities[name] === undefined);
  if (missing !== undefined) throw new Error(`StateText: no quantity named ${missing}`);
  if (caseOf(when, cases, context) === undefined) {
    throw new Error(
      `StateText: no case for ${when.map((c) => choiceOf(c, context)).join('+')} (cases: ${Object.keys(cases).join(', ')})`,
    );
  }
}

/** A sentence as plain text (tests), its numbers written by `format`. */
export function plainText(
  pieces: Piece[],
  context: TextContext,
  format: (value: number, decimals: number) => string,
): string {
  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return fill(piece, context.shape);
      return 'sub' in piece
        ? fill(piece.sub, context.shape)
        : format(context.quantities[fill(piece.q, context.shape)], piece.d);
    })
    .join('');
}
