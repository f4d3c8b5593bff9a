import { UnpressError, parsePosts, safeParsePost, type BlockHandler } from '../../src';

const good = (id: number) => ({ id, slug: `post-${id}`, title: { rendered: `Post ${id}` }, content: { rendered: `<p>Body of ${id}</p>` } });

// A user handler with a bug: it throws on one post's markup. A bug must cost that post only.
const buggy: BlockHandler = (el) => {
  if (el.attribs['data-boom'] !== undefined) throw new RangeError('handler bug');
  return undefined;
};

describe('nothing lost in a batch', () => {
  it('1,000 posts of which 10 are broken → 990 articles and 10 failures with index, id and error', () => {
    const broken: Record<number, [unknown, string, number | null]> = {
      7: [{ id: 'seven' }, 'invalid_post', null],
      99: [null, 'invalid_post', null],
      150: ['{"id": 150}', 'invalid_post', null],
      333: [{ code: 'rest_forbidden', message: 'Sorry', data: { status: 401 } }, 'rest_error', null],
      400: [{ id: 400, title: { rendered: 12 } }, 'invalid_post', 400],
      512: [true, 'invalid_post', null],
      640: [{ ...good(640), content: { rendered: '<div data-boom>x</div>' } }, 'invalid_post', 640],
      777: [{ id: 777.5 }, 'invalid_post', null],
      888: [42, 'invalid_post', null],
      999: [{ id: 999, categories: 'news' }, 'invalid_post', 999],
    };
    const input = Array.from({ length: 1000 }, (_, i) => (i in broken ? broken[i]![0] : good(i)));
    const { articles, failures } = parsePosts(JSON.stringify(input), { blockHandlers: { div: buggy } });
    expect(articles.length).toBe(990);
    expect(failures.map((f) => [f.index, f.error.code, f.id])).toEqual(Object.entries(broken).map(([i, [, code, id]]) => [Number(i), code, id]));
    for (const f of failures) expect(f.error).toBeInstanceOf(UnpressError);
    expect(failures.find((f) => f.index === 640)!.error.message).toBe('Could not convert the post: handler bug');
    expect(failures.find((f) => f.index === 400)!.error.issues[0]!.path).toEqual([400, 'title', 'rendered']);
    expect(articles.map((a) => a.id)).toEqual(input.map((_, i) => i).filter((i) => !(i in broken)));
  });

  it('safeParsePost turns a bug inside conversion into an UnpressError too', () => {
    const r = safeParsePost({ ...good(1), content: { rendered: '<div data-boom>x</div>' } }, { blockHandlers: { div: buggy } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe('invalid_post');
  });

  it('reads the wrappers real dumps use and flattens merged pages', () => {
    expect(parsePosts({ posts: [good(1), good(2)] }).articles.length).toBe(2);
    const pages = parsePosts([[good(1), good(2)], [good(3), { id: 'x' }]]);
    expect([pages.articles.length, pages.failures.map((f) => f.index)]).toEqual([3, [3]]);
  });

  it('a whole-input problem throws instead of inventing counts', () => {
    expect(() => parsePosts('[{"id": 1}, {"id"')).toThrow(UnpressError);
    expect(() => parsePosts('"just a string"')).toThrow(/Expected a list of posts/);
  });
});
