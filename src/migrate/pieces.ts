import type { Article } from '../schema/article';
import type { Layout } from './layout';
import type { LayoutName, MediaEntry, MigrateReport, Permalinks, PlannedPath, Redirect, ReportItem, SiteEntry, SiteTerm } from './schema';

// Interim stand-ins for the pieces built alongside (links, media, report): same signatures as
// MIGRATE.md's contract, doing the least that keeps a run whole. Replaced by re-exports as each
// piece is merged.

export class LinkIndex {}
export function buildLinkIndex(_: { site: string | null; entries: SiteEntry[]; planned: PlannedPath[]; terms?: SiteTerm[] }): LinkIndex {
  return new LinkIndex();
}
export function rewriteLinks(article: Article, _index: LinkIndex): { article: Article; dangling: string[] } {
  return { article, dangling: [] };
}
export function mapArticleUrls(article: Article, _map: (url: string) => string | null): Article {
  return article;
}
export class MediaCatalog {
  add(_article: Article): void {}
  entries(): MediaEntry[] {
    return [];
  }
  find(_url: string): MediaEntry | undefined {
    return undefined;
  }
}
export function planMediaFiles(entries: MediaEntry[], _dirFor: (e: MediaEntry) => string): MediaEntry[] {
  return entries;
}
export async function downloadMedia(entries: MediaEntry[], _options: { out: string; concurrency?: number; retries?: number; timeoutMs?: number; userAgent?: string; onProgress?: (done: number, total: number) => void }): Promise<MediaEntry[]> {
  return entries;
}
export function buildRedirects(planned: Pick<PlannedPath, 'id' | 'url' | 'oldUrls'>[]): Redirect[] {
  const out: Redirect[] = [];
  for (const p of planned) for (const from of p.oldUrls) if (from !== p.url) out.push({ from, to: p.url, status: 301 });
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
export const redirectFormats: Record<string, (redirects: Redirect[]) => { file: string; content: string }> = {};
export function buildReport(input: { layout: LayoutName; permalinks: Permalinks; site: string | null; items: ReportItem[]; media: MediaEntry[]; redirects: Redirect[] }): MigrateReport {
  const count = (f: (i: ReportItem) => boolean) => input.items.filter(f).length;
  const byCode: Record<string, number> = {};
  for (const i of input.items) for (const w of i.warnings) byCode[w.code] = (byCode[w.code] ?? 0) + 1;
  return {
    layout: input.layout, permalinks: input.permalinks, site: input.site,
    totals: {
      items: input.items.length, posts: count((i) => i.type === 'post'), pages: count((i) => i.type === 'page'), other: count((i) => i.type !== 'post' && i.type !== 'page'),
      converted: count((i) => i.outcome === 'converted'), failed: count((i) => i.outcome === 'failed'), unchanged: count((i) => i.outcome === 'unchanged'),
      warnings: Object.values(byCode).reduce((a, b) => a + b, 0), media: input.media.length, mediaDownloaded: 0, mediaFailed: 0,
      redirects: input.redirects.length, danglingLinks: 0,
    },
    warningsByCode: byCode, items: input.items, dangling: [], mediaFailed: [],
  };
}
export function reportHtml(_report: MigrateReport): string | null {
  return null;
}
export type { Layout };
