import { planPaths } from '../../src/migrate/plan-paths';
import type { Layout } from '../../src/migrate/layout';
import type { SiteEntry } from '../../src/migrate/schema';

// A layout of the test's own (the built-in ones are tested with their files): posts under
// /blog/<slug>/, pages at their hierarchy, each URL's folder holding index.<ext>.
const layout: Layout = {
  name: 'plain',
  extension: (mdx) => (mdx ? 'mdx' : 'md'),
  url: (item) => (item.type === 'post' ? `/blog/${item.slug}/` : `/${[...item.ancestors, item.slug].join('/')}/`),
  file: (_item, url, ext) => `content${url}index.${ext}`,
  frontMatter: () => ({}),
  mediaDir: (p) => p.file.replace(/\/[^/]*$/, ''),
  mediaRef: (local) => local,
  scaffold: () => ({}),
};

function entry(id: number, slug: string, more: Partial<SiteEntry> = {}): SiteEntry {
  return { id, type: 'post', slug, status: 'publish', link: null, guid: null, parent: null, date: '2025-08-28T10:00:00', title: slug, ...more };
}

describe('planPaths', () => {
  it('keeps the old permalink path and lists the old forms that reach it', () => {
    const [p] = planPaths([entry(7, 'hello', { link: 'https://ex.org/2025/08/28/hello/', guid: 'https://ex.org/?p=7' })], layout, { permalinks: 'keep' });
    expect(p).toEqual({
      id: 7, type: 'post', file: 'content/2025/08/28/hello/index.md', url: '/2025/08/28/hello/',
      oldUrls: ['/2025/08/28/hello/', '/?p=7'], mediaDir: 'content/2025/08/28/hello', renamed: null,
    });
  });

  it("falls back to the layout's URL for plain permalinks (/?p=ID), and uses it with permalinks: layout", () => {
    const plain = planPaths([entry(5, 'x', { link: 'https://ex.org/?p=5' })], layout, { permalinks: 'keep' })[0]!;
    expect(plain.url).toBe('/blog/x/');
    const moved = planPaths([entry(6, 'y', { link: 'https://ex.org/2020/y/' })], layout, { permalinks: 'layout' })[0]!;
    expect(moved.url).toBe('/blog/y/');
    expect(moved.oldUrls).toContain('/2020/y/');
  });

  it('places pages under their ancestors, and a parent loop ends the chain', () => {
    const planned = planPaths([
      entry(1, 'about-us', { type: 'page' }),
      entry(2, 'our-team', { type: 'page', parent: 1 }),
      entry(3, 'alice', { type: 'page', parent: 2 }),
      entry(4, 'a', { type: 'page', parent: 5 }),
      entry(5, 'b', { type: 'page', parent: 4 }),
    ], layout, { permalinks: 'layout' });
    expect(planned.map((p) => p.url)).toEqual(['/about-us/', '/about-us/our-team/', '/about-us/our-team/alice/', '/b/a/', '/a/b/']);
    expect(planned.find((p) => p.id === 1)!.oldUrls).toEqual(['/?p=1', '/?page_id=1']);
  });

  it('never gives two items one file or URL: the later id gets -<id>, in any case and any input order', () => {
    const entries = [entry(10, 'hello'), entry(3, 'Hello'), entry(12, 'hello')];
    const planned = planPaths(entries, layout, { permalinks: 'layout' });
    expect(planned.map((p) => [p.id, p.url, p.renamed])).toEqual([
      [3, '/blog/Hello/', null],
      [10, '/blog/hello-10/', 'collision'],
      [12, '/blog/hello-12/', 'collision'],
    ]);
    expect(planPaths([...entries].reverse(), layout, { permalinks: 'layout' })).toEqual(planned);
    const kept = planPaths([entry(1, 'a', { link: 'https://ex.org/same/' }), entry(2, 'b', { link: 'https://ex.org/SAME/' })], layout, { permalinks: 'keep' });
    expect(kept.map((p) => p.url)).toEqual(['/same/', '/SAME-2/']);
  });

  it('decodes non-Latin slugs to readable NFC text', () => {
    const planned = planPaths([
      entry(1, '%e4%ba%ac%e9%83%bd'),
      entry(2, 'cafe\u0301'),
      entry(3, 'x', { link: 'https://ex.org/2024/%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82/' }),
    ], layout, { permalinks: 'keep' });
    expect(planned.map((p) => p.url)).toEqual(['/blog/京都/', '/blog/café/', '/2024/привет/']);
    expect(planned[1]!.url).toBe('/blog/caf\u00e9/');
    expect(planned.every((p) => p.renamed === null)).toBe(true);
  });

  it('keeps every file inside the output folder whatever the slug or link, and says it renamed them', () => {
    const planned = planPaths([
      entry(1, '../../x'),
      entry(2, '/etc/passwd'),
      entry(3, 'con'),
      // Dot segments are resolved within the site, as a browser does: nothing to rename.
      entry(4, 'ok', { link: 'https://ex.org/%2e%2e/%2e%2e/etc/' }),
      entry(5, 'a\\..\\..\\b'),
    ], layout, { permalinks: 'keep' });
    for (const p of planned) {
      expect(p.file.split('/')).not.toContain('..');
      expect(p.file.startsWith('/')).toBe(false);
      expect(p.file).not.toContain('\\');
    }
    expect(planned.map((p) => p.renamed)).toEqual(['unsafe', 'unsafe', 'unsafe', null, 'unsafe']);
    expect(planned.map((p) => p.url)).toEqual(['/blog/-..-x/', '/blog/-etc-passwd/', '/blog/con_/', '/etc/', '/blog/a-..-..-b/']);
  });

  it('does not let a file stand where another item needs a folder', () => {
    const flat: Layout = { ...layout, file: (_i, url, ext) => (url === '/a/' ? `a.${ext}/x` : `${url.slice(1)}index.${ext}`) };
    const planned = planPaths([entry(1, 'a', { link: 'https://ex.org/a.md/x/' }), entry(2, 'b', { link: 'https://ex.org/a/' })], flat, { permalinks: 'keep' });
    expect(planned[1]!.renamed).toBe('collision');
  });

  it('skips attachments and takes the MDX extension when asked', () => {
    const planned = planPaths([entry(1, 'p'), entry(2, 'img', { type: 'attachment' })], layout, { permalinks: 'layout', mdx: true });
    expect(planned.map((p) => p.file)).toEqual(['content/blog/p/index.mdx']);
  });
});
