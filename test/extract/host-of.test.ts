import fc from 'fast-check';
import { hostOf } from '../../src/extract/extract-links';

// The definition the direct read stands in for: the URL parser's hostname.
const oracle = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
};

describe('hostOf', () => {
  it('reads hosts as the URL parser does', () => {
    expect(hostOf('https://WWW.Example.com/a')).toBe('example.com');
    expect(hostOf('http://0x7f.1/')).toBe('127.0.0.1');
    expect(hostOf('http://a.b.9/')).toBeNull();
    expect(hostOf('http://xn--zz.com/')).toBe(oracle('http://xn--zz.com/'));
    expect(hostOf('http://a.b:99999/')).toBeNull();
    expect(hostOf('https://user@a.b/')).toBe('a.b');
    expect(hostOf('not a url')).toBeNull();
  });

  it('agrees with the URL parser on generated URLs', () => {
    const host = fc.array(fc.constantFrom(...'aZ09.-x_@:%[]é\t \\'.split(''), 'www.', '0x', 'xn--', '..', 'a.b', '7f'), { maxLength: 12 }).map((a) => a.join(''));
    const url = fc
      .tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'http:/', 'http:///', 'ftp://', 'http:\\\\', ' http://'), host, fc.constantFrom('', '/', '/p?q', '?q', '#f', ':80/', ':99999', '\\x'))
      .map(([a, b, c]) => a + b + c);
    fc.assert(fc.property(url, (u) => {
      expect(hostOf(u)).toBe(oracle(u));
    }), { numRuns: 20000, seed: 3 });
  });
});
