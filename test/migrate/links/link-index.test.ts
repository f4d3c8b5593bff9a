import { buildLinkIndex } from '../../../src/migrate/links/build-link-index';
import type { SiteEntry, SiteTerm } from '../../../src/migrate/schema';

const entry = (o: Partial<SiteEntry> & Pick<SiteEntry, 'id' | 'slug' | 'link'>): SiteEntry => ({ type: 'post', status: 'publish', guid: `http://example.org/?p=${o.id}`, parent: null, date: null, title: o.slug, ...o });

const entries: SiteEntry[] = [
  entry({ id: 12, slug: 'hello-world', link: 'https://example.org/2024/05/06/hello-world/' }),
  entry({ id: 13, slug: '%e6%97%a5%e6%9c%ac%e8%aa%9e', link: 'https://example.org/2024/05/07/%e6%97%a5%e6%9c%ac%e8%aa%9e/' }),
  entry({ id: 14, slug: 'cafe', link: 'https://example.org/2024/05/08/caf%c3%a9-cr%c3%a8me/' }),
  entry({ id: 20, type: 'page', slug: 'team', link: 'https://example.org/about/team/', guid: 'http://example.org/?page_id=20' }),
  entry({ id: 21, type: 'page', slug: 'about', link: 'https://example.org/about/', guid: 'http://example.org/?page_id=21' }),
  entry({ id: 30, type: 'attachment', slug: 'photo', link: 'https://example.org/2024/05/06/hello-world/photo/', guid: 'https://example.org/wp-content/uploads/2024/05/photo.jpg' }),
  entry({ id: 40, slug: 'draft-never-migrated', link: 'https://example.org/2024/05/09/draft-never-migrated/' }),
  entry({ id: 50, slug: 'twin', link: 'https://example.org/2023/01/01/twin/' }),
  entry({ id: 51, slug: 'twin', link: 'https://example.org/2024/01/01/twin/' }),
];
const planned = [
  { id: 12, url: '/posts/hello-world/', oldUrls: ['/2024/05/06/hello-world/'] },
  { id: 13, url: '/posts/日本語/', oldUrls: [] },
  { id: 14, url: '/posts/cafe/', oldUrls: [] },
  { id: 20, url: '/about/team/', oldUrls: [] },
  { id: 21, url: '/about/', oldUrls: [] },
  { id: 50, url: '/posts/twin/', oldUrls: [] },
  { id: 51, url: '/posts/twin-2/', oldUrls: [] },
];
const terms: SiteTerm[] = [
  { taxonomy: 'category', id: 3, slug: 'news', name: 'News', link: 'https://example.org/category/news/' },
  { taxonomy: 'post_tag', id: 4, slug: 'hello-world', name: 'hello', link: 'https://example.org/tag/hello-world/' },
  { taxonomy: 'post_tag', id: 5, slug: 'orphan', name: 'orphan', link: null },
  { taxonomy: 'author', id: 2, slug: 'jane', name: 'Jane', link: 'https://example.org/author/jane/' },
  { taxonomy: 'genre', id: 9, slug: 'jazz', name: 'Jazz', link: 'https://example.org/genre/jazz/' },
];
const termUrl = (t: SiteTerm): string | null => (t.slug === 'orphan' ? null : `/${t.taxonomy}/${t.slug}/`);
const index = buildLinkIndex({ site: ['https://example.org', 'http://old-host.example.com'], entries, planned, terms, termUrl });
const base = 'https://example.org/2024/05/06/hello-world/';
const resolve = (href: string, from: string | null = base) => index.resolve(href, from);
const internal = (url: string) => ({ kind: 'internal', url });

