import { join } from 'node:path';
import { parsePost } from '../../../src';
import { readWxr } from '../../../src/sources/wxr/read-wxr';
import type { WxrSiteInfo } from '../../../src/sources/wxr/wxr-site';
import { collect as all } from '../../support/collect';

const DIR = join(__dirname, '..', '..', '..', 'fixtures', 'wxr');

async function articles(file: string) {
  let site: WxrSiteInfo | null = null;
  const posts = await all(readWxr(join(DIR, file), { statuses: ['publish', 'draft'], onSite: (s) => (site = s) }));
  return { site: site as WxrSiteInfo | null, articles: posts.map((p) => parsePost(p)) };
}

describe('readWxr reads every WXR version WordPress has written', () => {
  it('1.0 (WordPress 2.x): authors from dc:creator alone, tags in the `tag` domain, terms without ids, the attachment’s file from its guid', async () => {
    const { site, articles: [post, page, ...rest] } = await articles('written-wxr-1.0.xml');
    expect(rest).toEqual([]);
    expect(site?.wxrVersion).toBe('1.0');
    expect([post!.id, post!.title, post!.slug, post!.published, post!.sticky]).toEqual([7, 'A heron’s morning', 'a-herons-morning', '2010-05-06T06:15:00.000Z', false]);
    // No author list: the login, as the WordPress importer names them; no warning (nothing is missing).
    expect(post!.author).toEqual({ id: null, name: 'jo', slug: 'jo', url: null });
    expect(post!.categories).toEqual([{ id: null, name: 'Herons', slug: 'herons' }]);
    expect(post!.tags).toEqual([{ id: null, name: 'Spring', slug: 'spring' }]);
    expect([post!.featuredImage?.url, post!.featuredImage?.alt, post!.featuredImage?.caption]).toEqual(['http://diary.example.net/wp-content/uploads/2010/05/heron.jpg', 'A grey heron', 'Grey heron at the creek']);
    expect(post!.body.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(post!.text).toBe('The heron stood in the creek for an hour.\nIt didn’t move — not once.\n\nThen it took a fish and left.');
    expect(post!.comments.map((c) => [c.author, c.text])).toEqual([['Sam', 'Patient bird.']]);
    expect(post!.warnings).toEqual([]);
    expect([page!.type, page!.title, page!.text, page!.categories]).toEqual(['page', 'About', 'One marsh, every morning.', null]);
  });

  it('1.1 (WordPress 3.1): authors without ids, term ids, a custom taxonomy from wp:term, drafts when asked', async () => {
    const { site, articles: [post, draft] } = await articles('written-wxr-1.1.xml');
    expect(site?.wxrVersion).toBe('1.1');
    expect(post!.author).toEqual({ id: null, name: 'Jo Reed', slug: 'jo', url: null });
    expect([post!.categories, post!.tags, post!.terms]).toEqual([[{ id: 3, name: 'Marsh', slug: 'marsh' }], [{ id: 4, name: 'Winter', slug: 'winter' }], { habitat: [{ id: 5, name: 'Reedbed', slug: 'reedbed' }] }]);
    expect(post!.headings.map((h) => h.text)).toEqual(['At the reedbed']);
    expect(post!.lists.map((l) => l.items.map((i) => i.text))).toEqual([['First boom at 17:20', 'Last at 17:45']]);
    expect(post!.excerpt).toBe('The bittern is back.');
    expect([draft!.status, draft!.slug, draft!.title]).toEqual(['draft', '', 'Ice on the dykes']);
  });

  it('names an author missing from an export’s author list by the login, and says so', async () => {
    const { readFileSync } = await import('node:fs');
    const xml = readFileSync(join(DIR, 'written-wxr-1.1.xml'), 'utf8').replace('<dc:creator>jo</dc:creator>', '<dc:creator>kit</dc:creator>');
    const [post] = await all(readWxr(Buffer.from(xml)));
    const a = parsePost(post);
    expect(a.author?.name).toBe('kit');
    expect(a.warnings.map((w) => [w.code, w.path])).toEqual([['missing_reference', 'dc:creator']]);
  });
});
