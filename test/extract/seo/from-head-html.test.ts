import { extractSeo } from '../../../src/extract/seo/extract-seo';
import { context, post } from '../helpers';

// A written case in the shape of Rank Math's `getHead` output (`{ head }` of
// /wp-json/rankmath/v1/getHead), given through the `head` option.
const head = `<!-- Search Engine Optimization by Rank Math PRO - https://rankmath.com/ -->
<title>How to Brew Green Tea &amp; Keep It Sweet - Tea Corner</title>
<meta name="description" content="Water at 80 &deg;C, three minutes, no more."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://tea.example/brew-green-tea/" />
<link rel="next" href="https://tea.example/brew-green-tea/2/" />
<meta property="og:locale" content="en_GB" />
<meta property="og:type" content="article" />
<meta property="og:title" content="How to Brew Green Tea &amp; Keep It Sweet - Tea Corner" />
<meta property="og:url" content="https://tea.example/brew-green-tea/" />
<meta property="og:site_name" content="Tea Corner" />
<meta property="article:author" content="https://www.facebook.com/meilin" />
<meta property="article:section" content="Guides" />
<meta property="og:updated_time" content="2024-03-02T09:15:00+00:00" />
<meta property="og:image" content="https://tea.example/wp-content/uploads/2024/03/sencha.jpg" />
<meta property="og:image:secure_url" content="https://tea.example/wp-content/uploads/2024/03/sencha.jpg" />
<meta property="og:image:width" content="1200" />
<meta property="og:image:height" content="630" />
<meta property="og:image:alt" content="A cup of sencha" />
<meta property="og:image:type" content="image/jpeg" />
<meta property="og:image" content="https://tea.example/wp-content/uploads/2024/03/kettle.png" />
<meta property="og:image:width" content="800" />
<meta property="og:image:type" content="image/png" />
<meta property="article:published_time" content="2024-03-01T08:00:00+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="Brew green tea" />
<meta name="twitter:description" content="Three minutes, no more." />
<meta name="twitter:site" content="@teacorner" />
<meta name="twitter:creator" content="@meilin" />
<meta name="twitter:image" content="https://tea.example/wp-content/uploads/2024/03/sencha.jpg" />
<meta name="twitter:label2" content="Time to read" />
<meta name="twitter:data2" content="2 minutes" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="Mei Lin" />
<script type="application/ld+json" class="rank-math-schema-pro">{"@context":"https://schema.org","@graph":[
{"@type":["Person","Organization"],"@id":"https://tea.example/#person","name":"Tea Corner"},
{"@type":"WebSite","@id":"https://tea.example/#website","url":"https://tea.example","name":"Tea Corner","publisher":{"@id":"https://tea.example/#person"},"inLanguage":"en-GB"},
{"@type":"BreadcrumbList","@id":"https://tea.example/brew-green-tea/#breadcrumb","itemListElement":[{"@type":"ListItem","position":"1","item":{"@id":"https://tea.example","name":"Home"}},{"@type":"ListItem","position":"2","item":{"@id":"https://tea.example/guides/","name":"Guides"}}]},
{"@type":"WebPage","@id":"https://tea.example/brew-green-tea/#webpage","url":"https://tea.example/brew-green-tea/","name":"How to Brew Green Tea","inLanguage":"en-GB","breadcrumb":{"@id":"https://tea.example/brew-green-tea/#breadcrumb"}},
{"@type":"Person","@id":"https://tea.example/author/meilin/","name":"Mei Lin","url":"https://tea.example/author/meilin/"},
{"@type":"BlogPosting","headline":"How to Brew Green Tea","keywords":"green tea, sencha","datePublished":"2024-03-01T08:00:00+00:00","dateModified":"2024-03-02T09:15:00+00:00","articleSection":"Guides","author":{"@id":"https://tea.example/author/meilin/","name":"Mei Lin"},"publisher":{"@id":"https://tea.example/#person"},"@id":"https://tea.example/brew-green-tea/#richSnippet","inLanguage":"en-GB"},
{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Can I use boiling water?","acceptedAnswer":{"@type":"Answer","text":"<p>No &ndash; it makes the tea <strong>bitter</strong>.</p>"}}]},
{"@type":"HowTo","name":"Brew green tea","description":"<p>The short way.</p>","step":[{"@type":"HowToStep","name":"Heat","text":"Heat water to 80 °C."},{"@type":"HowToSection","name":"Steep","itemListElement":[{"@type":"HowToStep","itemListElement":[{"@type":"HowToDirection","text":"Add leaves."},{"@type":"HowToDirection","text":"Wait three minutes."}]}]}]}
]}</script>
<!-- /Rank Math WordPress SEO plugin -->`;

