import { extractSeo } from '../../../src/extract/seo/extract-seo';
import { fromAioseoBreadcrumbs } from '../../../src/extract/seo/from-aioseo-breadcrumbs';
import { context, post } from '../helpers';

// A written case: no corpus post carries AIOSEO's `aioseo_breadcrumb_json`. Its shape is the one
// AIOSEO's REST API code builds (`getBreadcrumbJson`: `[{ label, link }]` from the frontend
// breadcrumbs, AIOSEO 4.9.8+), with a WordPress-style entity in a title.
const trail = [
  { label: 'Home', link: 'https://cafe.example/' },
  { label: 'Guias &amp; Roteiros', link: 'https://cafe.example/category/guias/' },
  { label: 'Caf&#233;s de Lisboa', link: 'https://cafe.example/lisboa/' },
];

const seoOf = (fields: Record<string, unknown>) => {
  const p = post({ id: 7, title: { rendered: 'Lisboa' }, link: 'https://cafe.example/?p=7', ...fields });
  return extractSeo(p, context(p));
};

describe('AIOSEO aioseo_breadcrumb_json', () => {
  it('reads the trail in order, labels decoded, credited to its own field', () => {
    const seo = seoOf({ aioseo_breadcrumb_json: trail });
    expect(seo.breadcrumbs).toEqual([
      { name: 'Home', url: 'https://cafe.example/' },
      { name: 'Guias & Roteiros', url: 'https://cafe.example/category/guias/' },
      { name: 'Cafés de Lisboa', url: 'https://cafe.example/lisboa/' },
    ]);
    expect(seo.sources.breadcrumbs).toBe('aioseo_breadcrumb_json');
  });

  it('drops crumbs without a label, markup in labels and unsafe or empty links', () => {
    expect(
      fromAioseoBreadcrumbs([
        { label: '<span class="home">Home</span>', link: 'javascript:alert(1)' },
        { label: '', link: 'https://cafe.example/x/' },
        { link: 'https://cafe.example/y/' },
        null,
        'Home',
        { label: 'Lisboa', link: '' },
      ]),
    ).toEqual({ breadcrumbs: [{ name: 'Home', url: null }, { name: 'Lisboa', url: null }] });
  });

  it('treats a missing, blanked or empty field as nothing', () => {
    for (const value of [undefined, null, '', [], {}, [{ label: '  ' }]]) expect(fromAioseoBreadcrumbs(value)).toBeNull();
    expect(seoOf({ aioseo_breadcrumb_json: [] }).sources.breadcrumbs).toBeUndefined();
  });

  it('leaves the breadcrumbs of the AIOSEO schema first when both are sent', () => {
    const schema = {
      '@graph': [
        { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Início', item: 'https://cafe.example/' }] },
      ],
    };
    const seo = seoOf({ aioseo_head_json: { title: 'Lisboa', schema }, aioseo_breadcrumb_json: trail });
    expect(seo.breadcrumbs).toEqual([{ name: 'Início', url: 'https://cafe.example/' }]);
    expect(seo.sources.breadcrumbs).toBe('aioseo_head_json');
    expect(seo.source).toBe('aioseo_head_json');
  });
});
