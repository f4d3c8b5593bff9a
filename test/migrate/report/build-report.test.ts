import { buildReport } from '../../../src/migrate/report';
import { MigrateReportSchema, type ReportItem } from '../../../src/migrate/schema';
import { item, manyItems, media, redirects, sampleItems, sampleMedia, warning } from './report-fixture';

const build = (items: ReportItem[], m = sampleMedia()) => buildReport({ layout: 'hugo', permalinks: 'keep', site: 'https://example.org', items, media: m, redirects });

describe('buildReport', () => {
  it('counts items by type and outcome, warnings by code, media and redirects; the totals add up', () => {
    const report = build(sampleItems());
    expect(MigrateReportSchema.parse(report)).toEqual(report);
    expect(report.totals).toEqual({
      items: 6, posts: 3, pages: 1, other: 2, converted: 4, failed: 1, unchanged: 1,
      warnings: 9, media: 4, mediaDownloaded: 2, mediaFailed: 1, redirects: 2, danglingLinks: 2,
    });
    const t = report.totals;
    expect(t.converted + t.failed + t.unchanged).toBe(t.items);
    expect(t.posts + t.pages + t.other).toBe(t.items);
    expect(report.warningsByCode).toEqual({ dangling_link: 3, dropped_embed: 1, dropped_form: 1, media_failed: 1, table_spans: 1, unknown_shortcode: 2 });
    expect(Object.keys(report.warningsByCode)).toEqual([...Object.keys(report.warningsByCode)].sort());
  });

  it('lists each dangling href once with the items it appears in, read from dangling_link warnings whose path is the href', () => {
    const report = build([
      ...sampleItems(),
      item({ id: 11, warnings: [warning('dangling_link', 'https://example.org/gone/'), warning('dangling_link', 'https://example.org/gone/')] }),
      // Without a path there is no href to list; the warning still counts.
      item({ id: 12, warnings: [warning('dangling_link', null)] }),
    ]);
    expect(report.dangling).toEqual([
      { href: 'https://example.org/gone/', items: [1, 2, 11] },
      { href: 'https://example.org/old-staff/', items: [3] },
    ]);
    expect(report.totals.danglingLinks).toBe(2);
    expect(report.warningsByCode.dangling_link).toBe(6);
  });

  it('lists failed media by URL with their error, and counts downloaded and already-present files as on disk', () => {
    const report = build(sampleItems(), [
      media('https://example.org/b.jpg', { status: 'failed', error: 'content type text/html' }),
      media('https://example.org/a.jpg', { status: 'failed', error: null }),
      media('https://example.org/c.jpg', { status: 'downloaded' }),
      media('https://example.org/d.jpg', { status: 'skipped' }),
      media('https://example.org/e.jpg', { status: 'listed' }),
    ]);
    expect(report.mediaFailed).toEqual([
      { url: 'https://example.org/a.jpg', error: 'failed' },
      { url: 'https://example.org/b.jpg', error: 'content type text/html' },
    ]);
    expect(report.totals).toMatchObject({ media: 5, mediaDownloaded: 2, mediaFailed: 2 });
  });

  it('gives the same bytes whatever order the items come in, ids first and items without an id last', () => {
    const items = [...manyItems(300), item({ id: null, title: 'b', outcome: 'failed' }), item({ id: null, title: 'a', outcome: 'failed' })];
    const first = JSON.stringify(build(items));
    const shuffled = [...items].reverse();
    for (let i = 0; i < shuffled.length; i += 7) [shuffled[i], shuffled[shuffled.length - 1 - i]] = [shuffled[shuffled.length - 1 - i]!, shuffled[i]!];
    expect(JSON.stringify(build(shuffled))).toBe(first);
    const ids = build(items).items.map((i) => i.id);
    expect(ids.slice(0, 3)).toEqual([1, 2, 3]);
    expect(build(items).items.slice(-2).map((i) => i.title)).toEqual(['a', 'b']);
  });

  it('keeps each item whole, warnings in their order, and leaves the input unchanged', () => {
    const items = sampleItems();
    const before = JSON.stringify(items);
    const report = build(items);
    expect(JSON.stringify(items)).toBe(before);
    expect(report.items.find((i) => i.id === 1)!.warnings.map((w) => w.path)).toEqual(['[gallery_pro]', '[toc]', 'https://example.org/gone/']);
    expect(report.items).not.toBe(items);
  });

  it('reports an empty run with zeros', () => {
    const report = buildReport({ layout: 'plain', permalinks: 'layout', site: null, items: [], media: [], redirects: [] });
    expect(report).toEqual(MigrateReportSchema.parse(report));
    expect(Object.values(report.totals).every((n) => n === 0)).toBe(true);
    expect(report).toMatchObject({ warningsByCode: {}, items: [], dangling: [], mediaFailed: [] });
  });
});