describe('LinkIndex.resolve: items', () => {
  it.each([
    ['https://example.org/2024/05/06/hello-world/', '/posts/hello-world/'],
    ['http://example.org/2024/05/06/hello-world/', '/posts/hello-world/'],
    ['https://www.example.org/2024/05/06/hello-world', '/posts/hello-world/'],
    ['//example.org/2024/05/06/hello-world/', '/posts/hello-world/'],
    ['http://old-host.example.com/2024/05/06/hello-world/', '/posts/hello-world/'],
    ['https://EXAMPLE.org/2024/05/06/Hello-World/', '/posts/hello-world/'],
    ['/2024/05/06/hello-world/', '/posts/hello-world/'],
    ['../../06/hello-world/', '/posts/hello-world/'],
    ['https://example.org/index.php/2024/05/06/hello-world/', '/posts/hello-world/'],
    ['https://example.org/?p=12', '/posts/hello-world/'],
    ['/?p=12&preview=true', '/posts/hello-world/'],
    ['https://example.org/index.php?p=12', '/posts/hello-world/'],
    ['https://example.org/?page_id=20', '/about/team/'],
    ['https://example.org/?pagename=team', '/about/team/'],
    ['https://example.org/?name=hello-world', '/posts/hello-world/'],
    ['https://example.org/2024/05/06/hello-world/#comments', '/posts/hello-world/#comments'],
    ['https://example.org/2024/05/06/hello-world/?replytocom=7#respond', '/posts/hello-world/#respond'],
    ['https://example.org/2024/05/06/hello-world/?utm_source=x&lang=fr', '/posts/hello-world/?lang=fr'],
    ['https://example.org/2024/05/06/hello-world/amp/', '/posts/hello-world/'],
    ['https://example.org/2024/05/06/hello-world/feed/', '/posts/hello-world/'],
    ['https://example.org/2024/05/06/hello-world/2/', '/posts/hello-world/'],
    ['https://example.org/2024/05/06/hello-world/comment-page-2/#comments', '/posts/hello-world/#comments'],
    // Percent-encoded or not, either case of hex, NFC or NFD.
    ['https://example.org/2024/05/07/日本語/', '/posts/日本語/'],
    ['https://example.org/2024/05/07/%E6%97%A5%E6%9C%AC%E8%AA%9E', '/posts/日本語/'],
    ['https://example.org/2024/05/08/café-crème/', '/posts/cafe/'],
    ['https://example.org/2024/05/08/cafe\u0301-cre\u0300me/', '/posts/cafe/'],
    ['https://example.org/2024/05/08/cafe%CC%81-cre%CC%80me/', '/posts/cafe/'],
    ['https://example.org/about/team', '/about/team/'],
    ['https://example.org/about/', '/about/'],
    // The guid, and the slug alone when only its date changed.
    ['http://example.org/?p=13', '/posts/日本語/'],
    ['https://example.org/hello-world/', '/posts/hello-world/'],
    ['https://example.org/2024/05/hello-world/', '/posts/hello-world/'],
    // Attachment pages lead to the file (for media handling), by path, id or slug.
    ['https://example.org/2024/05/06/hello-world/photo/', 'https://example.org/wp-content/uploads/2024/05/photo.jpg'],
    ['https://example.org/?attachment_id=30', 'https://example.org/wp-content/uploads/2024/05/photo.jpg'],
    // The home page.
    ['https://example.org/', '/'],
    ['https://example.org/?utm_campaign=x', '/'],
    ['https://example.org/feed/', '/'],
  ])('%s → %s', (href, url) => {
    expect(resolve(href)).toEqual(internal(url));
  });

  it('reads a relative link against the page it is on, else the site', () => {
    expect(resolve('hello-world/', 'https://example.org/2024/05/06/')).toEqual(internal('/posts/hello-world/'));
    expect(resolve('about/', null)).toEqual(internal('/about/'));
    expect(resolve('team', 'https://example.org/about/')).toEqual(internal('/about/team/'));
  });

  it('dangling: the old site, reaching nothing migrated', () => {
    for (const href of [
      'https://example.org/2024/05/09/draft-never-migrated/',
      'https://example.org/?p=40',
      'https://example.org/?p=999',
      'https://example.org/nothing-here/',
      'https://example.org/2024/',
      'https://example.org/2024/05/',
      'https://example.org/wp-admin/',
      'https://example.org/?s=search',
      'https://example.org/tag/orphan/',
      'https://example.org/?tag=orphan',
      // Two items share the slug: no guess.
      'https://example.org/twin/',
      // A prefixed path is not guessed by its slug.
      'https://example.org/tag/unknown/hello-world/',
    ]) {
      expect([href, resolve(href)]).toEqual([href, { kind: 'dangling' }]);
    }
  });

  it('external: other hosts, other schemes, in-page anchors and files (left for media)', () => {
    for (const href of ['https://elsewhere.org/2024/05/06/hello-world/', 'mailto:a@example.org', 'tel:123', '#top', '', 'javascript:void(0)', 'https://example.org/wp-content/uploads/2024/05/photo-300x200.jpg', '/wp-content/uploads/doc.pdf', 'https://example.org/wp-includes/images/smilies/smile.png']) {
      expect([href, resolve(href)]).toEqual([href, { kind: 'external' }]);
    }
  });
});

