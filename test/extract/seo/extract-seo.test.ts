import { extractSeo } from '../../../src/extract/seo/extract-seo';
import { defaultSeoRules } from '../../../src/extract/seo';
import type { SeoRule } from '../../../src/extract/seo/seo-rule';
import { SeoSchema, type Seo } from '../../../src/schema/seo';
import { context, post, rawFixture, without } from '../helpers';

const seed = rawFixture('seed-aliantis-post');
const seoOf = (raw: Record<string, unknown>, options = {}, jsonLd: unknown[] = []) => {
  const p = post(raw);
  const ctx = context(p, options, jsonLd);
  return { seo: extractSeo(p, ctx), ctx };
};
const withoutSources = (seo: Seo) => ({ ...seo, source: null, sources: {} });

describe('extractSeo on the seed post (Yoast)', () => {
  const { seo, ctx } = seoOf(seed);

  it('is a valid Seo and credits Yoast JSON', () => {
    expect(SeoSchema.parse(seo)).toEqual(seo);
    expect(seo.source).toBe('yoast_head_json');
    expect(seo.sources.title).toBe('yoast_head_json');
    expect(ctx.warnings).toEqual([]);
  });

  it('reads the core fields and parses robots', () => {
    expect(seo.title).toBe('Therapeutic alliance: why it matters in healthcare | Aliantis');
    expect(seo.description).toBe('Learn what the therapeutic alliance is and how trust, listening and collaboration improve treatment effectiveness.');
    expect(seo.canonical).toBe('https://aliantis.es/en/2026/03/26/therapeutic-alliance-why-it-is-key-to-effective-treatment/');
    expect(seo.author).toBe('AnthonyBB08810');
    expect(seo.robots).toEqual({ index: true, follow: true, maxSnippet: -1, maxImagePreview: 'large', maxVideoPreview: -1 });
  });

  it('reads Open Graph and Twitter, labels in order', () => {
    expect(seo.openGraph.locale).toBe('en_US');
    expect(seo.openGraph.siteName).toBe('Aliantis');
    expect(seo.openGraph.publishedTime).toBe('2026-03-26T11:06:16+00:00');
    expect(seo.openGraph.images).toEqual([
      { url: 'https://aliantis.es/wp-content/uploads/2026/03/alianza-terapeutica-aliantis.webp', width: 1600, height: 900, type: 'image/webp', alt: null },
    ]);
    expect(seo.twitter.card).toBe('summary_large_image');
    expect(seo.twitter.labels).toEqual([
      { label: 'Written by', value: 'AnthonyBB08810' },
      { label: 'Est. reading time', value: '6 minutes' },
    ]);
  });

  it('flattens the graph and resolves @id references', () => {
    expect(seo.schema.map((n) => n['@type'])).toEqual(['Article', 'WebPage', 'ImageObject', 'BreadcrumbList', 'WebSite', 'Organization', 'Person']);
    expect(seo.breadcrumbs).toEqual([
      { name: 'Accueil', url: 'https://aliantis.es/en/home/' },
      { name: 'Therapeutic alliance: why it is key to effective treatment', url: null },
    ]);
    expect(seo.article).toEqual({
      type: 'Article',
      headline: 'Therapeutic alliance: why it is key to effective treatment',
      datePublished: '2026-03-26T11:06:16+00:00',
      dateModified: '2026-05-18T12:57:25+00:00',
      wordCount: 1125,
      keywords: [],
      sections: ['Wellbeing'],
      author: 'AnthonyBB08810',
      publisher: 'Aliantis',
    });
    expect(seo.organization).toEqual({
      name: 'Aliantis',
      url: 'https://aliantis.es/',
      logo: 'https://aliantis.es/wp-content/uploads/2026/02/logo-transparent-aliantis-header.png',
      sameAs: [],
    });
    expect(seo.website).toEqual({ name: 'Aliantis', url: 'https://aliantis.es/', description: 'Junts per la seva salut', inLanguage: 'en-US' });
    expect(seo.faq).toEqual([]);
    expect(seo.howTo).toBeNull();
  });
});

