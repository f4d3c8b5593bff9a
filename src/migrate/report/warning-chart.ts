import { escapeAttribute, escapeHtml } from '../../text/decode';
import { formatCount } from './format-count';
import type { WarningKind } from './warning-kinds';

const ROW = 26;
const LABEL = 230;
const BARS = 420;
const WIDTH = LABEL + BARS + 80;
const LONGEST = 30;

/**
 * Warnings by kind, as HTML: a legend of the kinds with their totals (every code no kind groups
 * counted as `Other warnings`) and an inline SVG bar chart with one bar per code, grouped by
 * kind in the kinds' order, most frequent first within a kind, each bar coloured by its kind
 * (CSS classes `kind-<n>` for the n-th kind modulo 6, `kind-other`). Accessible: the SVG has
 * `role="img"`, a `<title>` and a `<desc>` that states every count in words, and a `<title>`
 * per bar; every text is escaped. A short sentence when there are no warnings.
 *
 * @example warningChart({ unknown_shortcode: 12, dangling_link: 3 }, reportWarningKinds)
 * // → '<ul class="kinds">…</ul><svg … role="img" aria-labelledby="chart-title chart-desc">…</svg>'
 */
export function warningChart(byCode: Readonly<Record<string, number>>, kinds: readonly WarningKind[]): string {
  const bars = Object.entries(byCode)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => ({ code, n, kind: kindIndex(code, kinds) }))
    .sort((a, b) => a.kind - b.kind || b.n - a.n || (a.code < b.code ? -1 : 1));
  if (bars.length === 0) return '<p class="meta">No warnings.</p>';
  return `${legend(byCode, kinds)}\n${svg(bars)}`;
}

interface Bar {
  code: string;
  n: number;
  /** The kind's position, or `Infinity` for the codes no kind groups (drawn last). */
  kind: number;
}

function svg(bars: Bar[]): string {
  const max = Math.max(...bars.map((b) => b.n));
  const height = bars.length * ROW + 8;
  const said = bars.map((b) => `${b.code}: ${b.n}`).join(', ');
  return (
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-title">Warnings by code, grouped by kind</title><desc id="chart-desc">${escapeHtml(said)}</desc>` +
    `${bars.map((b, i) => bar(b, i, max)).join('')}</svg>`
  );
}

function bar({ code, n, kind }: Bar, i: number, max: number): string {
  const y = i * ROW + 4;
  const w = Math.max(2, Math.round((n / max) * BARS));
  const shown = code.length > LONGEST ? `${code.slice(0, LONGEST - 1)}…` : code;
  return (
    `<g class="bar ${kindClass(kind)}" data-code="${escapeAttribute(code)}"><title>${escapeHtml(`${code}: ${n}`)}</title>` +
    `<text class="label" x="${LABEL - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(shown)}</text>` +
    `<rect x="${LABEL}" y="${y + 2}" width="${w}" height="${ROW - 8}" rx="3"></rect>` +
    `<text class="count" x="${LABEL + w + 6}" y="${y + 16}">${formatCount(n)}</text></g>`
  );
}

function legend(byCode: Readonly<Record<string, number>>, kinds: readonly WarningKind[]): string {
  const sum = (keep: (code: string) => boolean) => Object.entries(byCode).reduce((n, [code, count]) => (keep(code) ? n + count : n), 0);
  const entries = kinds.map((k, i) => [k.label, sum((code) => kindIndex(code, kinds) === i), kindClass(i)] as const);
  entries.push(['Other warnings', sum((code) => kindIndex(code, kinds) === Infinity), kindClass(Infinity)]);
  const items = entries.map(([label, n, cls]) => `<li class="${cls}"><span class="swatch" aria-hidden="true"></span>${escapeHtml(label)} <b>${formatCount(n)}</b></li>`);
  return `<ul class="kinds" aria-label="Warnings by kind">${items.join('')}</ul>`;
}

// A code belongs to the first kind that lists it.
function kindIndex(code: string, kinds: readonly WarningKind[]): number {
  const i = kinds.findIndex((k) => k.codes.includes(code));
  return i < 0 ? Infinity : i;
}

// A class by position, not by the kind's key: keys are the caller's text, positions are numbers.
function kindClass(kind: number): string {
  return kind === Infinity ? 'kind-other' : `kind-${kind % 6}`;
}
