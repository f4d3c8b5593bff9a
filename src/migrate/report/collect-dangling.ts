import type { MigrateReport, ReportItem } from '../schema';
import { compareText } from './compare-text';

/** The code of the warning `migrate` adds for a link into the old site that reaches nothing migrated. */
export const DANGLING_LINK = 'dangling_link';

/**
 * Every dangling link once, with the items it appears in: read from the items' `dangling_link`
 * warnings, whose `path` is the href (the convention `migrate` follows). Hrefs in code order,
 * item ids ascending and distinct; warnings without a path and items without an id add nothing.
 *
 * @example
 * collectDangling([{ id: 7, warnings: [{ code: 'dangling_link', message: '…', path: 'https://example.org/gone/' }], … }])
 * // → [{ href: 'https://example.org/gone/', items: [7] }]
 */
export function collectDangling(items: Iterable<ReportItem>): MigrateReport['dangling'] {
  const byHref = new Map<string, Set<number>>();
  for (const item of items) {
    if (item.id === null) continue;
    for (const w of item.warnings) {
      if (w.code !== DANGLING_LINK || w.path === null || w.path === '') continue;
      let ids = byHref.get(w.path);
      if (!ids) byHref.set(w.path, (ids = new Set()));
      ids.add(item.id);
    }
  }
  return [...byHref.keys()].sort(compareText).map((href) => ({ href, items: [...byHref.get(href)!].sort((a, b) => a - b) }));
}
