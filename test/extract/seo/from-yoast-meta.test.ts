import { fromYoastMeta } from '../../../src/extract/seo/from-yoast-meta';
import { rawFixture } from '../helpers';

describe('fromYoastMeta (legacy yoast_meta)', () => {
  it('reads the { title } shape of frontity post 60', () => {
    expect(fromYoastMeta(rawFixture('frontity-post-60').yoast_meta)?.title).toBe('The Beauties of Gullfoss - Demo Worona');
  });

  it('reads yoast-to-rest-api keys, robots flags included', () => {
    const seo = fromYoastMeta({
      yoast_wpseo_title: 'Testy Test | My site',
      yoast_wpseo_metadesc: 'My description',
      yoast_wpseo_canonical: 'http://my-site.test/testy-test',
      'yoast_wpseo_meta-robots-noindex': '1',
      'yoast_wpseo_opengraph-image': 'http://my-site.test/a.jpg',
    });
    expect(seo?.title).toBe('Testy Test | My site');
    expect(seo?.description).toBe('My description');
    expect(seo?.canonical).toBe('http://my-site.test/testy-test');
    expect(seo?.robots?.index).toBe(false);
    expect(seo?.openGraph?.images).toEqual([{ url: 'http://my-site.test/a.jpg', width: null, height: null, type: null, alt: null }]);
  });

  it('reads the list-of-tags shape and ignores junk', () => {
    const seo = fromYoastMeta([{ name: 'description', content: 'D' }, { property: 'og:title', content: 'T' }, 5, { name: 'x' }]);
    expect(seo?.description).toBe('D');
    expect(seo?.openGraph?.title).toBe('T');
    expect(fromYoastMeta(null)).toBeNull();
    expect(fromYoastMeta([])).toBeNull();
  });
});
