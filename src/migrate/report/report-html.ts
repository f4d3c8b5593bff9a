import { createHash } from 'node:crypto';
import { escapeAttribute, escapeHtml } from '../../text/decode';
import type { MigrateReport } from '../schema';
import { reportScript } from './report-script';
import { reportStyle } from './report-style';
import { reportView } from './report-view';
import { webHref } from './safe-href';
import { scriptJson } from './script-json';
import { totalsHtml } from './totals-html';
import { warningChart } from './warning-chart';
import { reportWarningKinds, type WarningKind } from './warning-kinds';

/** Options of `reportHtml`. */
export interface ReportHtmlOptions {
  /** The warning kinds shown in columns of their own; `reportWarningKinds` by default. */
  kinds?: readonly WarningKind[];
}

/**
 * `report.html`: one self-contained page (no external asset, opens from disk) to look at a
 * migration: its totals, a chart of warnings by code coloured by kind, a table of every item
 * (title, type, editor, words, warnings per kind, outcome; sortable, filterable, paged, each
 * row's warnings on demand) linking the old URL and the new file, the dangling links with the
 * items they appear in, the failed downloads.
 *
 * Safe with hostile data: every text is escaped or set as text; old URLs are linked only when
 * they are http(s), files only by a relative path from the output folder's root; the data sits
 * in a JSON block no string can close; titles and messages are bidi-isolated and URLs show their
 * control characters. A Content-Security-Policy allows nothing but the page's own style and
 * script (by hash): no network, no other script. Deterministic: the same report gives the same bytes.
 *
 * @param report - what `buildReport` (or `migrate`) returned.
 * @param options - `kinds`: the warning kinds given columns.
 * @returns the page's HTML.
 * @example
 * const report = buildReport({ layout: 'hugo', permalinks: 'keep', site, items, media, redirects });
 * writeFileSync(join(out, 'report.html'), reportHtml(report));
 */
export function reportHtml(report: MigrateReport, options: ReportHtmlOptions = {}): string {
  const kinds = options.kinds ?? reportWarningKinds;
  const view = reportView(report, kinds);
  const csp = `default-src 'none'; script-src '${hash(reportScript)}'; style-src '${hash(reportStyle)}'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(pageTitle(report))}</title>
<style>${reportStyle}</style>
</head>
<body>
<main>
<header>
<h1>Migration report</h1>
${metaLine(report)}
</header>
<section aria-label="Totals">
${totalsHtml(report.totals)}
</section>
<section aria-labelledby="chart-heading">
<h2 id="chart-heading">Warnings by kind</h2>
<div class="panel chart-panel">${warningChart(report.warningsByCode, kinds)}</div>
</section>
${itemsSection()}
${listSection('dangling', 'Dangling links', report.dangling.length, ['Link', 'In'])}
${listSection('media-failed', 'Failed downloads', report.mediaFailed.length, ['File', 'Why'])}
</main>
<script type="application/json" id="report-data">${scriptJson(view)}</script>
<script>${reportScript}</script>
</body>
</html>
`;
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function pageTitle(report: MigrateReport): string {
  const host = hostOf(report.site);
  return host ? `Migration report: ${host}` : 'Migration report';
}

function hostOf(site: string | null): string | null {
  const href = webHref(site);
  return href === null ? null : new URL(href).host;
}

function metaLine(report: MigrateReport): string {
  const href = webHref(report.site);
  const site = href === null ? '' : `<a href="${escapeAttribute(href)}" rel="noreferrer noopener">${escapeHtml(new URL(href).host)}</a> · `;
  return `<p class="meta">${site}layout <b>${escapeHtml(report.layout)}</b> · permalinks <b>${escapeHtml(report.permalinks)}</b></p>`;
}

function itemsSection(): string {
  return `<section aria-labelledby="items-heading">
<h2 id="items-heading">Items</h2>
<div class="controls" role="search">
<label>Search<input type="search" id="search" placeholder="Title, URL, file or #id" autocomplete="off"></label>
<label>Type<select id="type"><option value="">All types</option></select></label>
<label>Outcome<select id="outcome"><option value="">All outcomes</option><option value="converted">converted</option><option value="failed">failed</option><option value="unchanged">unchanged</option></select></label>
<label>Warnings<select id="warning"><option value="">All items</option></select></label>
</div>
<p class="status" id="status" aria-live="polite"></p>
<div class="table-wrap"><table id="items"><caption class="visually-hidden">Items; a column heading sorts by that column</caption><thead></thead><tbody></tbody></table></div>
<div class="pager"><button type="button" id="prev">Previous</button><span id="page" class="status"></span><button type="button" id="next">Next</button></div>
<noscript><p>The table needs JavaScript; <code>report.json</code> beside this page holds the same data.</p></noscript>
</section>`;
}

function listSection(id: string, title: string, count: number, headings: [string, string]): string {
  if (count === 0) return '';
  return `<section aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${escapeHtml(title)} <span class="meta">${count}</span></h2>
<div class="table-wrap list"><table id="${id}"><thead><tr><th scope="col">${headings[0]}</th><th scope="col">${headings[1]}</th></tr></thead><tbody></tbody></table></div>
<div class="pager"><button type="button" id="${id}-more" hidden></button></div>
</section>`;
}
