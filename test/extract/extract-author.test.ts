import { extractAuthor } from '../../src/extract/extract-author';
import { extractSeo } from '../../src/extract/seo/extract-seo';
import { context, post, rawFixture, without } from './helpers';

const authorOf = (raw: Record<string, unknown> | string) => {
  const p = post(raw);
  const ctx = context(p);
  const seo = extractSeo(p, ctx);
  return { author: extractAuthor(p, seo, ctx), warnings: ctx.warnings };
};
const seed = rawFixture('seed-aliantis-post');

describe('extractAuthor', () => {
  it('resolves the Yoast Person the Article points to (seed, no embeds)', () => {
    const expected = { id: 1, name: 'AnthonyBB08810', slug: 'anthonybb08810', url: 'https://aliantis.es/en/author/anthonybb08810/' };
    expect(authorOf('seed-aliantis-post').author).toEqual(expected);
    expect(authorOf(without(seed, 'yoast_head_json')).author).toEqual(expected);
  });

  it('follows the WebPage author when there is no Article node (headstartwp post 57, embeds removed)', () => {
    expect(authorOf(without(rawFixture('headstartwp-post-57'), '_embedded')).author).toEqual({
      id: 3,
      name: 'jane',
      slug: 'jane',
      url: 'https://js1.10up.com/author/jane/',
    });
  });

  it('reads an embedded page author (headstartwp page 168)', () => {
    expect(authorOf('headstartwp-page-168').author?.name).toBe('Nicholas Oliveira');
  });

  it('falls back to the author meta, then the localised "Written by" label', () => {
    const yoast = seed.yoast_head_json as Record<string, unknown>;
    const noSchema = { ...without(seed, 'yoast_head'), yoast_head_json: without(yoast, 'schema') };
    expect(authorOf(noSchema).author).toEqual({ id: 1, name: 'AnthonyBB08810', slug: null, url: null });
    const turkish = { id: 2, author: 7, yoast_head_json: { twitter_misc: { 'Yazan:': 'muratusta', 'Tahmini okuma süresi': '4 dakika' } } };
    expect(authorOf(turkish).author).toEqual({ id: 7, name: 'muratusta', slug: null, url: null });
  });

  it('prefers the embedded user', () => {
    expect(authorOf('dsgservisi-post-2617').author).toEqual({ id: 1, name: 'muratusta', slug: 'muratusta', url: 'https://api.dsgservisi.com/author/muratusta/' });
    expect(authorOf('ghost-jetpack-post').author).toEqual({ id: 29, name: 'Guest Writer', slug: 'guest-writer', url: 'https://mysite.com/team/guest-writer' });
    expect(authorOf('djwprest-wpcom-post').author).toEqual({ id: 6, name: 'testauthor', slug: 'testauthor', url: 'http://testauthor' });
  });

  it('keeps the id of an embedded REST error, with a warning', () => {
    const { author, warnings } = authorOf('ipmaustralia-page-1221');
    expect(author).toEqual({ id: 3, name: null, slug: null, url: null });
    expect(warnings).toEqual([
      { code: 'author_unavailable', message: 'The embedded author is a REST error (rest_user_invalid_id); its name is not in the response', path: '_embedded.author[0]' },
    ]);
  });

  it('names an unavailable embedded author from the SEO data when it can', () => {
    const denied = { ...seed, _embedded: { author: [{ code: 'rest_user_cannot_view', message: 'Sorry, you are not allowed to list users.', data: { status: 401 } }] } };
    const { author, warnings } = authorOf(denied);
    expect(author?.name).toBe('AnthonyBB08810');
    expect(warnings.map((w) => w.code)).toEqual(['author_unavailable']);
  });

  it('decodes names once (WordPress stores display names HTML-escaped), and percent-encoded slugs', () => {
    const raw = { id: 1, author: 4, _embedded: { author: [{ id: 4, name: 'Se&#225;n O&#8217;Brien &amp;amp; co', slug: '%d1%88%d0%be%d0%bd' }] } };
    expect(authorOf(raw).author).toMatchObject({ name: 'Seán O’Brien &amp; co', slug: 'шон' });
  });

  it('is null without any author (no field, or author 0)', () => {
    expect(authorOf('ghost-no-author-post').author).toBeNull();
    expect(authorOf('wpcore-qunit-post').author).toBeNull();
  });
});
