import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, parseNumber } from '../../lib/format.ts';

type Props = {
  /** The accessible name: the symbol in plain text (w1, i1, t1, "learning rate"). */
  label: string;
  /** The quantity it sets, for highlighting it everywhere on the page. */
  quantity: string;
  value: number;
  /** How much the arrow keys change the value. */
  step?: number;
  onChange: (value: number) => void;
  /** The label is read by screen readers only (matrix grids show their row and column instead). */
  compact?: boolean;
  /** Why a number cannot be used here (a negative learning rate), or null: such a number is refused like text. */
  check?: (value: number) => string | null;
};

/**
 * What a field shows for a value set from elsewhere (a seeded start, training, the URL): as it is when short, else four
 * significant digits, so that it fits the field; the page goes on with the exact value.
 */
export const fieldText = (value: number): string =>
  String(value).length > 7 ? String(Number(value.toPrecision(4))) : String(value);

/**
 * A text field for one number. Text that is not a number is kept in the field, marked invalid and explained,
 * while the page goes on with the last valid value. Arrow keys nudge the value by `step`.
 */
export function NumberField({ label, quantity, value, step = 0.01, onChange, compact = false, check }: Props) {
  const id = useId();
  const [text, setText] = useState(fieldText(value));
  const typed = parseNumber(text);
  const problem = typed === null ? 'Not a number' : (check?.(typed) ?? null);
  const valid = problem === null;

  // A value set elsewhere (a preset, the URL, reset) replaces what the field shows, in the render pass that brings it.
  useLayoutEffect(() => {
    if (parseNumber(text) !== value) setText(fieldText(value));
  }, [value]);

  const commit = (next: string) => {
    setText(next);
    const number = parseNumber(next);
    if (number !== null && !check?.(number)) onChange(number);
  };
  // The value the last nudge set: the page renders after the next paint, so a second press may come before `value` follows.
  const nudged = useRef(value);
  nudged.current = value;
  const nudge = (event: KeyboardEvent & { currentTarget: HTMLInputElement }) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const delta = (event.key === 'ArrowUp' ? step : -step) * (event.shiftKey ? 10 : 1);
    const next = (nudged.current = Number((nudged.current + delta).toFixed(10)));
    // The field first, while the page's layout is still clean: setting a focused field's value once the other
    // widgets have changed forces a layout of the whole page inside the keystroke.
    event.currentTarget.value = fieldText(next);
    setText(fieldText(next));
    onChange(next);
  };

  return (
    <div class={valid ? 'field' : 'field field-invalid'}>
      <label for={id} class={compact ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={text}
        data-controls={quantity}
        aria-invalid={valid ? undefined : 'true'}
        aria-describedby={valid ? undefined : `${id}-error`}
        onInput={(event) => commit(event.currentTarget.value)}
        onKeyDown={nudge}
      />
      {!valid && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {problem[0].toUpperCase()}
          {problem.slice(1)}: still using {formatNumber(value, 6)}.
        </p>
      )}
    </div>
  );
}
