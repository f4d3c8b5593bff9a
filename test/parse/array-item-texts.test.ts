import { UnpressError } from '../../src/errors';
import { ArrayItemScanner } from '../../src/parse/array-item-texts';
import { fc } from '../property/config';

// Feeds `text` to a scanner in pieces cut at `cuts` (byte offsets), as a file stream would.
function scan(text: string, cuts: number[] = [], top: 'array' | 'arrays' | 'values' = 'array'): string[] {
  const bytes = Buffer.from(text);
  const scanner = new ArrayItemScanner(top);
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length]) {
    out.push(...scanner.push(bytes.subarray(from, cut)).map((b) => Buffer.from(b).toString('utf8')));
    from = cut;
  }
  out.push(...scanner.end().map((b) => Buffer.from(b).toString('utf8')));
  return out;
}

function error(text: string): UnpressError {
  try {
    scan(text);
  } catch (e) {
    return e as UnpressError;
  }
  throw new Error(`no error for ${text}`);
}

describe('ArrayItemScanner', () => {
  it('cuts the items of an array into their own texts, whitespace around them left out', () => {
    expect(scan('[{"id":1},{"id":2}]')).toEqual(['{"id":1}', '{"id":2}']);
    expect(scan(' \n[ {"id":1} ,\r\n\t{ "a": [1, {"b": 2}] } ]\n')).toEqual(['{"id":1}', '{ "a": [1, {"b": 2}] }']);
    expect(scan('[]')).toEqual([]);
    expect(scan(' [ ] ')).toEqual([]);
  });

  it('cuts scalars, strings and nested arrays too (they fail or are flattened later, not here)', () => {
    expect(scan('[1,-2.5e3 ,true,null, "a,]\\"}" ,[{"id":1}],{}]')).toEqual(['1', '-2.5e3', 'true', 'null', '"a,]\\"}"', '[{"id":1}]', '{}']);
  });

  it('is not fooled by brackets, quotes and backslashes inside strings, wherever the chunks end', () => {
    const text = JSON.stringify([{ a: '}]"\\', b: '\\\\"[{' }, { c: 'Ñandú 🦜 “x”' }]);
    const expected = [JSON.stringify({ a: '}]"\\', b: '\\\\"[{' }), JSON.stringify({ c: 'Ñandú 🦜 “x”' })];
    const bytes = Buffer.byteLength(text);
    for (let cut = 1; cut < bytes; cut++) expect(scan(text, [cut])).toEqual(expected);
    expect(scan(text, Array.from({ length: bytes }, (_, i) => i))).toEqual(expected);
  });

  it('keeps an item that is not valid JSON as one text: it fails alone, where it is parsed', () => {
    expect(scan('[{"id":1},{"id": tru},{"id":3}]')).toEqual(['{"id":1}', '{"id": tru}', '{"id":3}']);
  });

  it("raises invalid_json naming the item and byte when the array's own structure breaks", () => {
    expect(error('[{"id":1},]')).toMatchObject({ code: 'invalid_json', issues: [{ path: [1] }] });
    expect(error('[{"id":1},]').message).toBe("Invalid JSON: expected a value after 1 item, found \"]\" at byte 10");
    expect(error('[{"id":1} {"id":2}]').message).toMatch(/expected ',' or '\]' after 1 item, found "\{" at byte 10/);
    expect(error('[,{"id":1}]').message).toMatch(/expected a value or '\]' after 0 items/);
    expect(error('[{"id":1}] x').message).toMatch(/expected the end of the input after 1 item/);
    expect(error('{"id":1}').message).toMatch(/expected '\['/);
    expect(error('[{"id":1},{"id":').message).toBe('The input ends inside the JSON array, after 1 item (truncated?)');
    expect(error('[{"id":1}').code).toBe('invalid_json');
    expect(error('').code).toBe('invalid_json');
  });

  it('cuts any JSON array, pretty-printed or not, cut into any chunks, into texts that parse to its items', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.constantFrom(undefined, 1, '\t'), fc.array(fc.nat()), (items, indent, cuts) => {
        const text = JSON.stringify(items, null, indent);
        const size = Buffer.byteLength(text);
        const texts = scan(text, cuts.map((c) => c % (size + 1)));
        expect(texts.map((t) => JSON.parse(t))).toEqual(JSON.parse(text));
      }),
    );
  });
});

describe("ArrayItemScanner('arrays')", () => {
  it('reads arrays one after another as one (concatenated pages), and still checks their structure', () => {
    expect(scan('[{"id":1},{"id":2}][{"id":3}]\n[]\n [ {"id":4} ]', [], 'arrays')).toEqual(['{"id":1}', '{"id":2}', '{"id":3}', '{"id":4}']);
    expect(() => scan('[{"id":1}] x', [], 'arrays')).toThrow("Invalid JSON: expected '[' or the end of the input after 1 item, found \"x\" at byte 11");
    expect(() => scan('[{"id":1}][{"id":2}', [], 'arrays')).toThrow('The input ends inside the JSON array, after 2 items (truncated?)');
    // One array only, by default: parsePosts' text is one array.
    expect(() => scan('[{"id":1}][{"id":2}]')).toThrow(/expected the end of the input after 1 item/);
  });
});

describe("ArrayItemScanner('values')", () => {
  const values = (text: string, cuts: number[] = []) => scan(text, cuts, 'values');

  it('cuts JSON values one after another: NDJSON, pretty-printed, back to back, a last scalar', () => {
    expect(values('{"id":1}\n{"id":2}\r\n\n')).toEqual(['{"id":1}', '{"id":2}']);
    expect(values('{\n  "a": [1, {"b": "}{"}]\n}\n\t[{"id":2}]{"id":3}')).toEqual(['{\n  "a": [1, {"b": "}{"}]\n}', '[{"id":2}]', '{"id":3}']);
    expect(values(' 1 "x" null 42')).toEqual(['1', '"x"', 'null', '42']);
    expect(values('')).toEqual([]);
    expect(values('  \n')).toEqual([]);
  });

  it('raises invalid_json for a byte no value can start with, or an input that ends inside a value', () => {
    const error = (text: string) => {
      try {
        values(text);
      } catch (e) {
        return e as UnpressError;
      }
      throw new Error(`no error for ${text}`);
    };
    expect(error('{"id":1}, {"id":2}').message).toBe('Invalid JSON: expected a JSON value after 1 value, found "," at byte 8');
    expect(error('{"id":1}\n{"id":').message).toBe('The input ends inside a JSON value, after 1 value (truncated?)');
    expect(error('{"id":"1').code).toBe('invalid_json');
  });

  it('cuts any JSON values written one after another, cut into any chunks, into texts that parse to them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: fc.jsonValue(), indent: fc.constantFrom(undefined, 2, '\t'), gap: fc.constantFrom(' ', '\n', '\r\n', '\n\n\t') })),
        fc.array(fc.nat()),
        (list, cuts) => {
          const text = list.map(({ value, indent, gap }) => JSON.stringify(value, null, indent) + gap).join('');
          const size = Buffer.byteLength(text);
          expect(values(text, cuts.map((c) => c % (size + 1))).map((t) => JSON.parse(t))).toEqual(list.map(({ value }) => JSON.parse(JSON.stringify(value))));
        },
      ),
    );
  });
});
