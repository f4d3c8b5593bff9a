import { ArticleSchema, UnpressError, parsePost, parsePosts, safeParsePost } from '../../src';
import { jsonErrorOffset } from '../../src/parse/json-error-offset';
import { tagSoup } from './arbitraries';
import { fc, timeout } from './config';

/** parsePost's whole contract for any input: an Article, or an UnpressError, and nothing else. */
function articleOrUnpressError(input: unknown): void {
  let article;
  try {
    article = parsePost(input);
  } catch (e) {
    if (!(e instanceof UnpressError)) throw e;
    expect(e.message.length).toBeLessThan(600);
    return;
  }
  expect(() => ArticleSchema.parse(article)).not.toThrow();
  // Worker threads send articles back as JSON text (convertOutcomes): it must lose nothing.
  expect(JSON.parse(JSON.stringify(article))).toStrictEqual(article);
}

const field = fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.constant(null), fc.constant([]), fc.constant({ rendered: '<p>x</p>' }));
const postLike = fc
  .record({
    id: fc.oneof({ weight: 5, arbitrary: fc.nat() }, fc.jsonValue()),
    title: fc.oneof(fc.record({ rendered: fc.string() }), field),
    content: fc.oneof(fc.record({ rendered: fc.string(), protected: fc.boolean() }), field),
    excerpt: field, date: fc.oneof(fc.constant('2024-02-30T25:61:00'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19)), field),
    date_gmt: field, slug: field, link: field, meta: field, categories: field, tags: field, author: field, featured_media: field,
    yoast_head_json: field, yoast_head: field, _embedded: fc.oneof(fc.record({ author: fc.array(fc.jsonValue()), 'wp:featuredmedia': fc.array(fc.jsonValue()), 'wp:term': fc.array(fc.jsonValue()) }), field),
    class_list: field, template: field, __proto__: fc.jsonValue(),
  }, { requiredKeys: ['id'] });

describe('parsePost on arbitrary input returns an Article or throws UnpressError', () => {
  it('any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      articleOrUnpressError(v);
      articleOrUnpressError(JSON.stringify(v));
    }));
  }, timeout);

  it('post-like objects with mutated fields, as objects, JSON text and Buffers', () => {
    fc.assert(fc.property(postLike, (p) => {
      articleOrUnpressError(p);
      articleOrUnpressError(Buffer.from(JSON.stringify(p)));
      const r = safeParsePost(p);
      if (!r.success) expect(r.error).toBeInstanceOf(UnpressError);
    }));
  }, timeout);

  it('truncated JSON text is invalid_json at the offset the scanner names', () => {
    fc.assert(fc.property(postLike, fc.double({ min: 0, max: 1, noNaN: true }), (p, cut) => {
      const text = JSON.stringify(p);
      const short = text.slice(0, Math.floor(text.length * cut));
      let valid = true;
      try {
        JSON.parse(short);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(short) === -1).toBe(valid);
      if (!valid) {
        try {
          parsePost(short);
        } catch (e) {
          expect((e as UnpressError).code).toBe('invalid_json');
          expect((e as UnpressError).message).toContain(`(offset ${jsonErrorOffset(short)})`);
        }
      }
    }));
  }, timeout);

  it('the scanner agrees with JSON.parse on arbitrary strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)).chain((s) => fc.nat(s.length).map((i) => s.slice(0, i) + s.slice(i + 1)))), (s) => {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(jsonErrorOffset(s) === -1).toBe(valid);
    }));
  }, timeout);

  it('a batch always accounts for every post', () => {
    fc.assert(fc.property(fc.array(fc.oneof(postLike, fc.jsonValue().filter((v) => !Array.isArray(v))), { maxLength: 12 }), (items) => {
      const { articles, failures } = parsePosts(items);
      expect(articles.length + failures.length).toBe(items.length);
      expect(failures.map((f) => f.index)).toEqual([...new Set(failures.map((f) => f.index))].sort((a, b) => a - b));
      for (const f of failures) expect(f.error).toBeInstanceOf(UnpressError);
    }));
  }, timeout);

  it('a batch, converted in turns, gives each post what it gets alone (article, warnings or failure)', () => {
    const soupPost = fc.record({ id: fc.nat(), title: fc.record({ rendered: tagSoup }), content: fc.record({ rendered: tagSoup }) });
    // Not strings: alone, a string is a post's JSON text; in a list of values it is a string.
    const item = fc.oneof(soupPost, postLike, fc.jsonValue().filter((v) => !Array.isArray(v) && typeof v !== 'string'));
    fc.assert(fc.property(fc.array(item, { maxLength: 20 }), (items) => {
      const { articles, failures } = parsePosts(items);
      const byIndex = new Map(failures.map((f) => [f.index, f]));
      let next = 0;
      items.forEach((it, i) => {
        const alone = safeParsePost(it);
        const failure = byIndex.get(i);
        if (alone.success) {
          expect(failure).toBeUndefined();
          expect(articles[next++]).toEqual(alone.data);
        } else {
          expect(failure?.error.code).toBe(alone.error.code);
          // In a batch, issue paths start with the post's index.
          expect(failure?.error.issues.map((x) => x.path.slice(1))).toEqual(alone.error.issues.map((x) => x.path));
        }
      });
      expect(next).toBe(articles.length);
    }));
  }, timeout);

  it('never pollutes Object.prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
