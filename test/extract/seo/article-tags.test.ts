import { extractSeo } from '../../../src/extract/seo/extract-seo';
import { fromMetaTags } from '../../../src/extract/seo/from-meta-tags';
import { context, post } from '../helpers';

// Written cases: no corpus post carries `article:tag`/`article:section`. Rank Math prints one
// `article:tag` per post tag and `article:section` for the primary category in its head;
// AIOSEO puts the same keys in `aioseo_head_json`, where a list value stands for repeated tags.
const head = `<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<title>Brew Green Tea</title>
<meta property="og:type" content="article" />
<meta property="article:tag" content="green tea" />
<meta property="article:tag" content="Sencha &amp; Gyokuro" />
<meta property="article:tag" content="green tea" />
<meta property="article:tag" content="  " />
<meta property="article:section" content="Guides" />
<meta property="article:section" content="Tea" />
<!-- /Rank Math WordPress SEO plugin -->`;

describe('article:tag and article:section', () => {
  it('reads Rank Math head tags into openGraph.tags (in order, once each) and openGraph.section', () => {
    const p = post({ id: 5, title: { rendered: 'Brew' } });
    const seo = extractSeo(p, context(p, { head }));
    expect(seo.openGraph.tags).toEqual(['green tea', 'Sencha & Gyokuro']);
    expect(seo.openGraph.section).toBe('Guides');
    expect(seo.sources['openGraph.tags']).toBe('rankmath');
    expect(seo.sources['openGraph.section']).toBe('rankmath');
  });

  it('reads AIOSEO JSON, a list value as repeated tags', () => {
    const p = post({ id: 5, aioseo_head_json: { 'og:type': 'article', 'article:section': 'Guias', 'article:tag': ['chá', 'Lisboa'] } });
    const seo = extractSeo(p, context(p));
    expect(seo.openGraph.tags).toEqual(['chá', 'Lisboa']);
    expect(seo.openGraph.section).toBe('Guias');
  });

  it('is empty when no source states them', () => {
    const p = post({ id: 5, title: { rendered: 'Brew' } });
    const seo = extractSeo(p, context(p));
    expect(seo.openGraph.tags).toEqual([]);
    expect(seo.openGraph.section).toBeNull();
    expect(fromMetaTags([['og:title', 'x']]).openGraph).toMatchObject({ tags: [], section: null });
  });
});
