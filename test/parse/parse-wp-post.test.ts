import { parseWpPost } from '../../src/parse/parse-wp-post';
import { UnpressError } from '../../src/errors';

import { unpressErrorOf as error } from '../support/unpress-error-of';

describe('parseWpPost', () => {
  it('accepts a minimal post and keeps unknown fields (plugins add them)', () => {
    const post = parseWpPost({ id: 7, acf: { x: 1 }, meta: [] });
    expect(post.id).toBe(7);
    expect((post as Record<string, unknown>).acf).toEqual({ x: 1 });
  });

  it('reports wrong types with their paths', () => {
    const err = error(() => parseWpPost({ id: '7', title: { rendered: 5 } }));
    expect(err.code).toBe('invalid_post');
    expect(err.issues.map((i) => i.path)).toEqual([['id'], ['title', 'rendered']]);
    expect(err.message).toMatch(/^Invalid post at id: .* \(and 1 more\)$/);
  });

  it('checks only the `_links` relation it reads (wp:term); an odd relation of a plugin passes through', () => {
    const links = { self: { href: 'https://x.test/wp-json/wp/v2/posts/7' }, 'acme:thing': 'x', 'wp:term': [{ taxonomy: 'category', href: 'https://x.test/c' }] };
    expect(parseWpPost({ id: 7, _links: links })._links).toEqual(links);
    expect(error(() => parseWpPost({ id: 7, _links: { 'wp:term': 'category' } })).issues.map((i) => i.path)).toEqual([['_links', 'wp:term']]);
  });

  it('turns a WordPress REST error body into rest_error with its code, message and status', () => {
    const err = error(() => parseWpPost({ code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.', data: { status: 401 } }));
    expect(err.code).toBe('rest_error');
    expect(err.restCode).toBe('rest_forbidden');
    expect(err.status).toBe(401);
    expect(err.message).toBe('WordPress returned an error instead of a post: rest_forbidden (HTTP 401): Sorry, you are not allowed to do that.');
  });

  it('turns a WordPress.com error into rest_error', () => {
    const err = error(() => parseWpPost({ error: 'invalid_token', message: 'The OAuth2 token is invalid.' }));
    expect(err.code).toBe('rest_error');
    expect(err.message).toContain('invalid_token');
  });

  it('says an array needs parsePosts', () => {
    expect(error(() => parseWpPost([])).message).toBe('Invalid post: expected an object, got an array (a list of posts where one post was expected)');
  });

  it('maps WordPress.com v1.1 posts onto the v2 shape', () => {
    const post = parseWpPost({
      ID: 1,
      title: 'A &amp; B',
      content: '<p>x</p>',
      URL: 'http://test.local/a/',
      date: '2015-08-07T13:30:15-04:00',
      author: { ID: 6, name: 'testauthor', nice_name: 'testauthor' },
      categories: { News: { ID: 4, name: 'News', slug: 'news' } },
    });
    expect(post.id).toBe(1);
    expect(post.title?.rendered).toBe('A &amp; B');
    expect(post.link).toBe('http://test.local/a/');
    expect(post.date).toBe('2015-08-07T13:30:15');
    expect(post.date_gmt).toBe('2015-08-07T17:30:15');
    expect(post.categories).toEqual([4]);
    expect(post.author).toBe(6);
  });
});
