import fc from 'fast-check';
import { splitJsonArray, splitJsonBytes } from '../../src/parse/split-json-array';

describe('splitJsonArray', () => {
  it('cuts an array of objects into their texts, as written', () => {
    expect(splitJsonArray('[{"id":1},{"id":2}]', 100)).toEqual(['{"id":1}', '{"id":2}']);
    expect(splitJsonArray('\ufeff \n[ {"id":1} ,\r\n\t{ "a": [1, {"b": 2}] } ]\n', 100)).toEqual(['{"id":1}', '{ "a": [1, {"b": 2}] }']);
    expect(splitJsonArray('[]', 100)).toEqual([]);
    expect(splitJsonArray(' [ ] ', 100)).toEqual([]);
  });

  it('is not fooled by brackets, quotes and backslashes inside strings', () => {
    const posts = [{ t: '}]{["' }, { t: 'a\\' }, { t: '\\"}' }, { t: '\\\\' }, { t: '\u2028\u00e9' }];
    const text = JSON.stringify(posts);
    expect(splitJsonArray(text, 100)!.map((s) => JSON.parse(s))).toEqual(posts);
  });

  it.each([
    ['an object', '{"id":1}'],
    ['an array of arrays (page dumps are flattened by the ordinary path)', '[[{"id":1}]]'],
    ['an array holding a number', '[{"id":1},2]'],
    ['a missing comma', '[{"id":1}{"id":2}]'],
    ['a trailing comma', '[{"id":1},]'],
    ['text after the array', '[{"id":1}] x'],
    ['a cut-off object', '[{"id":"1}]'],
    ['a cut-off array', '[{"id":1}'],
    ['an empty text', ''],
    ['non-JSON whitespace', '\u00a0[{"id":1}]'],
  ])('gives null for %s', (_what, text) => {
    expect(splitJsonArray(text, 100)).toBeNull();
  });

  it('gives null when an object nests maxDepth levels or more (the ordinary path cuts those)', () => {
    const deep = (n: number) => '{"a":'.repeat(n - 1) + '{}' + '}'.repeat(n - 1);
    expect(splitJsonArray(`[${deep(4)}]`, 5)).toEqual([deep(4)]);
    expect(splitJsonArray(`[${deep(5)}]`, 5)).toBeNull();
  });

  it('gives back objects that parse to the array’s elements (property)', () => {
    const space = fc.constantFrom('', ' ', '\n', '\t', '\r\n  ');
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 }), space, (objects, ws) => {
        const text = `${ws}[${ws}${objects.map((o) => JSON.stringify(o, null, ws ? 1 : 0)).join(`${ws},${ws}`)}${ws}]${ws}`;
        expect(splitJsonArray(text, 100)!.map((s) => JSON.parse(s))).toEqual(JSON.parse(text));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('cuts bytes the same way, as bytes: BOM skipped, UTF-16 and deep nesting left to the ordinary path', () => {
    const bytes = (t: string) => splitJsonBytes(Buffer.from(t), 5)?.map((b) => Buffer.from(b).toString('utf8')) ?? null;
    const deep = (n: number) => '{"a":'.repeat(n - 1) + '{}' + '}'.repeat(n - 1);
    for (const text of ['[{"id":1},{"id":2}]', '\ufeff \n[ {"id":1} ,\r\n\t{ "a": [1, {"b": 2}] } ]\n', '[]', '[[{"id":1}]]', '[{"id":1},2]', '[{"id":1},]', '', `[${deep(4)}]`, `[${deep(5)}]`]) {
      expect(bytes(text)).toEqual(splitJsonArray(text, 5));
    }
    expect(splitJsonBytes(Buffer.from('\ufeff[{"id":1}]', 'utf16le'), 5)).toBeNull();
  });
});
