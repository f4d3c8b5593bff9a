import { extractSeo } from '../../../src/extract/seo/extract-seo';
import { context, post } from '../helpers';

// A written case: AIOSEO's documented `aioseo_head_json` shape (colon keys, `canonical_url`,
// robots as a string, `og:image` one URL, numbers for sizes), no public fixture exists.
const aioseo = {
  title: 'Cafés de Lisboa &#8211; Guia',
  description: 'Os melhores cafés.',
  canonical_url: 'https://cafe.example/lisboa/',
  robots: 'noindex, nofollow, max-image-preview:large',
  keywords: '',
  webmasterTools: { miscellaneous: '' },
  'og:locale': 'pt_PT',
  'og:site_name': 'Café &amp; Co',
  'og:type': 'article',
  'og:title': 'Cafés de Lisboa',
  'og:description': 'Os melhores cafés.',
  'og:url': 'https://cafe.example/lisboa/',
  'og:image': 'https://cafe.example/wp-content/uploads/lisboa.jpg',
  'og:image:secure_url': 'https://cafe.example/wp-content/uploads/lisboa.jpg',
  'og:image:width': 1200,
  'og:image:height': 675,
  'article:published_time': '2024-02-10T10:00:00+00:00',
  'article:modified_time': '2024-02-11T10:00:00+00:00',
  'article:publisher': 'https://facebook.com/cafeco',
  'twitter:card': 'summary_large_image',
  'twitter:site': '@cafeco',
  'twitter:title': 'Cafés de Lisboa',
  'twitter:creator': '@ana',
  'twitter:image': 'https://cafe.example/wp-content/uploads/lisboa.jpg',
  'twitter:label1': 'Escrito por',
  'twitter:data1': 'Ana Sousa',
  schema: {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'BreadcrumbList',
        '@id': 'https://cafe.example/lisboa/#breadcrumblist',
        itemListElement: [
          { '@type': 'ListItem', '@id': 'https://cafe.example/lisboa/#listItem', position: 2, name: 'Cafés de Lisboa' },
          { '@type': 'ListItem', '@id': 'https://cafe.example/#listItem', position: 1, name: 'Home', item: 'https://cafe.example/' },
        ],
      },
      {
        '@type': 'Organization',
        '@id': 'https://cafe.example/#organization',
        name: 'Café &amp; Co',
        url: 'https://cafe.example/',
        logo: { '@type': 'ImageObject', url: 'https://cafe.example/logo.png' },
        sameAs: ['https://facebook.com/cafeco', 'javascript:alert(1)'],
      },
      { '@type': 'WebPage', '@id': 'https://cafe.example/lisboa/#webpage', inLanguage: 'pt-PT', breadcrumb: { '@id': 'https://cafe.example/lisboa/#breadcrumblist' } },
    ],
  },
};

const seoOf = (value: unknown) => {
  const p = post({ id: 7, title: { rendered: 'Lisboa' }, link: 'https://cafe.example/?p=7', aioseo_head_json: value });
  const ctx = context(p);
  return { seo: extractSeo(p, ctx), ctx };
};

describe('AIOSEO aioseo_head_json', () => {
  const { seo, ctx } = seoOf(aioseo);

  it('reads colon keys, canonical_url and the robots string', () => {
    expect(seo.source).toBe('aioseo_head_json');
    expect(seo.title).toBe('Cafés de Lisboa – Guia');
    expect(seo.canonical).toBe('https://cafe.example/lisboa/');
    expect(seo.sources.canonical).toBe('aioseo_head_json');
    expect(seo.robots).toEqual({ index: false, follow: false, maxSnippet: null, maxImagePreview: 'large', maxVideoPreview: null });
    // The graph's `javascript:` sameAs is dropped from the raw graph too, and said so.
    expect(ctx.warnings).toEqual([{ code: 'unsafe_url', message: 'Dropped an unsafe URL from the JSON-LD', path: 'aioseo_head_json.schema[1].sameAs[1]' }]);
  });

  it('reads og:image as one URL with its numeric sizes', () => {
    expect(seo.openGraph.images).toEqual([{ url: 'https://cafe.example/wp-content/uploads/lisboa.jpg', width: 1200, height: 675, type: null, alt: null }]);
    expect(seo.openGraph.siteName).toBe('Café & Co');
    expect(seo.openGraph.publisher).toBe('https://facebook.com/cafeco');
    expect(seo.twitter).toEqual({
      card: 'summary_large_image',
      site: '@cafeco',
      creator: '@ana',
      title: 'Cafés de Lisboa',
      description: null,
      image: 'https://cafe.example/wp-content/uploads/lisboa.jpg',
      labels: [{ label: 'Escrito por', value: 'Ana Sousa' }],
    });
  });

  it('reads its schema: breadcrumbs by position, organization with safe sameAs only', () => {
    expect(seo.breadcrumbs).toEqual([
      { name: 'Home', url: 'https://cafe.example/' },
      { name: 'Cafés de Lisboa', url: null },
    ]);
    expect(seo.organization).toEqual({ name: 'Café & Co', url: 'https://cafe.example/', logo: 'https://cafe.example/logo.png', sameAs: ['https://facebook.com/cafeco'] });
  });

  it('accepts the JSON-string variant with the same result', () => {
    expect(seoOf(JSON.stringify(aioseo)).seo).toEqual(seo);
  });

  it('treats "", [] and a broken string as nothing', () => {
    expect(seoOf('').seo.source).toBeNull();
    expect(seoOf([]).seo.source).toBeNull();
    const broken = seoOf('{"title": ');
    expect(broken.seo.title).toBe('Lisboa');
    expect(broken.ctx.warnings.map((w) => w.code)).toEqual(['invalid_seo_json']);
  });

  it('reads aioseo_head HTML when the JSON is off', () => {
    const p = post({
      id: 7,
      aioseo_head: '\n\t\t<!-- All in One SEO 4.6.2 - aioseo.com -->\n\t\t<title>Cafés de Lisboa</title>\n\t\t<meta property="og:image" content="https://cafe.example/wp-content/uploads/lisboa.jpg" />\n\t\t<meta name="robots" content="max-image-preview:large" />',
    });
    const seo = extractSeo(p, context(p));
    expect(seo.source).toBe('aioseo_head');
    expect(seo.title).toBe('Cafés de Lisboa');
    expect(seo.openGraph.images[0]?.url).toBe('https://cafe.example/wp-content/uploads/lisboa.jpg');
    expect(seo.robots).toEqual({ index: true, follow: true, maxSnippet: null, maxImagePreview: 'large', maxVideoPreview: null });
  });
});
