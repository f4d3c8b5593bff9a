import type { LayoutName, MediaEntry, MigrateReport, Permalinks, Redirect, ReportItem } from '../schema';
import { collectDangling } from './collect-dangling';
import { countWarnings } from './count-warnings';
import { compareItems } from './compare-items';
import { compareText } from './compare-text';

/** What `buildReport` sums up: everything `migrate` did, as its pieces returned it. */
export interface BuildReportInput {
  layout: LayoutName;
  permalinks: Permalinks;
  /** The old site's address (`https://example.org`), or null when unknown. */
  site: string | null;
  /** One line per item read, whatever its outcome, in any order. */
  items: readonly ReportItem[];
  /** Every media entry (`media.json`), downloaded or not. */
  media: readonly MediaEntry[];
  redirects: readonly Redirect[];
}

/**
 * The migration report (`report.json`, shown by `report.html`) from what `migrate` did. Pure and
 * deterministic: the same items in any order give the same report, byte for byte once
 * serialised (items by id, then type, old URL, title and file; `warningsByCode` keys sorted;
 * dangling links by href; failed media by URL).
 *
 * The totals add up: `items = converted + failed + unchanged = posts + pages + other`;
 * `warnings` is the sum of `warningsByCode`. `mediaDownloaded` counts files that are on disk
 * (`downloaded`, and `skipped` ones already there from an earlier run); `danglingLinks` counts
 * distinct hrefs.
 *
 * Dangling links are read from the items' `dangling_link` warnings: by convention the warning's
 * `path` holds the link's href (absolute, without fragment, as `rewriteLinks` lists it), so each
 * href is listed once with the ids of the items it appears in, ascending. A `dangling_link`
 * warning without a path, or on an item without an id, counts as a warning only.
 *
 * @param input - the run's items, media and redirects, its layout and site.
 * @returns a `MigrateReport`; the input is not changed.
 * @example
 * const report = buildReport({ layout: 'hugo', permalinks: 'keep', site: 'https://example.org', items, media, redirects });
 * report.totals.items === report.totals.converted + report.totals.failed + report.totals.unchanged; // true
 * report.dangling; // [{ href: 'https://example.org/gone/', items: [12, 40] }]
 */
export function buildReport(input: BuildReportInput): MigrateReport {
  const items = [...input.items].sort(compareItems);
  const warningsByCode = countWarnings(items);
  const dangling = collectDangling(items);
  const mediaFailed = input.media
    .filter((m) => m.status === 'failed')
    .map((m) => ({ url: m.url, error: m.error ?? 'failed' }))
    .sort((a, b) => compareText(a.url, b.url) || compareText(a.error, b.error));
  const count = (keep: (item: ReportItem) => boolean) => items.reduce((n, item) => (keep(item) ? n + 1 : n), 0);
  const posts = count((i) => i.type === 'post');
  const pages = count((i) => i.type === 'page');
  return {
    layout: input.layout,
    permalinks: input.permalinks,
    site: input.site,
    totals: {
      items: items.length,
      posts,
      pages,
      other: items.length - posts - pages,
      converted: count((i) => i.outcome === 'converted'),
      failed: count((i) => i.outcome === 'failed'),
      unchanged: count((i) => i.outcome === 'unchanged'),
      warnings: Object.values(warningsByCode).reduce((a, b) => a + b, 0),
      media: input.media.length,
      mediaDownloaded: input.media.filter((m) => m.status === 'downloaded' || m.status === 'skipped').length,
      mediaFailed: mediaFailed.length,
      redirects: input.redirects.length,
      danglingLinks: dangling.length,
    },
    warningsByCode,
    items,
    dangling,
    mediaFailed,
  };
}
