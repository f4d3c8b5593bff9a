import { escapeHtml } from '../../text/decode';
import type { MigrateReport } from '../schema';
import { formatCount } from './format-count';

type Totals = MigrateReport['totals'];

// The figures, in the groups a person reads them: what there was, what became of it, what to
// check, what else was written. A tone marks figures worth a look when they are not zero.
const GROUPS: { title: string; figures: { label: string; value: (t: Totals) => number; tone?: 'good' | 'bad' | 'warn' }[] }[] = [
  { title: 'Content', figures: [{ label: 'Items', value: (t) => t.items }, { label: 'Posts', value: (t) => t.posts }, { label: 'Pages', value: (t) => t.pages }, { label: 'Other', value: (t) => t.other }] },
  { title: 'Outcome', figures: [{ label: 'Converted', value: (t) => t.converted, tone: 'good' }, { label: 'Failed', value: (t) => t.failed, tone: 'bad' }, { label: 'Unchanged', value: (t) => t.unchanged }] },
  { title: 'To check', figures: [{ label: 'Warnings', value: (t) => t.warnings, tone: 'warn' }, { label: 'Dangling links', value: (t) => t.danglingLinks, tone: 'warn' }, { label: 'Failed downloads', value: (t) => t.mediaFailed, tone: 'bad' }] },
  { title: 'Files', figures: [{ label: 'Media', value: (t) => t.media }, { label: 'Downloaded', value: (t) => t.mediaDownloaded }, { label: 'Redirects', value: (t) => t.redirects }] },
];

/**
 * The report's totals as HTML, in four groups (content, outcome, what to check, files), each a
 * list of labelled figures. Plain markup, readable without script.
 *
 * @example totalsHtml(report.totals) // → '<div class="groups"><section class="group"><h3>Content</h3><dl>…'
 */
export function totalsHtml(totals: Totals): string {
  const groups = GROUPS.map((g) => {
    const figures = g.figures.map((f) => figure(f.label, f.value(totals), f.tone)).join('');
    return `<section class="group"><h3>${escapeHtml(g.title)}</h3><dl>${figures}</dl></section>`;
  });
  return `<div class="groups">${groups.join('')}</div>`;
}

function figure(label: string, n: number, tone: string | undefined): string {
  const cls = tone && n > 0 ? ` class="${tone}"` : '';
  return `<div${cls}><dt>${escapeHtml(label)}</dt><dd>${formatCount(n)}</dd></div>`;
}
