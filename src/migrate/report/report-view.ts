import type { MigrateReport, ReportItem } from '../schema';
import { fileHref, webHref } from './safe-href';
import { showControls } from './show-controls';
import type { WarningKind } from './warning-kinds';

/** One table row of `report.html`, ready to show: hrefs already checked, hidden characters made visible. */
export interface ReportViewRow {
  id: number | null;
  title: string | null;
  type: string | null;
  editor: string | null;
  words: number;
  outcome: ReportItem['outcome'];
  /** The old URL as shown (controls visible), or null. */
  oldUrl: string | null;
  /** The old URL to link, only when it is http(s). */
  oldHref: string | null;
  /** The new file as shown, or null. */
  file: string | null;
  /** The relative href from `report.html` to the file, or null. */
  fileHref: string | null;
  newUrl: string | null;
  error: string | null;
  /** Count of all warnings. */
  total: number;
  /** Count per kind, in the order of `kinds`. */
  kinds: number[];
  /** `[code, message, path]` of each warning, in the item's order. */
  warnings: [string, string, string | null][];
}

/** The data `report.html` reads from its JSON block. */
export interface ReportView {
  kinds: { key: string; label: string; short: string }[];
  /** Codes with their counts, most frequent first. */
  codes: [string, number][];
  rows: ReportViewRow[];
  dangling: { href: string; items: { id: number; title: string | null }[] }[];
  mediaFailed: { url: string; href: string | null; error: string }[];
}

/**
 * What `report.html` shows, from a report: the rows of its item table with safe hrefs
 * (`webHref`, `fileHref`) and visible controls in URLs and paths (`showControls`), per-kind
 * counts, the codes by frequency, dangling links with the titles of the items they appear in.
 * Pure.
 *
 * @example reportView(report, reportWarningKinds).rows[0].oldHref // → 'https://example.org/hello/' or null
 */
export function reportView(report: MigrateReport, kinds: readonly WarningKind[]): ReportView {
  const kindOf = new Map<string, number>();
  kinds.forEach((k, i) => k.codes.forEach((code) => kindOf.has(code) || kindOf.set(code, i)));
  const titles = new Map<number, string | null>();
  for (const item of report.items) if (item.id !== null && !titles.has(item.id)) titles.set(item.id, item.title);
  return {
    kinds: kinds.map(({ key, label, short }) => ({ key, label, short })),
    codes: Object.entries(report.warningsByCode).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    rows: report.items.map((item) => viewRow(item, kinds.length, kindOf)),
    dangling: report.dangling.map((d) => ({ href: showControls(d.href), items: d.items.map((id) => ({ id, title: titles.get(id) ?? null })) })),
    mediaFailed: report.mediaFailed.map((m) => ({ url: showControls(m.url), href: webHref(m.url), error: m.error })),
  };
}

function viewRow(item: ReportItem, kindCount: number, kindOf: ReadonlyMap<string, number>): ReportViewRow {
  const counts = new Array<number>(kindCount).fill(0);
  for (const w of item.warnings) {
    const k = kindOf.get(w.code);
    if (k !== undefined) counts[k]! += 1;
  }
  return {
    id: item.id,
    title: item.title,
    type: item.type,
    editor: item.editor,
    words: item.words,
    outcome: item.outcome,
    oldUrl: item.oldUrl === null ? null : showControls(item.oldUrl),
    oldHref: webHref(item.oldUrl),
    file: item.file === null ? null : showControls(item.file),
    fileHref: fileHref(item.file),
    newUrl: item.newUrl === null ? null : showControls(item.newUrl),
    error: item.error === null ? null : `${item.error.code}: ${item.error.message}`,
    total: item.warnings.length,
    kinds: counts,
    warnings: item.warnings.map((w) => [w.code, w.message, w.path]),
  };
}
