import { extractFeaturedImage } from '../../src/extract/extract-featured-image';
import { extractSeo } from '../../src/extract/seo/extract-seo';
import { context, post, rawFixture, without } from './helpers';

const imageOf = (raw: Record<string, unknown> | string) => {
  const p = post(raw);
  const ctx = context(p);
  return { image: extractFeaturedImage(p, extractSeo(p, ctx), ctx), warnings: ctx.warnings };
};
const seed = rawFixture('seed-aliantis-post');

describe('extractFeaturedImage', () => {
  const seedImage = {
    id: 3823,
    url: 'https://aliantis.es/wp-content/uploads/2026/03/alianza-terapeutica-aliantis.webp',
    alt: null,
    width: 1600,
    height: 900,
    caption: 'Relación terapéutica basada en la escucha y la confianza entre paciente y profesional de salud',
    variants: [],
  };

  it('uses the JSON-LD primary image with featured_media as id (seed)', () => {
    expect(imageOf(seed).image).toEqual(seedImage);
    expect(imageOf(without(seed, 'yoast_head_json')).image).toEqual(seedImage);
  });

  it('falls back to the first og:image', () => {
    const yoast = seed.yoast_head_json as Record<string, unknown>;
    const raw = { ...without(seed, 'yoast_head'), yoast_head_json: { ...without(yoast, 'schema'), og_image: [{ url: 'https://a.test/x.png', width: '10', height: 20, alt: 'X &amp; Y' }] } };
    expect(imageOf(raw).image).toEqual({ id: 3823, url: 'https://a.test/x.png', alt: 'X & Y', width: 10, height: 20, caption: null, variants: [] });
  });

  it('reads the embedded attachment with variants sorted by width (frontity)', () => {
    const { image } = imageOf('frontity-post-60');
    expect(image).toMatchObject({ id: 62, url: 'https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test.jpg', alt: 'iceland', width: 5000, height: 3025, caption: null });
    expect(image?.variants.map((v) => [v.name, v.width])).toEqual([
      ['thumbnail', 150], ['medium', 300], ['medium_large', 768], ['large', 1024], ['post-thumbnail', 1200], ['full', 5000],
    ]);
    expect(image?.variants[0]).toEqual({ name: 'thumbnail', url: 'https://demo.worona.org/wp-content/uploads/2016/11/Iceland-test-150x150.jpg', width: 150, height: 150, mimeType: 'image/jpeg' });
  });

  it('turns the rendered caption into plain text (ghost jetpack)', () => {
    expect(imageOf('ghost-jetpack-post').image).toMatchObject({ id: 12367, alt: 'Boopity', caption: 'This is Boopity', width: 625, height: 415 });
  });

  it('breaks width ties by name, whatever the key order', () => {
    const sizes = { b: { source_url: 'https://a.test/b.jpg', width: 300 }, a: { source_url: 'https://a.test/a.jpg', width: 300 }, c: { source_url: 'javascript:alert(1)', width: 1 } };
    const raw = { id: 1, featured_media: 2, _embedded: { 'wp:featuredmedia': [{ id: 2, source_url: 'https://a.test/o.jpg', media_details: { sizes } }] } };
    expect(imageOf(raw).image?.variants.map((v) => v.name)).toEqual(['a', 'b']);
  });

  it('is null for featured_media 0, even when Yoast has an og:image (a content image)', () => {
    expect(imageOf('headstartwp-post-57').image).toBeNull();
  });

  it('skips an embedded REST error with a warning and uses the SEO image', () => {
    const raw = { ...seed, _embedded: { 'wp:featuredmedia': [{ code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } }] } };
    const { image, warnings } = imageOf(raw);
    expect(image).toEqual(seedImage);
    expect(warnings.map((w) => w.code)).toEqual(['featured_image_unavailable']);
  });

  it('maps the WordPress.com post thumbnail', () => {
    expect(imageOf('djwprest-wpcom-post').image).toEqual({ id: 2, url: 'https://test.local/testpost.jpg', alt: null, width: 1024, height: 680, caption: null, variants: [] });
  });

  it('is null when nothing is known', () => {
    expect(imageOf('gemmeeting-page-181').image).toBeNull();
    expect(imageOf({ id: 1, featured_media: 5 }).image).toBeNull();
  });
});
