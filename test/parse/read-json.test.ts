import { readJson } from '../../src/parse/read-json';
import { UnpressError } from '../../src/errors';

describe('readJson', () => {
  it('passes objects through untouched', () => {
    const post = { id: 1 };
    expect(readJson(post)).toBe(post);
  });

  it('parses JSON text and Buffers, ignoring a UTF-8 BOM', () => {
    expect(readJson('{"id":1}')).toEqual({ id: 1 });
    expect(readJson(Buffer.from('\uFEFF{"id":2}', 'utf8'))).toEqual({ id: 2 });
    expect(readJson(new Uint8Array([0xef, 0xbb, 0xbf, 0x5b, 0x5d]))).toEqual([]);
  });

  it('names the line, column and offset of invalid JSON', () => {
    try {
      readJson('{\n  "id": 1,\n  "title": oops\n}');
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(UnpressError);
      const err = e as UnpressError;
      expect(err.code).toBe('invalid_json');
      expect(err.message).toMatch(/^Invalid JSON at line 3, column 12 \(offset 24\)/);
    }
  });

  it('calls truncated input truncated', () => {
    expect(() => readJson('[{"id": 1}, {"id": 2')).toThrow(/unexpected end of input/);
  });

  it('never echoes a huge input in the message', () => {
    const huge = `{"a": "${'x'.repeat(5_000_000)}" oops}`;
    try {
      readJson(huge);
    } catch (e) {
      expect((e as Error).message.length).toBeLessThan(600);
    }
  });
});