describe('LinkIndex.resolve: terms and authors', () => {
  it.each([
    ['https://example.org/category/news/', '/category/news/'],
    ['/category/news/page/2/', '/category/news/'],
    ['/category/news/feed/', '/category/news/'],
    ['https://example.org/?cat=3', '/category/news/'],
    ['https://example.org/?category_name=news', '/category/news/'],
    ['https://example.org/tag/hello-world/', '/post_tag/hello-world/'],
    ['https://example.org/?tag=hello-world', '/post_tag/hello-world/'],
    ['https://example.org/author/jane/', '/author/jane/'],
    ['https://example.org/?author=2', '/author/jane/'],
    ['https://example.org/genre/jazz/', '/genre/jazz/'],
    ['https://example.org/?genre=jazz', '/genre/jazz/'],
    ['https://example.org/?taxonomy=genre&term=jazz', '/genre/jazz/'],
  ])('%s → %s', (href, url) => {
    expect(resolve(href)).toEqual(internal(url));
  });

  it('without termUrl, term links are dangling; an item keeps its permalink against a term claiming it', () => {
    const bare = buildLinkIndex({ site: 'https://example.org', entries, planned, terms });
    expect(bare.resolve('https://example.org/category/news/', null)).toEqual({ kind: 'dangling' });
    const clash = buildLinkIndex({ site: 'https://example.org', entries, planned, terms: [{ taxonomy: 'category', id: 8, slug: 'x', name: null, link: 'https://example.org/about/' }], termUrl: () => '/x/' });
    expect(clash.resolve('https://example.org/about/', null)).toEqual(internal('/about/'));
  });
});

describe('buildLinkIndex', () => {
  it('learns the site from the entries when none is given, and serves a site under a folder', () => {
    const sub = buildLinkIndex({
      site: 'https://example.net/blog',
      entries: [entry({ id: 1, slug: 'a', link: 'https://example.net/blog/a/', guid: 'https://example.net/blog/?p=1' })],
      planned: [{ id: 1, url: '/a/', oldUrls: [] }],
    });
    expect(sub.resolve('https://example.net/blog/', null)).toEqual(internal('/'));
    expect(sub.resolve('https://example.net/blog/?p=1', null)).toEqual(internal('/a/'));
    expect(sub.resolve('https://example.net/blog/2024/a/', null)).toEqual(internal('/a/'));
    expect(sub.resolve('https://example.net/other/', null)).toEqual({ kind: 'dangling' });
    const none = buildLinkIndex({ site: null, entries, planned });
    expect(none.resolve('https://www.example.org/about/', null)).toEqual(internal('/about/'));
  });

  it('stays linear: ten times the items take about ten times as long, not a hundred', () => {
    const time = (n: number): number => {
      const many = Array.from({ length: n }, (_, i) => entry({ id: i + 1, slug: `post-${i}`, link: `https://example.org/2024/01/01/post-${i}/` }));
      const t0 = performance.now();
      const big = buildLinkIndex({ site: 'https://example.org', entries: many, planned: many.map((e) => ({ id: e.id, url: `/p/${e.id}/`, oldUrls: [] })) });
      for (let i = 0; i < n; i++) big.resolve(`/?p=${i + 1}`, null);
      for (let i = 0; i < n; i++) big.resolve(`https://www.example.org/2024/01/01/post-${i}`, null);
      expect(big.resolve(`/2024/01/01/post-${n - 1}/`, null)).toEqual(internal(`/p/${n}/`));
      return performance.now() - t0;
    };
    time(2_000);
    const small = Math.min(time(2_000), time(2_000));
    const large = time(20_000);
    expect(large / small).toBeLessThan(35);
  });
});
