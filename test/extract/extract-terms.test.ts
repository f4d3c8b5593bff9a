import { extractTerms } from '../../src/extract/extract-terms';
import { extractSeo } from '../../src/extract/seo/extract-seo';
import { context, post, rawFixture } from './helpers';

const termsOf = (raw: Record<string, unknown> | string) => {
  const p = post(raw);
  const ctx = context(p);
  return { terms: extractTerms(p, extractSeo(p, ctx), ctx), warnings: ctx.warnings };
};

describe('extractTerms', () => {
  it('names an id-only category from class_list and Yoast articleSection (seed)', () => {
    expect(termsOf('seed-aliantis-post').terms).toEqual({ categories: [{ id: 55, name: 'Wellbeing', slug: 'wellbeing' }], tags: [], terms: {} });
  });

  it('maps embedded groups through _links taxonomies, custom ones into terms (frontity)', () => {
    const { terms } = termsOf('frontity-post-60');
    expect(terms.categories).toEqual([
      { id: 3, name: 'Photography', slug: 'photography' },
      { id: 8, name: 'Travel', slug: 'travel' },
    ]);
    expect(terms.tags?.map((t) => t.name)).toEqual(['Gullfoss', 'Iceland', 'Nature', 'Waterfall']);
    // A term whose id is not a number ("post") keeps its name and slug.
    expect(terms.terms).toEqual({ latest: [{ id: null, name: 'Demo Worona', slug: 'post' }] });
  });

  it('reads custom taxonomies of a custom post type, entities decoded (consilegy)', () => {
    const { terms } = termsOf('consilegy-case-study-28692');
    expect(terms.categories).toBeNull();
    expect(terms.tags).toBeNull();
    expect(Object.keys(terms.terms)).toEqual(['case_studies_category', 'case_studies_tag']);
    expect(terms.terms.case_studies_category?.[0]).toEqual({ id: 206, name: 'Adoption & Growth Support', slug: 'adoption-growth-support' });
    expect(terms.terms.case_studies_tag?.map((t) => t.id)).toEqual([231, 271, 247, 220]);
  });

  it('keeps an empty embedded group as [] and co-authors as a taxonomy', () => {
    const { terms } = termsOf('ghost-coauthors-post');
    expect(terms.categories).toEqual([{ id: 1, name: 'Uncategorized', slug: 'uncategorized' }]);
    expect(terms.tags).toEqual([]);
    expect(terms.terms.author?.map((t) => t.name)).toEqual(['Alice Smith', 'Bob Jones']);
  });

  it('decodes names (ghost jetpack "Bar &amp; Baz")', () => {
    expect(termsOf('ghost-jetpack-post').terms.tags?.[1]).toEqual({ id: 1200, name: 'Bar & Baz', slug: 'bar-baz' });
  });

  it('never maps by position: the link order decides, not "0 = categories"', () => {
    const raw = {
      id: 1,
      categories: [3],
      tags: [9],
      _links: { 'wp:term': [{ taxonomy: 'post_tag', href: 'https://x.test/wp-json/wp/v2/tags?post=1' }, { taxonomy: 'category', href: 'https://x.test/wp-json/wp/v2/categories?post=1' }] },
      _embedded: { 'wp:term': [[{ id: 9, name: 'Tag', slug: 'tag' }], [{ id: 3, name: 'Cat', slug: 'cat' }]] },
    };
    expect(termsOf(raw).terms).toEqual({ categories: [{ id: 3, name: 'Cat', slug: 'cat' }], tags: [{ id: 9, name: 'Tag', slug: 'tag' }], terms: {} });
  });

  it("falls back to each term's own taxonomy without _links (WordPress.com mapping)", () => {
    expect(termsOf('djwprest-wpcom-post').terms).toEqual({
      categories: [{ id: 4, name: 'News', slug: 'news' }],
      tags: [{ id: 3, name: 'Testing', slug: 'testing' }],
      terms: {},
    });
  });

  it('takes a slug from class_list only when unambiguous; numeric class suffixes are ids', () => {
    expect(termsOf('wpcore-qunit-post').terms.categories).toEqual([{ id: 1, name: null, slug: 'uncategorized' }]);
    const two = { id: 1, categories: [4, 7], class_list: ['category-news', 'category-sport'] };
    expect(termsOf(two).terms.categories).toEqual([{ id: 4, name: null, slug: null }, { id: 7, name: null, slug: null }]);
    const japanese = { id: 1, categories: [188, 12], class_list: ['category-188', 'category-tips'] };
    expect(termsOf(japanese).terms.categories).toEqual([{ id: 188, name: null, slug: null }, { id: 12, name: null, slug: 'tips' }]);
  });

  it('warns about an embedded error group and keeps the ids', () => {
    const raw = {
      id: 1,
      tags: [5],
      _links: { 'wp:term': [{ taxonomy: 'post_tag', href: 'https://x.test/wp-json/wp/v2/tags?post=1' }] },
      _embedded: { 'wp:term': [{ code: 'rest_forbidden', message: 'No.', data: { status: 401 } }] },
    };
    const { terms, warnings } = termsOf(raw);
    expect(terms.tags).toEqual([{ id: 5, name: null, slug: null }]);
    expect(warnings.map((w) => w.code)).toEqual(['terms_unavailable']);
  });

  it('reads ids from the field a link href names, and keeps empty taxonomies', () => {
    expect(termsOf('aybaudienst-page-434').terms).toEqual({ categories: null, tags: null, terms: { difl_page_category: [] } });
    const raw = { id: 1, genre_ids: [12], _links: { 'wp:term': [{ taxonomy: 'genre', href: 'https://x.test/index.php?rest_route=%2Fwp%2Fv2%2Fgenre_ids&post=1' }] } };
    expect(termsOf(raw).terms.terms).toEqual({ genre: [{ id: 12, name: null, slug: null }] });
  });

  it('is null for categories and tags when the input says nothing (a page)', () => {
    expect(termsOf('gemmeeting-page-181').terms).toEqual({ categories: null, tags: null, terms: {} });
  });
});
