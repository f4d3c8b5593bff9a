import type { ReportItem } from '../schema';
import { compareText } from './compare-text';

/**
 * How many warnings of each code the items carry, article warnings and migration's own
 * (`dangling_link`, `media_failed`, `path_renamed`) alike; keys in code order.
 *
 * @example countWarnings(items) // → { dangling_link: 3, unknown_shortcode: 12 }
 */
export function countWarnings(items: Iterable<ReportItem>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const w of item.warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const out: Record<string, number> = {};
  for (const code of [...counts.keys()].sort(compareText)) out[code] = counts.get(code)!;
  return out;
}
