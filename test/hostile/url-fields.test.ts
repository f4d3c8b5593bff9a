import { parsePost, toMarkdown } from '../../src';
import { safeScheme, urlFields } from './safety';

// Every disguise of a script URL from the cheat sheet, each in every URL field of the post.
const disguises = [
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'jav&#x09;ascript:alert(1)', 'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)', '%6A%61vascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=',
];

// A Yoast-shaped post whose every URL-valued field (post, embedded author and media, head JSON,
// and the JSON-LD graph at every depth the schema.org types nest URLs) holds `bad`.
function postWith(bad: string) {
  return {
    id: 7, slug: 'urls-written', link: bad, title: { rendered: 'Where links go' }, content: { rendered: '<p><a href="/about/">About</a></p>' },
    _embedded: { author: [{ id: 2, name: 'Ada', slug: 'ada', link: bad, url: bad }], 'wp:featuredmedia': [{ id: 3, source_url: bad, media_details: { sizes: { thumb: { source_url: bad, width: 1, height: 1 } } } }] },
    yoast_head_json: {
      title: 'Where links go', canonical: bad, og_url: bad, og_image: [{ url: bad }], twitter_image: bad, article_publisher: bad,
      schema: {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Article', '@id': bad, url: bad, thumbnailUrl: bad, image: { '@type': 'ImageObject', url: bad, contentUrl: bad, caption: 'kept' }, mainEntityOfPage: { '@id': bad } },
          { '@type': 'Organization', '@id': '#org', name: 'Org', url: bad, sameAs: [bad, 'https://ok.example/org'], logo: { '@type': 'ImageObject', url: bad } },
          { '@type': 'WebSite', '@id': '_:site', name: 'Site', url: bad, potentialAction: [{ '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: bad } }] },
          { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home', item: bad }, { '@type': 'ListItem', position: 2, name: 'Here', item: { '@id': bad, name: 'Here' } }] },
          { '@type': 'Person', name: 'Ada', url: bad, sameAs: bad, image: bad },
          { '@type': 'VideoObject', name: 'Clip', embedUrl: bad, contentUrl: bad, thumbnailUrl: [bad] },
        ],
      },
    },
  };
}

describe('every URL field of the Article goes through safeUrl', () => {
  it.each(disguises)('%j is in no URL field, front matter or Markdown', (bad) => {
    const input = postWith(bad);
    const before = JSON.stringify(input);
    const a = parsePost(input);
    const unsafe = urlFields(a).filter(([, v, image]) => !safeScheme(v, image));
    expect(unsafe).toEqual([]);
    expect(a.link).toBeNull();
    // Text around the dropped URLs stays; references that were safe stay as they were.
    const [article, org, site, crumbs, person, video] = a.seo.schema as Record<string, any>[];
    expect(article).toEqual({ '@type': 'Article', image: { '@type': 'ImageObject', caption: 'kept' }, mainEntityOfPage: {} });
    expect(org).toEqual({ '@type': 'Organization', '@id': '#org', name: 'Org', sameAs: ['https://ok.example/org'], logo: { '@type': 'ImageObject' } });
    expect(site!['@id']).toBe('_:site');
    expect(site!.potentialAction).toEqual([{ '@type': 'SearchAction', target: { '@type': 'EntryPoint' } }]);
    expect(crumbs!.itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'Home' }, { '@type': 'ListItem', position: 2, name: 'Here', item: { name: 'Here' } }]);
    expect(person).toEqual({ '@type': 'Person', name: 'Ada' });
    expect(video).toEqual({ '@type': 'VideoObject', name: 'Clip', thumbnailUrl: [] });
    expect(a.warnings.filter((w) => w.code === 'unsafe_url').map((w) => w.path)).toEqual(['yoast_head_json.schema[0].@id', 'link']);
    // The caller's post is never modified.
    expect(JSON.stringify(input)).toBe(before);
    for (const preset of ['default', 'jekyll', 'hugo', 'astro', 'eleventy'] as const) {
      const md = toMarkdown(a, { frontMatter: preset });
      expect(md).not.toMatch(/alert|msgbox|base64|script:/i);
    }
  });

  it('keeps safe URLs, written as safeUrl writes them', () => {
    const a = parsePost({ ...postWith('https://ok.example/a?b=1&amp;c=2'), link: 'https://ok.example/2024/05/urls/' });
    expect(a.link).toBe('https://ok.example/2024/05/urls/');
    const org = a.seo.schema[1] as Record<string, unknown>;
    expect(org.url).toBe('https://ok.example/a?b=1&c=2');
    expect(org.sameAs).toEqual(['https://ok.example/a?b=1&c=2', 'https://ok.example/org']);
    expect(toMarkdown(a, { frontMatter: 'jekyll' })).toContain('permalink: /2024/05/urls/\n');
    expect(a.warnings.filter((w) => w.code === 'unsafe_url')).toEqual([]);
  });
});

describe('URI templates in the JSON-LD', () => {
  const withTarget = (target: string) =>
    parsePost({ id: 8, title: { rendered: 'T' }, content: { rendered: '<p>x</p>' }, yoast_head_json: { schema: { '@graph': [{ '@type': 'WebSite', potentialAction: [{ '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: target } }] }] } } })
      .seo.schema[0] as { potentialAction: { target: { urlTemplate?: string } }[] };

  it('keeps the expressions of a safe template as written', () => {
    expect(withTarget('https://ok.example/?s={search_term_string}').potentialAction[0]!.target.urlTemplate).toBe('https://ok.example/?s={search_term_string}');
    expect(withTarget('https://ok.example/?s={search_term_string}&x="y"').potentialAction[0]!.target.urlTemplate).toBe('https://ok.example/?s={search_term_string}&x=%22y%22');
  });

  it('drops a template that is unsafe, or unsafe once its expressions are filled in empty', () => {
    expect(withTarget('javascript:alert({q})').potentialAction[0]!.target.urlTemplate).toBeUndefined();
    expect(withTarget('{q}javascript:alert(1)').potentialAction[0]!.target.urlTemplate).toBeUndefined();
  });
});
