import type { ListBlock } from '../schema/block';

/**
 * The number a browser shows before each item of an ordered list: from `start` (default 1,
 * or the item count when `reversed`), counting up, or down when reversed; an item with its
 * own `value` restarts the count there.
 *
 * @example listNumbers({ …list, reversed: true, start: null, items: [a, b, c] }) // → [3, 2, 1]
 */
export function listNumbers(b: ListBlock): number[] {
  const step = b.reversed ? -1 : 1;
  let n = b.start ?? (b.reversed ? b.items.length : 1);
  return b.items.map((item) => {
    if (item.value !== null) n = item.value;
    n += step;
    return n - step;
  });
}

/** The largest number CommonMark reads as a list marker (nine digits). */
const MAX_MARKER = 999_999_999;

/**
 * Whether Markdown can number a list as its source did: CommonMark lists count up by one
 * from their first number (0 to 999,999,999), so a reversed list, a jump (`value`) or a
 * negative number cannot be written as one.
 *
 * @example countsUp([4, 5, 6]) // → true; countsUp([3, 2, 1]) // → false
 */
export function countsUp(numbers: number[]): boolean {
  const first = numbers[0] ?? 1;
  return first >= 0 && first + numbers.length - 1 <= MAX_MARKER && numbers.every((n, i) => n === first + i);
}
