import fc from 'fast-check';
import { readScheme, schemeOf } from '../../src/text/safe-url';

describe('schemeOf', () => {
  it('reads the usual URLs directly, and every other one as readScheme does', () => {
    expect(schemeOf('https://a.example/')).toBe('https');
    expect(schemeOf('http:x')).toBe('http');
    expect(schemeOf('/a:b')).toBeNull();
    expect(schemeOf('#javascript:alert(1)')).toBeNull();
    expect(schemeOf('https%3A//a')).toBe('https');
    expect(schemeOf('http\tx:1')).toBe('httpx');
    expect(schemeOf('c:\\path')).toBe('c');
    expect(schemeOf('local_host:3000')).toBe('invalid');
    expect(schemeOf('htt&#112;s:x')).toBe('https');
    expect(schemeOf('JavaScript:alert(1)')).toBe('javascript');
  });

  it('agrees with readScheme, the definition, on generated URLs', () => {
    // Prefixes near the direct reads (a letter short, upper case, disguised, spaced), then anything.
    const start = fc.constantFrom('https:', 'http:', 'http', 'https', 'htt', 'h', 'HTTP:', 'http%3A', 'http&#58;', 'ht\ttp:', 'h\u200bttps:', '/', '//', '?', '#', '', 'javascript:', 'data:', ' /');
    const rest = fc.array(fc.constantFrom(...':/?#%3Aa\t &#58;;x'.split(''), '%0a', '%3a', '&colon;', 'ps:', 's:'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(fc.property(start, rest, (a, b) => {
      expect(schemeOf(a + b)).toBe(readScheme(a + b));
    }), { numRuns: 20000, seed: 5 });
  });
});
