import { escapeHtml } from '../../text/decode';
import type { MigrateReport } from '../schema';

/**
 * `report.html`: one self-contained page showing a migration report.
 *
 * @example writeFileSync('site/report.html', reportHtml(report));
 */
export function reportHtml(report: MigrateReport): string {
  const t = report.totals;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Migration report</title></head><body>\n<h1>Migration report</h1>\n<p>${escapeHtml(`${t.items} items: ${t.converted} converted, ${t.failed} failed, ${t.unchanged} unchanged; ${t.warnings} warnings`)}</p>\n</body></html>\n`;
}
