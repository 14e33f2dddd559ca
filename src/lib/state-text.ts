// Sentences computed from the page's state, for prose that names a unit, a layer, a direction or a comparison: a
// chapter writes <StateText example={props.example} when={[{ kind: 'sign', quantity: 'grad_w7' }]}
// cases={{ negative: '…', positive: '…' }} />, and the sentence shown is the case the conditions pick for the
// current setup, its numbers live. No DOM here: src/widgets/StateText.tsx renders it (at the defaults on the server).
//
// A case is plain text with four marks: `{q}` or `{q:6}` is the page's quantity q (4 or 6 decimals), `_{…}` a
// subscript, `$L` the number of weight layers (the output layer's number) and `$shape` the shape (2-3-3-1). `$L`
// is replaced first, so `{a$L_1}` names the output unit's quantity.

/** What picks a case. */
export type Condition =
  /** The sign of a quantity (or of a product of quantities, 'delta_o1*w5'): 'negative', 'zero' or 'positive'. */
  | { kind: 'sign'; quantity: string }
  /** The first quantity against the second (in size with by 'abs'): 'lower', 'same' or 'higher'. */
  | { kind: 'compare'; quantities: [string, string]; by?: 'abs' | 'value' }
  /** Whether the network has hidden layers: 'none' (one layer of weights) or 'hidden'. */
  | { kind: 'depth' };

/** The cases by choice; with several conditions the key joins their choices with '+' ('negative+higher'), and a '*' in a key matches any choice there. */
export type Cases = Record<string, string>;

/** What a sentence is computed from. */
export type TextContext = { quantities: Record<string, number>; shape: number[] };

/** A piece of a sentence: text, a subscript, or a quantity's number. */
export type Piece = string | { sub: string } | { quantity: string; value: number; decimals: number };

const order = (a: number, b: number): string => (a < b ? 'lower' : a > b ? 'higher' : 'same');

/** The choice a condition makes for a context. */
export function choiceOf(condition: Condition, { quantities, shape }: TextContext): string {
  const value = (names: string) => {
    const found = names.split('*').reduce((product, name) => {
      if (quantities[name] === undefined) throw new Error(`StateText: no quantity named ${name}`);
      return product * quantities[name];
    }, 1);
    return condition.kind === 'compare' && condition.by === 'abs' ? Math.abs(found) : found;
  };
  switch (condition.kind) {
    case 'sign': return { lower: 'negative', same: 'zero', higher: 'positive' }[order(value(condition.quantity), 0)] as string;
    case 'compare': return order(value(condition.quantities[0]), value(condition.quantities[1]));
    case 'depth': return shape.length > 2 ? 'hidden' : 'none';
  }
}

/** The case the conditions pick: its exact key, else the first key whose '*' parts match. */
export function caseOf(when: Condition[], cases: Cases, context: TextContext): string {
  const choices = when.map((condition) => choiceOf(condition, context));
  const key = choices.join('+');
  const matches = (pattern: string) => pattern === '*' || pattern.split('+').every((part, k) => part === '*' || part === choices[k]);
  const text = cases[key] ?? Object.entries(cases).find(([pattern]) => matches(pattern))?.[1];
  if (text === undefined) throw new Error(`StateText: no case for ${key} (cases: ${Object.keys(cases).join(', ')})`);
  return text;
}

/** A case's text as pieces, its marks resolved against the context. */
export function piecesOf(template: string, { quantities, shape }: TextContext): Piece[] {
  const text = template.replaceAll('$L', String(shape.length - 1)).replaceAll('$shape', shape.join('-'));
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(/_\{([^}]*)\}|\{([A-Za-z0-9_]+)(?::(\d+))?\}/g)) {
    if (match.index > last) pieces.push(text.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] !== undefined) {
      pieces.push({ sub: match[1] });
      continue;
    }
    const value = quantities[match[2]];
    if (value === undefined) throw new Error(`StateText: no quantity named ${match[2]}`);
    pieces.push({ quantity: match[2], value, decimals: match[3] === undefined ? 4 : Number(match[3]) });
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/** The sentence's plain text (tests, and a check that every case resolves), numbers written by `format`. */
export const plainText = (pieces: Piece[], format: (value: number, decimals: number) => string): string =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : 'sub' in piece ? piece.sub : format(piece.value, piece.decimals))).join('');
