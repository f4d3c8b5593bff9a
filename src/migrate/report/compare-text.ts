/**
 * Orders two strings by UTF-16 code units, never by the machine's locale, so that sorted
 * output is the same bytes everywhere.
 *
 * @example ['b', 'B', 'a'].sort(compareText) // → ['B', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
