import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { migrate } from '../../src/migrate/migrate';
import { decodePath } from '../../src/migrate/layouts/layout-paths';
import { frontMatterOf, yaml11Differences, yaml11Missing } from '../support/yaml11';
import { HOSTILE_TITLE, hostilePost } from './hostile-post-written';

// Jekyll (Ruby) is not installed here, so the Jekyll layout is checked by structure instead of a
// build: what Jekyll reads (file names, front matter as Ruby's YAML 1.1 reader reads it,
// _config.yml) is what the layout means. With `jekyll` on the PATH a build could be added.
const url = process.env.UNPRESS_WP_URL;
const exportDir = process.env.UNPRESS_WP_EXPORT;
if (!url || !exportDir) test.skip('jekyll layout structure: no real WordPress running (start it with `eval "$(test/wordpress/site/start.sh)"`)', () => undefined);
if (yaml11Missing) test.skip(`jekyll layout structure: ${yaml11Missing}`, () => undefined);

(url && exportDir && !yaml11Missing ? describe : describe.skip)('a real WordPress migrated to jekyll (structure: Jekyll is not installed)', () => {
  let out = '';
  let files: { file: string; fm: Record<string, unknown>; yaml: string }[] = [];
  let published: string[] = [];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'unpress-build-jekyll-'));
    const report = await migrate([join(exportDir!, 'all.xml'), [hostilePost(url!)]], { out, layout: 'jekyll', statuses: ['publish', 'draft', 'private', 'future'] });
    expect(report.totals.failed).toBe(0);
    files = report.items.map((i) => {
      const yaml = frontMatterOf(readFileSync(join(out, i.file!), 'utf8'));
      return { file: i.file!, fm: parse(yaml) as Record<string, unknown>, yaml };
    });
    const lists = await Promise.all(['posts', 'pages', 'trails'].map(async (t) => (await (await fetch(`${url}/wp-json/wp/v2/${t}?per_page=100&_fields=link`)).json()) as { link: string }[]));
    published = lists.flat().map((p) => decodePath(new URL(p.link).pathname));
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('names posts _posts/YYYY-MM-DD-slug.md, the day their front-matter date says (a draft without one: the file’s)', () => {
    const posts = files.filter((f) => f.file.startsWith('_posts/'));
    expect(posts.length).toBeGreaterThan(6);
    for (const p of posts) {
      expect(p.file).toMatch(/^_posts\/\d{4}-\d{2}-\d{2}-[^/]+\.md$/);
      if (p.fm.date !== undefined) expect(p.file.slice(7, 17)).toBe(String(p.fm.date).slice(0, 10));
      else expect(p.fm.published).toBe(false);
    }
    expect(files.find((f) => f.fm.title === HOSTILE_TITLE)?.file).toBe('_posts/2026-07-05-hostile-written.md');
  });

  it('writes front matter Ruby’s YAML 1.1 reader reads as YAML 1.2 does (hostile title included)', () => {
    expect(yaml11Differences(files.map((f) => f.yaml))).toEqual([]);
  });

  it('serves every published old permalink at its permalink, drafts unpublished, no redirect onto a page', () => {
    const permalinks = new Set(files.filter((f) => f.fm.published !== false).map((f) => decodePath(String(f.fm.permalink))));
    for (const path of published) expect(permalinks).toContain(path);
    for (const f of files) if (/Winter plans|Warden contacts|Autumn passage/.test(String(f.fm.title))) expect(f.fm.published).toBe(false);
    for (const f of files) for (const from of (f.fm.redirect_from as string[] | undefined) ?? []) expect(permalinks.has(from)).toBe(false);
  });

  it('writes _config.yml with jekyll-redirect-from and the layouts the front matter names', () => {
    const config = parse(readFileSync(join(out, '_config.yml'), 'utf8')) as Record<string, unknown>;
    expect(config.plugins).toEqual(['jekyll-redirect-from']);
    for (const layout of new Set(files.map((f) => f.fm.layout))) expect(readFileSync(join(out, '_layouts', `${String(layout)}.html`), 'utf8')).toContain('layout: default');
  });
});
