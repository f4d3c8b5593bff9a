import { UnpressError, parsePost, parsePosts, safeParsePost } from '../../src';
import { jsonErrorOffset } from '../../src/parse/json-error-offset';
import { sanitizeJson, MAX_JSON_DEPTH } from '../../src/parse/sanitize-json';

import { unpressErrorOf as failure } from '../support/unpress-error-of';

const post = { id: 5, title: { rendered: 'Caf&eacute;' }, content: { rendered: '<p>Hello</p>' } };
const json = JSON.stringify(post);

describe('input forms', () => {
  it('reads an object, JSON text, a Buffer, a UTF-8 BOM and a UTF-16 BOM alike', () => {
    const expected = parsePost(post);
    expect(expected.title).toBe('Café');
    for (const input of [json, `\uFEFF${json}`, Buffer.from(json), Buffer.from(`\uFEFF${json}`), new Uint8Array(Buffer.from(json)), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])]) {
      expect(parsePost(input)).toEqual(expected);
    }
  });

  it.each([
    ['{"id": 5, "title": ', 19, 'unexpected end of input'],
    ['{"id": 5,}', 9, 'unexpected "}"'],
    ['{"id": 5 "slug": "x"}', 9, 'unexpected "\\"slug\\": \\"x\\"}"'],
    ["{'id': 5}", 1, 'unexpected'],
    ['[{"id": 1}, {"id": 2', 20, 'unexpected end of input'],
    ['{"id": 5}\n{"id": 6}', 10, 'unexpected'],
    ['{"a": "\u0001"}', 7, 'unexpected'],
    ['{"a": tru', 9, 'unexpected end of input'],
    ['', 0, 'unexpected end of input'],
  ])('invalid JSON %j → invalid_json at offset %i', (text, offset, what) => {
    const err = failure(() => parsePost(text));
    expect(err.code).toBe('invalid_json');
    expect(err.message).toContain(`(offset ${offset})`);
    expect(err.message).toContain(what);
  });

  it('finds the same error offset whatever the engine says', () => {
    expect(jsonErrorOffset('{"a":[1,2,{"b":null}],"c":"\\u00e9"}')).toBe(-1);
    expect(jsonErrorOffset('{"a":[1,2,]}')).toBe(10);
    expect(jsonErrorOffset('{"a":01}')).toBe(6);
    expect(jsonErrorOffset(`${'['.repeat(100_000)}${']'.repeat(99_999)}`)).toBe(199_999);
  });

  it('never echoes megabytes of input in an error', () => {
    const big = 'x'.repeat(5_000_000);
    const errors = [
      failure(() => parsePost(`{"id": 1, "title": "${big}`)),
      failure(() => parsePost(`${big}`)),
      failure(() => parsePost({ id: big })),
      failure(() => parsePost({ code: 'rest_error', message: big, data: { status: 500 } })),
      failure(() => parsePost({ id: 1, meta: { [big]: 1 }, categories: [big] })),
      failure(() => parsePost({ id: 1, categories: Array.from({ length: 100_000 }, () => 'x') })),
    ];
    for (const e of errors) {
      expect(e.message.length).toBeLessThan(600);
      expect(JSON.stringify(e).length).toBeLessThan(60_000);
    }
    expect(errors[5]!.issues.length).toBe(101);
    expect(errors[5]!.issues[100]!.message).toBe('and 99900 more issues');
  });

  it('names every wrong field with its path', () => {
    const err = failure(() => parsePost({ id: 1.5, title: { rendered: 3 }, categories: [1, 'two'], sticky: 'yes' }));
    expect(err.code).toBe('invalid_post');
    expect(err.issues.map((i) => i.path)).toEqual([['id'], ['title', 'rendered'], ['sticky'], ['categories', 1]]);
  });
});

describe('REST error bodies', () => {
  const restError = { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } };

  it('alone: rest_error with the code and status', () => {
    const err = failure(() => parsePost(JSON.stringify(restError)));
    expect([err.code, err.restCode, err.status]).toEqual(['rest_error', 'rest_post_invalid_id', 404]);
    expect(failure(() => parsePosts(restError)).code).toBe('rest_error');
  });

  it('in an array: that item fails with rest_error, the others convert', () => {
    const { articles, failures } = parsePosts([post, restError, { ...post, id: 6 }]);
    expect(articles.map((a) => a.id)).toEqual([5, 6]);
    expect(failures.map((f) => [f.index, f.id, f.error.code])).toEqual([[1, null, 'rest_error']]);
  });

  it('embedded (an author the site refuses to show): an article, with a warning', () => {
    const a = parsePost({ ...post, author: 3, _embedded: { author: [{ code: 'rest_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } }] } });
    expect(a.author?.name ?? null).toBeNull();
    expect(a.warnings.some((w) => /rest_user_invalid_id|author/.test(`${w.code} ${w.message}`))).toBe(true);
  });
});

describe('prototype pollution', () => {
  const hostile = '{"id": 1, "__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "prototype": {"polluted": 3},'
    + '"meta": {"__proto__": {"polluted": 4}, "constructor": {"prototype": {"polluted": 5}}},'
    + '"yoast_head_json": {"__proto__": {"polluted": 6}, "title": "T", "og_image": [{"__proto__": {"url": "javascript:alert(1)"}}], "schema": {"@graph": [{"@type": "Article", "__proto__": {"polluted": 7}, "constructor": {"prototype": {"polluted": 8}}}]}},'
    + '"_embedded": {"__proto__": {"polluted": 9}, "author": [{"id": 1, "name": "A", "__proto__": {"name": "evil"}}], "wp:term": [[{"__proto__": {"polluted": 10}, "id": 2, "name": "News", "taxonomy": "category"}]]},'
    + '"content": {"rendered": "<p>x</p>", "__proto__": {"rendered": "<script>alert(1)</script>"}}}';

  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keys from JSON text never pollute prototypes nor become prototypes in the output', () => {
    for (const input of [hostile, JSON.parse(hostile), Buffer.from(hostile)]) {
      const a = parsePost(input);
      expect(a.text).toBe('x');
      const stack: unknown[] = [a];
      while (stack.length) {
        const v = stack.pop();
        if (v && typeof v === 'object') {
          const proto = Object.getPrototypeOf(v);
          expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
          expect(Object.prototype.hasOwnProperty.call(v, '__proto__')).toBe(false);
          stack.push(...Object.values(v));
        }
      }
      // Values under `__proto__` keys are gone; `constructor`/`prototype` keys stay plain data.
      expect(JSON.stringify(a)).not.toMatch(/"polluted":(1|4|6|7|9|10)\b|evil|javascript:/);
      expect(parsePosts(`[${hostile}]`).articles.length).toBe(1);
    }
  });

  it('leaves the caller object unchanged', () => {
    const input = JSON.parse(hostile);
    const before = JSON.stringify(input);
    parsePost(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.prototype.hasOwnProperty.call(input, '__proto__')).toBe(true);
  });

  it('sanitizeJson copies only when it must, and cuts absurd nesting', () => {
    const plain = { id: 1, meta: { a: [1, 2] } };
    expect(sanitizeJson(plain)).toBe(plain);
    let deep: unknown = 'core';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cut = sanitizeJson({ id: 1, meta: { deep } }) as { meta: { deep: unknown } };
    let depth = 0;
    for (let v: unknown = cut.meta.deep; Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBeLessThan(MAX_JSON_DEPTH);
    expect(safeParsePost({ id: 1, meta: { deep }, yoast_head_json: { schema: deep } }).success).toBe(true);
  });
});