describe('head HTML through the head option (Rank Math)', () => {
  const p = post({ id: 5, title: { rendered: 'Brew' }, link: 'https://tea.example/?p=5' });
  const ctx = context(p, { head });
  const seo = extractSeo(p, ctx);

  it('credits Rank Math and reads the meta tags', () => {
    expect(seo.source).toBe('rankmath');
    expect(seo.title).toBe('How to Brew Green Tea & Keep It Sweet - Tea Corner');
    expect(seo.description).toBe('Water at 80 °C, three minutes, no more.');
    expect(seo.canonical).toBe('https://tea.example/brew-green-tea/');
    expect(seo.next).toBe('https://tea.example/brew-green-tea/2/');
    expect(seo.robots).toEqual({ index: true, follow: true, maxSnippet: -1, maxImagePreview: 'large', maxVideoPreview: -1 });
    expect(seo.openGraph.modifiedTime).toBe('2024-03-02T09:15:00+00:00');
    expect(seo.openGraph.author).toBe('https://www.facebook.com/meilin');
    expect(ctx.warnings).toEqual([]);
  });

  it('keeps each og:image together with its own width/height/type/alt', () => {
    expect(seo.openGraph.images).toEqual([
      { url: 'https://tea.example/wp-content/uploads/2024/03/sencha.jpg', width: 1200, height: 630, type: 'image/jpeg', alt: 'A cup of sencha' },
      { url: 'https://tea.example/wp-content/uploads/2024/03/kettle.png', width: 800, height: null, type: 'image/png', alt: null },
    ]);
  });

  it('orders twitter:labelN/dataN by N', () => {
    expect(seo.twitter.labels).toEqual([
      { label: 'Written by', value: 'Mei Lin' },
      { label: 'Time to read', value: '2 minutes' },
    ]);
    expect(seo.twitter.creator).toBe('@meilin');
  });

  it('reads the JSON-LD: object breadcrumb items, article, FAQ, HowTo, organization', () => {
    expect(seo.breadcrumbs).toEqual([
      { name: 'Home', url: 'https://tea.example' },
      { name: 'Guides', url: 'https://tea.example/guides/' },
    ]);
    expect(seo.article).toEqual({
      type: 'BlogPosting',
      headline: 'How to Brew Green Tea',
      datePublished: '2024-03-01T08:00:00+00:00',
      dateModified: '2024-03-02T09:15:00+00:00',
      wordCount: null,
      keywords: ['green tea', 'sencha'],
      sections: ['Guides'],
      author: 'Mei Lin',
      publisher: 'Tea Corner',
    });
    expect(seo.faq).toEqual([{ question: 'Can I use boiling water?', answer: 'No – it makes the tea bitter.' }]);
    expect(seo.howTo).toEqual({
      name: 'Brew green tea',
      description: 'The short way.',
      steps: [
        { name: 'Heat', text: 'Heat water to 80 °C.' },
        { name: null, text: 'Add leaves. Wait three minutes.' },
      ],
    });
    expect(seo.organization).toEqual({ name: 'Tea Corner', url: null, logo: null, sameAs: [] });
    expect(seo.website?.inLanguage).toBe('en-GB');
  });

  it('credits a head without a plugin signature to "head"', () => {
    const plain = extractSeo(p, context(p, { head: '<head><title>Plain</title></head>' }));
    expect(plain.title).toBe('Plain');
    expect(plain.source).toBe('head');
  });
});
