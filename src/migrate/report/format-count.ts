/**
 * A count with its digits grouped by narrow no-break spaces: readable at 10,000 and the same on
 * every machine (no locale).
 *
 * @example formatCount(12345) // → '12 345' (U+202F between the groups)
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}
