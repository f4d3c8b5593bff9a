/**
 * A redirect's `from` (as `encodePath` writes it) split into its path and its query pairs
 * (still encoded; a variable without `=` has the value null). `/?p=12` → `{ path: '/', query: [['p', '12']] }`.
 *
 * @example splitQuery('/?p=12') // → { path: '/', query: [['p', '12']] }
 */
export function splitQuery(from: string): { path: string; query: [string, string | null][] } {
  const q = from.indexOf('?');
  if (q < 0) return { path: from, query: [] };
  const query = from
    .slice(q + 1)
    .split('&')
    .filter((p) => p !== '')
    .map((p): [string, string | null] => {
      const eq = p.indexOf('=');
      return eq < 0 ? [p, null] : [p.slice(0, eq), p.slice(eq + 1)];
    });
  return { path: from.slice(0, q), query };
}
