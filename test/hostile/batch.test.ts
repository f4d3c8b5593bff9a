import { UnpressError, parsePost, parsePosts, safeParsePost, type BlockHandler } from '../../src';

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

describe('a hostile object is one failure', () => {
  const boom = () => {
    throw new Error('trap');
  };
  // Every trap throws: reading any field, listing keys or testing `in` fails.
  const throwingProxy = () => new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
  const revoked = () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  };
  const throwingGetter = (id: number) => Object.defineProperty({ ...good(id) }, 'content', { enumerable: true, get: boom });
  const hostileField = (id: number) => ({ ...good(id), title: throwingProxy() });

  it.each([
    ['a Proxy whose traps throw', throwingProxy],
    ['a revoked Proxy', revoked],
    ['a getter that throws', () => throwingGetter(5)],
    ['a field that is a throwing Proxy', () => hostileField(6)],
  ])('%s in a batch fails alone, as an UnpressError with its index', (_name, make) => {
    const { articles, failures } = parsePosts([good(1), make(), good(2), [good(3), make()]]);
    expect(articles.map((a) => a.id)).toEqual([1, 2, 3]);
    expect(failures.map((f) => [f.index, f.error.code, f.error.issues[0]!.path])).toEqual([
      [1, 'invalid_post', [1]],
      [4, 'invalid_post', [4]],
    ]);
    for (const f of failures) expect(f.error).toBeInstanceOf(UnpressError);
  });

  it('parsePost and safeParsePost report it as an UnpressError', () => {
    for (const make of [throwingProxy, revoked, () => throwingGetter(5)]) {
      expect(() => parsePost(make())).toThrow(UnpressError);
      const r = safeParsePost(make());
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.code).toBe('invalid_post');
    }
  });

  it('a list that cannot be read at all is a whole-input UnpressError', () => {
    expect(() => parsePosts(throwingProxy())).toThrow(UnpressError);
    expect(() => parsePosts({ get posts() { return boom(); } })).toThrow(UnpressError);
  });
});