describe('the key acceptance test: yoast_head alone gives the same seo', () => {
  const full = seoOf(seed).seo;

  it.each([
    ['missing', without(seed, 'yoast_head_json')],
    ['null', { ...seed, yoast_head_json: null }],
    ['PHP []', { ...seed, yoast_head_json: [] }],
  ])('yoast_head_json %s', (_label, raw) => {
    const { seo, ctx } = seoOf(raw);
    expect(withoutSources(seo)).toEqual(withoutSources(full));
    expect(seo.source).toBe('yoast_head');
    expect(seo.sources['openGraph.images']).toBe('yoast_head');
    expect(seo.sources.schema).toBe('yoast_head');
    expect(ctx.warnings).toEqual([]);
  });

  it.each(['dsgservisi-post-2617', 'aybaudienst-page-434', 'headstartwp-page-168'])('holds on %s too', (name) => {
    const raw = rawFixture(name);
    expect(withoutSources(seoOf(without(raw, 'yoast_head_json')).seo)).toEqual(withoutSources(seoOf(raw).seo));
  });

  it('keeps localised labels as the site wrote them (Turkish, German)', () => {
    expect(seoOf(rawFixture('dsgservisi-post-2617')).seo.twitter.labels).toEqual([{ label: 'Yazan:', value: 'muratusta' }]);
    // Yoast joins number and unit with a no-break space; it is kept.
    expect(seoOf(rawFixture('aybaudienst-page-434')).seo.twitter.labels).toEqual([{ label: 'Geschätzte Lesezeit', value: '2\u00a0Minuten' }]);
  });
});

describe('fallbacks and sources', () => {
  it('falls back field by field to the post, and has no main source without plugin data', () => {
    const { seo } = seoOf(rawFixture('gemmeeting-page-181'));
    expect(seo.source).toBeNull();
    expect(seo.title).toBe('Trabalhos Científicos');
    expect(seo.description).toBeNull(); // protected: no excerpt
    expect(seo.canonical).toBe('https://gemmeeting.pt/trabalhos-cientificos/');
    expect(seo.sources).toEqual({ title: 'post', canonical: 'post' });
    expect(seo.robots).toBeNull();
    expect(seo.openGraph.images).toEqual([]);
  });

  it('takes the legacy yoast_meta title, then the excerpt and link (frontity post 60)', () => {
    const { seo } = seoOf(rawFixture('frontity-post-60'));
    expect(seo.source).toBe('yoast_meta');
    expect(seo.title).toBe('The Beauties of Gullfoss - Demo Worona');
    expect(seo.sources).toEqual({ title: 'yoast_meta', description: 'post', canonical: 'post' });
    expect(seo.canonical).toBe('https://demo.worona.org/the-beauties-of-gullfoss/');
  });

  it('reads FAQ JSON-LD from the content, credited to json_ld', () => {
    const faq = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Is it <b>safe</b>?', acceptedAnswer: { '@type': 'Answer', text: '<p>Yes &amp; it&#8217;s quick.</p>' } }],
    });
    const { seo } = seoOf(seed, {}, [faq, 'not json']);
    expect(seo.faq).toEqual([{ question: 'Is it safe?', answer: 'Yes & it’s quick.' }]);
    expect(seo.sources.faq).toBe('json_ld');
    expect(seo.source).toBe('yoast_head_json');
  });

  it('drops unsafe URLs and lets the next source fill the field', () => {
    const yoast = { ...(seed.yoast_head_json as object), canonical: 'javascript:alert(1)' };
    const { seo } = seoOf({ ...without(seed, 'yoast_head'), yoast_head_json: yoast });
    expect(seo.canonical).toBe('https://aliantis.es/en/2026/03/26/therapeutic-alliance-why-it-is-key-to-effective-treatment/');
    expect(seo.sources.canonical).toBe('post');
  });

  it('decodes entities once, as the head HTML shows them (esc_attr never escapes an entity again)', () => {
    const { seo } = seoOf({ id: 1, yoast_head_json: { og_title: 'It&#8217;s &amp;amp; more', og_site_name: 'Caf&eacute;' } });
    expect(seo.openGraph.title).toBe('It’s &amp; more');
    expect(seo.openGraph.siteName).toBe('Café');
  });

  it('reads yoast_head the same as yoast_head_json: each value decoded once', () => {
    const head = '<title>A &lt;div&gt; &amp;amp; more</title><meta property="og:title" content="It&#8217;s &amp;lt;p&amp;gt;" />';
    const { seo } = seoOf({ id: 1, yoast_head: head });
    expect(seo.title).toBe('A <div> &amp; more');
    expect(seo.openGraph.title).toBe('It’s &lt;p&gt;');
  });
});

