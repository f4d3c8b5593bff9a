// The code of docs/recipes/migrate-a-site.md, run by `npm test` so the recipe stays true.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLinkIndex, buildRedirects, layouts, migrate, parsePost, planPaths, redirectFormats, rewriteLinks, SiteIndex, toMarkdown } from 'unpress';
import { wpPost } from 'unpress/testing';

// A small site: a post linking to another by its old permalink, and a page.
const site = [
  wpPost({ id: 1, title: 'First light', date: '2024-05-01T08:00:00', content: '<p>Read <a href="https://example.org/2024/05/second-tide/">the second one</a>.</p>' }),
  wpPost({ id: 2, title: 'Second tide', date: '2024-05-02T08:00:00', content: '<p>Low water at noon.</p>' }),
  wpPost({ id: 3, type: 'page', title: 'About', content: '<p>Who we are.</p>' }),
];

/** The whole run: one call. */
export async function wholeSite(out: string) {
  const report = await migrate([site], { out, layout: 'hugo', site: 'https://example.org' });
  console.log(`${report.totals.converted} converted, ${report.totals.failed} failed, ${report.totals.danglingLinks} dangling links`);
  return report;
}

/** The same pieces in your own script: plan paths, rewrite links, write redirects. */
export function byPieces() {
  const index = new SiteIndex();
  for (const post of site) index.add(post);
  const planned = planPaths(index.entries(), layouts.hugo, { permalinks: 'layout' });
  const links = buildLinkIndex({ site: 'https://example.org', entries: index.entries(), planned });
  const files = planned.map((p) => {
    const { article, dangling } = rewriteLinks(parsePost(site.find((s) => s.id === p.id)), links);
    return { path: p.file, markdown: toMarkdown(article, { frontMatter: 'hugo' }), dangling };
  });
  const netlify = redirectFormats.netlify(buildRedirects(planned));
  return { planned, files, netlify };
}

test('migrate writes the site, links rewritten, and a report whose counts add up', async () => {
  const out = mkdtempSync(join(tmpdir(), 'unpress-recipe-'));
  try {
    const report = await wholeSite(out);
    expect(report.totals).toMatchObject({ items: 3, converted: 3, failed: 0, danglingLinks: 0 });
    const first = report.items.find((i) => i.id === 1)!;
    expect(first.file).toBe('content/posts/first-light/index.md');
    expect(readFileSync(join(out, first.file!), 'utf8')).toContain('[the second one](/2024/05/second-tide/)');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<!doctype html>');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the pieces: new paths, links pointing at them, redirects from the old ones', () => {
  const { planned, files, netlify } = byPieces();
  const second = planned.find((p) => p.id === 2)!;
  expect(second.url).not.toBe('/2024/05/second-tide/');
  expect(files.find((f) => f.path === planned.find((p) => p.id === 1)!.file)!.markdown).toContain(`[the second one](${second.url})`);
  expect(netlify.file).toBe('_redirects');
  expect(netlify.content).toContain(`/2024/05/second-tide/ ${second.url} 301`);
});
