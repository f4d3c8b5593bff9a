import { buildLinkIndex } from '../../../src/migrate/links/build-link-index';
import type { SiteEntry } from '../../../src/migrate/schema';
import { fc } from '../../property/config';

// Slugs as WordPress stores them (percent-encoded non-Latin, lower-case hex) and as people read them.
const slugs = [['hello-world', 'hello-world'], ['%e6%97%a5%e6%9c%ac%e8%aa%9e', '日本語'], ['caf%c3%a9-cr%c3%a8me', 'café-crème'], ['%d0%bf%d1%80%d0%b8%d0%b2%d0%b5%d1%82', 'привет']] as const;
const entries: SiteEntry[] = slugs.map(([stored], i) => ({ id: i + 1, type: 'post', slug: stored, status: 'publish', link: `https://example.org/2024/05/0${i + 1}/${stored}/`, guid: `https://example.org/?p=${i + 1}`, parent: null, date: null, title: stored }));
const index = buildLinkIndex({ site: 'https://example.org', entries, planned: entries.map((e) => ({ id: e.id, url: `/posts/${e.id}/`, oldUrls: [] })) });

// One way of writing each part of a link to the same item.
const spelling = fc.record({
  item: fc.nat({ max: slugs.length - 1 }),
  scheme: fc.constantFrom('https://', 'http://', '//', ''),
  www: fc.boolean(),
  upperHost: fc.boolean(),
  indexPhp: fc.boolean(),
  slugForm: fc.constantFrom('stored', 'upper-hex', 'decoded', 'nfd', 'upper-case'),
  slash: fc.boolean(),
  suffix: fc.constantFrom('', 'amp/', 'feed/', '2/', 'comment-page-3/'),
  noise: fc.constantFrom('', '?replytocom=5', '?utm_source=x&utm_medium=y'),
  fragment: fc.constantFrom('', '#comments', '#%E6%97%A5'),
});

describe('LinkIndex (property)', () => {
  it('every spelling of a link to an item resolves to its new path, the fragment kept', () => {
    fc.assert(
      fc.property(spelling, (s) => {
        const [stored, decoded] = slugs[s.item]!;
        const slug = { stored, 'upper-hex': stored.toUpperCase().replace(/[A-Z-]+(?=%|$)/g, (m) => m.toLowerCase()), decoded, nfd: decoded.normalize('NFD'), 'upper-case': decoded.toUpperCase() }[s.slugForm];
        const host = `${s.www ? 'www.' : ''}${s.upperHost ? 'EXAMPLE.ORG' : 'example.org'}`;
        const path = `${s.indexPhp ? '/index.php' : ''}/2024/05/0${s.item + 1}/${slug}${s.slash || s.suffix ? '/' : ''}${s.suffix}`;
        const href = `${s.scheme === '' ? '' : `${s.scheme}${host}`}${path}${s.noise}${s.fragment}`;
        expect(index.resolve(href, 'https://example.org/2024/01/01/other/')).toEqual({ kind: 'internal', url: `/posts/${s.item + 1}/${s.fragment}` });
      }),
    );
  });
});