describe('yoast_head next to yoast_head_json', () => {
  const head = '<title>From the HTML</title><meta name="description" content="HTML description">';
  it('is not read when the JSON is there (Yoast renders both from one presentation)', () => {
    const { seo } = seoOf({ id: 1, yoast_head_json: { title: 'From the JSON' }, yoast_head: head });
    expect(seo.title).toBe('From the JSON');
    expect(seo.description).toBeNull();
    expect(Object.values(seo.sources)).not.toContain('yoast_head');
  });
  it.each([[undefined], [null], [[]], [{}]])('is read when the JSON is %p', (json) => {
    const { seo } = seoOf({ id: 1, yoast_head_json: json, yoast_head: head });
    expect(seo.title).toBe('From the HTML');
    expect(seo.description).toBe('HTML description');
    expect(seo.sources.description).toBe('yoast_head');
  });
});

describe('malformed plugin data never throws', () => {
  it('turns bad values into nulls and warnings', () => {
    const raw = {
      id: 9,
      title: { rendered: 'Fallback title' },
      yoast_head_json: { title: 42, og_image: 'not-a-list', robots: 'garbage', schema: 5, twitter_misc: ['x'] },
      aioseo_head_json: '{not json',
      aioseo_head: '<title>Head</title><script type="application/ld+json">{"@graph": [</script>',
    };
    const { seo, ctx } = seoOf(raw);
    expect(SeoSchema.safeParse(seo).success).toBe(true);
    expect(seo.title).toBe('42');
    expect(seo.openGraph.images).toEqual([]);
    expect(ctx.warnings.map((w) => w.code).sort()).toEqual(['invalid_json_ld', 'invalid_seo_json']);
  });

  it('records a failing rule as a warning and goes on', () => {
    const broken: SeoRule = { name: 'broken', read: () => { throw new Error('boom'); } };
    const { seo, ctx } = seoOf(seed, { seoRules: [broken] });
    expect(seo.title).toBe('Therapeutic alliance: why it matters in healthcare | Aliantis');
    expect(ctx.warnings).toEqual([{ code: 'seo_rule_failed', message: 'SEO rule "broken" failed and was skipped: boom', path: null }]);
  });
});

describe('user rules', () => {
  it('runs new rules first and replaces defaults by name', () => {
    const mine: SeoRule = { name: 'mine', read: () => ({ source: 'head', data: { title: 'Mine' } }) };
    const noPost: SeoRule = { name: 'post', read: () => null };
    const { seo } = seoOf(rawFixture('gemmeeting-page-181'), { seoRules: [mine, noPost] });
    expect(seo.title).toBe('Mine');
    expect(seo.canonical).toBeNull();
    expect(seo.source).toBe('head');
  });

  it('exports the default table in order', () => {
    expect(defaultSeoRules.map((r) => r.name)).toEqual([
      'yoast_head_json', 'aioseo_head_json', 'aioseo_breadcrumb_json', 'seopress', 'yoast_meta', 'yoast_post_meta', 'rankmath_post_meta', 'aioseo_post_meta', 'yoast_head', 'aioseo_head', 'head', 'json_ld', 'post',
    ]);
  });
});
