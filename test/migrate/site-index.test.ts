import { readSources } from '../../src/migrate/read-sources';
import { SiteIndex, siteEntryOf, siteTermsOf } from '../../src/migrate/site-index';

describe('SiteIndex', () => {
  const post = {
    id: 12, type: 'post', slug: 'low-tide', status: 'publish', link: 'https://ex.org/2025/low-tide/', guid: { rendered: 'https://ex.org/?p=12' },
    parent: 0, date: '2025-06-01T08:00:00', title: { rendered: 'Low tide &amp; <em>mud</em>' },
    _embedded: {
      'wp:featuredmedia': [{ id: 40, type: 'attachment', slug: 'mud', link: 'https://ex.org/2025/low-tide/mud/', guid: { rendered: 'https://ex.org/wp-content/uploads/2025/06/mud.jpg' }, title: { rendered: 'mud' } }],
      'wp:term': [
        [{ id: 3, taxonomy: 'category', slug: 'shore', name: 'Shore', link: 'https://ex.org/category/shore/' }],
        [{ id: 9, taxonomy: 'post_tag', slug: 'birds', name: 'Birds', link: 'https://ex.org/tag/birds/' }],
      ],
    },
  };

  it('reads an entry from a REST-shaped post: rendered fields, plain title, no parent for 0', () => {
    expect(siteEntryOf(post)).toEqual({
      id: 12, type: 'post', slug: 'low-tide', status: 'publish', link: 'https://ex.org/2025/low-tide/', guid: 'https://ex.org/?p=12',
      parent: null, date: '2025-06-01T08:00:00', title: 'Low tide & mud',
    });
    expect(siteEntryOf({ id: '12' })).toBeNull();
    expect(siteEntryOf(null)).toBeNull();
  });

  it('indexes embedded attachments and terms, each once, sorted; a post read twice keeps its first reading', () => {
    const index = new SiteIndex();
    index.add(post);
    index.add({ ...post, title: { rendered: 'Again' } });
    index.add({ id: 13, type: 'page', slug: 'about', _embedded: { 'wp:term': [[{ id: 3, taxonomy: 'category', slug: 'shore', name: 'Shore' }]] } });
    expect(index.entries().map((e) => [e.id, e.type, e.title])).toEqual([[12, 'post', 'Low tide & mud'], [13, 'page', ''], [40, 'attachment', 'mud']]);
    expect(index.terms().map((t) => `${t.taxonomy}/${t.slug}`)).toEqual(['category/shore', 'post_tag/birds']);
    // An embedded attachment never replaces an item read as a post.
    index.add({ id: 50, type: 'post', slug: 'x', _embedded: { 'wp:featuredmedia': [{ id: 12, slug: 'not-a-post' }] } });
    expect(index.get(12)!.type).toBe('post');
  });
});

describe('readSources', () => {
  it('applies --since, --status and --types to posts given in memory (REST JSON has no filter of its own)', async () => {
    const posts = [
      { id: 1, type: 'post', status: 'publish', modified_gmt: '2025-01-01T00:00:00' },
      { id: 2, type: 'post', status: 'publish', modified_gmt: '2025-06-01T00:00:00' },
      { id: 3, type: 'page', status: 'draft', modified: '2025-07-01T00:00:00' },
      JSON.stringify({ id: 4, type: 'post', status: 'publish', date: '2025-08-01T00:00:00' }),
    ];
    const ids = async (filter: Parameters<typeof readSources>[1]) => {
      const out: unknown[] = [];
      for await (const p of readSources([posts], filter, () => undefined)) out.push(typeof p === 'string' ? JSON.parse(p).id : (p as { id: number }).id);
      return out;
    };
    expect(await ids({})).toEqual([1, 2, 3, 4]);
    expect(await ids({ since: '2025-05-01' })).toEqual([2, 3, 4]);
    expect(await ids({ statuses: ['publish'], types: ['post'] })).toEqual([1, 2, 4]);
  });
});

describe('siteTermsOf', () => {
  it('decodes the names REST escapes, once: the name the article and the generator see', () => {
    const post = { id: 1, _embedded: { 'wp:term': [[{ id: 5, taxonomy: 'category', slug: 'birds-bees', name: 'Birds &amp; Bees', link: 'https://ex.org/category/birds-bees/' }, { id: 6, taxonomy: 'post_tag', slug: 'amp', name: 'The &amp;amp; entity', link: null }]] } };
    expect(siteTermsOf(post).map((t) => t.name)).toEqual(['Birds & Bees', 'The &amp; entity']);
  });
});
