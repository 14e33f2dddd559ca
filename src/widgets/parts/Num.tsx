import { formatNumber } from '../../lib/format.ts';

type Props = { quantity: string; value: number; decimals?: number };

/** A displayed number: rounded text, its exact value in data-value, its name in data-quantity. */
export function Num({ quantity, value, decimals = 4 }: Props) {
  return (
    <span class="num" data-quantity={quantity} data-value={String(value)}>
      {formatNumber(value, decimals)}
    </span>
  );
}
