import { buildRedirects } from '../../../src/migrate/redirects/build-redirects';
import { encodePath, decodedPath, encodeTarget } from '../../../src/migrate/redirects/encode-path';
import { fc } from '../../property/config';
import { HOSTILE_FROM, hostilePlanned } from './hostile-paths';

describe('buildRedirects', () => {
  it('redirects every old path and /?p=ID to the new path, sorted, one per old path, none to itself', () => {
    const out = buildRedirects([
      { id: 12, url: '/posts/hello/', oldUrls: ['https://example.org/2024/01/02/hello/', '/2024/01/02/hello/', 'http://www.example.org/2024/01/02/hello/#x'] },
      { id: 13, url: '/about/', oldUrls: ['/about/', '/about', '/?page_id=13'] },
      { id: 14, url: '/other/', oldUrls: ['/2024/01/02/hello/'] },
    ]);
    expect(out).toEqual([
      { from: '/2024/01/02/hello/', to: '/posts/hello/', status: 301 },
      { from: '/?p=12', to: '/posts/hello/', status: 301 },
      { from: '/?p=13', to: '/about/', status: 301 },
      { from: '/?p=14', to: '/other/', status: 301 },
      { from: '/?page_id=13', to: '/about/', status: 301 },
    ]);
  });

  it('writes one form of a path whatever encoding, case of hex or normalisation the source used', () => {
    const out = buildRedirects([{ id: 1, url: '/new/', oldUrls: ['/café/', '/cafe\u0301/', '/caf%c3%a9/', '/caf%C3%A9/'] }]);
    expect(out.map((r) => r.from)).toEqual(['/?p=1', '/caf%C3%A9/']);
  });

  it('encodes every hostile path into one safe token (no space, quote, control, $, #, :, *, %{)', () => {
    for (const r of buildRedirects(hostilePlanned)) {
      for (const v of [r.from, r.to.replace(/^https:\/\/new\.example/, '')]) {
        expect(v).toMatch(/^\/[A-Za-z0-9\-._~/%?=&+]*$/);
        expect(v).not.toMatch(/%(?![0-9A-F]{2})/);
      }
    }
    expect(buildRedirects(hostilePlanned).find((r) => r.from.startsWith('/javascript'))).toBeUndefined();
    expect(buildRedirects([{ id: 1, url: 'javascript:alert(1)', oldUrls: [] }])[0]!.to).toBe('/javascript%3Aalert%281%29');
  });

  it('encodePath is idempotent and decodes back to the NFC text', () => {
    for (const p of HOSTILE_FROM) {
      const once = encodePath(p);
      expect(encodePath(once)).toBe(once);
    }
    expect(decodedPath(encodePath('/cafe\u0301 x/'))).toBe('/café x/');
    expect(encodePath('/a%2fb/%zz')).toBe('/a%2Fb/%25zz');
    expect(encodeTarget('https://Neu.example/ü ber/')).toBe('https://neu.example/%C3%BC%20ber/');
  });

  it('property: encodePath is idempotent and safe for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = encodePath(s);
        expect(encodePath(once)).toBe(once);
        expect(once).toMatch(/^\/[A-Za-z0-9\-._~/%?=&+]*$/);
      }),
    );
  });
});
