import { parsePost, readWxr, WpPostSchema, type Article } from '../../src';
import { classicPost, elementorPost, gutenbergPost, serializeBlocks, wpPost, wxrExport, yoastHead, type ElementorWidget } from '../../src/testing';

const widgets: ElementorWidget[] = [
  { widget: 'heading', title: 'Ferry times', level: 2 },
  { widget: 'text-editor', html: 'Boats leave every hour.\n\nThe last one at nine.' },
  { widget: 'image', url: 'https://example.org/wp-content/uploads/2024/05/pier.jpg', alt: 'The pier', caption: 'Pier 3 at dawn', width: 800, height: 533, id: 77 },
  { widget: 'icon-list', items: ['Bikes go free', { text: 'Tickets online', url: 'https://example.org/tickets/' }] },
  { widget: 'button', text: 'Timetable', url: 'https://example.org/timetable/' },
  { widget: 'accordion', items: [{ title: 'Dogs?', html: 'On a lead.' }] },
  { widget: 'tabs', items: [{ title: 'Summer', html: 'Every half hour.' }, { title: 'Winter', html: 'Every two hours.' }] },
  { widget: 'counter', settings: { ending_number: 14 }, html: '<div class="elementor-counter"><div class="elementor-counter-title">Crossings a day</div><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="14" data-from-value="0">0</span></div></div>' },
];

const shape = (a: Article) => a.body.map((b) => (b.type === 'heading' ? `h${b.level} ${b.text}` : b.type === 'paragraph' ? `p ${b.text}` : b.type === 'details' ? `details ${b.summary}: ${b.children.map((c) => ('text' in c ? c.text : c.type)).join(' ')}` : b.type === 'list' ? `list ${b.items.map((i) => i.text).join(' / ')}` : b.type === 'image' ? `image ${b.alt} (${b.caption})` : b.type === 'button' ? `button ${b.text} ${b.href}` : b.type));

describe('wpPost', () => {
  it('is a WordPress 6.x REST post, valid, the same every time', () => {
    const post = wpPost();
    expect(WpPostSchema.safeParse(post).success).toBe(true);
    expect(wpPost()).toEqual(post);
    expect(post).toMatchObject({ id: 1, date: '2024-05-06T09:30:00', date_gmt: '2024-05-06T07:30:00', slug: 'hello-world', status: 'publish', type: 'post', link: 'https://example.org/2024/05/hello-world/', guid: { rendered: 'https://example.org/?p=1' } });
    expect(post.excerpt).toEqual({ rendered: '<p>Welcome to WordPress. This is your first post.</p>\n', protected: false });
    const a = parsePost(post);
    expect([a.published, a.publishedLocal, a.editor, a.text]).toEqual(['2024-05-06T07:30:00.000Z', '2024-05-06T09:30:00+02:00', 'classic', 'Welcome to WordPress. This is your first post.']);
  });

  it('takes overrides: HTML strings for title and content, a page’s own fields, anything else as given', () => {
    const page = wpPost({ id: 7, type: 'page', title: 'Caf&eacute; &amp; bar', content: '<p>Open late.</p>', meta: { a: 'b' } });
    expect(page).toMatchObject({ id: 7, slug: 'cafe-bar', link: 'https://example.org/cafe-bar/', parent: 0, menu_order: 0, comment_status: 'closed', meta: { a: 'b' } });
    expect(page).not.toHaveProperty('categories');
    expect(page).not.toHaveProperty('sticky');
    expect(parsePost(page).title).toBe('Café & bar');
  });
});

describe('elementorPost', () => {
  it.each(['containers', 'sections'] as const)('writes Elementor 3.x %s markup that unpress reads as the widgets say', (layout) => {
    const post = elementorPost({ widgets, layout, post: { id: 40 } });
    expect(WpPostSchema.safeParse(post).success).toBe(true);
    const html = post.content!.rendered!;
    expect(html).toContain('data-elementor-type="wp-post" data-elementor-id="40" class="elementor elementor-40"');
    expect(html).toContain(layout === 'containers' ? 'e-flex e-con-boxed e-con e-parent' : 'elementor-section elementor-top-section');
    expect(html).toContain('data-widget_type="counter.default"');
    expect(html).toContain('data-settings="{&quot;ending_number&quot;:14}"');
    const a = parsePost(post);
    expect(a.editor).toBe('elementor');
    expect(shape(a)).toEqual([
      'h2 Ferry times', 'p Boats leave every hour.', 'p The last one at nine.', 'image The pier (Pier 3 at dawn)',
      'list Bikes go free / Tickets online', 'button Timetable https://example.org/timetable/', 'details Dogs?: On a lead.',
      'details Summer: Every half hour.', 'details Winter: Every two hours.', 'p 14 Crossings a day',
    ]);
    expect(elementorPost({ widgets, layout, post: { id: 40 } })).toEqual(post);
  });

  it('puts each inner list of widgets in a top-level container of its own', () => {
    const html = elementorPost({ widgets: [[widgets[0]!], [widgets[1]!]] }).content!.rendered!;
    expect(html.match(/e-con e-parent/g)).toHaveLength(2);
  });

  it('refuses options without widgets', () => {
    expect(() => elementorPost({} as never)).toThrow(TypeError);
  });
});

describe('gutenbergPost', () => {
  const blocks = [
    { name: 'core/heading', attributes: { level: 3 }, html: '<h3 class="wp-block-heading">A -- B <i>&</i></h3>' },
    { name: 'core/group', attributes: { layout: { type: 'constrained' } }, html: '<div class="wp-block-group"></div>', innerBlocks: [{ name: 'core/paragraph', html: '<p>One</p>' }, { name: 'core/paragraph', html: '<p>Two</p>' }] },
    { name: 'core/latest-posts', attributes: { postsToShow: 2 } },
    { name: 'my-plugin/note', attributes: { tone: 'say "hi" <now>' }, html: '<aside class="wp-block-my-plugin-note"><p>Hi</p></aside>' },
  ];

  it('serialises blocks in WordPress’s block grammar', () => {
    expect(serializeBlocks(blocks)).toBe(
      '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">A -- B <i>&</i></h3>\n<!-- /wp:heading -->\n\n' +
        '<!-- wp:group {"layout":{"type":"constrained"}} -->\n<div class="wp-block-group"><!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Two</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:group -->\n\n' +
        '<!-- wp:latest-posts {"postsToShow":2} /-->\n\n' +
        '<!-- wp:my-plugin/note {"tone":"say \\u0022hi\\u0022 \\u003cnow\\u003e"} -->\n<aside class="wp-block-my-plugin-note"><p>Hi</p></aside>\n<!-- /wp:my-plugin/note -->',
    );
  });

  it('renders them as do_blocks prints them: delimiters gone, the blank lines kept', () => {
    const post = gutenbergPost(blocks, { title: 'Notes' });
    expect(post.content!.rendered).toBe(
      '\n<h3 class="wp-block-heading">A -- B <i>&</i></h3>\n\n\n\n<div class="wp-block-group">\n<p>One</p>\n\n\n\n<p>Two</p>\n</div>\n\n\n\n\n\n<aside class="wp-block-my-plugin-note"><p>Hi</p></aside>\n',
    );
    expect(WpPostSchema.safeParse(post).success).toBe(true);
    const a = parsePost(post);
    expect(a.editor).toBe('gutenberg');
    expect(a.text).toBe('A -- B &\n\nOne\n\nTwo\n\nHi');
  });

  it('places inner blocks at <InnerBlocks />, and prints what the server renders for a dynamic block', () => {
    const post = gutenbergPost([
      { name: 'core/quote', html: '<blockquote class="wp-block-quote"><InnerBlocks /><cite>Ana</cite></blockquote>', innerBlocks: [{ name: 'core/paragraph', html: '<p>Slowly.</p>' }] },
      { name: 'core/archives', rendered: '<ul class="wp-block-archives-list wp-block-archives"><li><a href="https://example.org/2024/05/">May 2024</a></li></ul>' },
    ]);
    expect(post.content!.rendered).toBe('\n<blockquote class="wp-block-quote">\n<p>Slowly.</p>\n<cite>Ana</cite></blockquote>\n\n\n<ul class="wp-block-archives-list wp-block-archives"><li><a href="https://example.org/2024/05/">May 2024</a></li></ul>');
    const quote = parsePost(post).body[0];
    expect(quote).toMatchObject({ type: 'quote', citation: 'Ana', children: [{ type: 'paragraph', text: 'Slowly.' }] });
  });
});

describe('classicPost', () => {
  it('is the editor’s text through wpautop', () => {
    const post = classicPost('One line\nand the next.\n\n<h2>Later</h2>\n\nEnd.', { id: 3 });
    expect(post.content!.rendered).toBe('<p>One line<br />\nand the next.</p>\n<h2>Later</h2>\n<p>End.</p>\n');
    const a = parsePost(post);
    expect([a.editor, a.headings.map((h) => h.text), a.body.length]).toEqual(['classic', ['Later'], 3]);
  });
});

describe('yoastHead', () => {
  const fields = { title: 'Ferries - Island Guide', description: 'Times & fares.', canonical: 'https://example.org/ferries/', siteName: 'Island Guide', author: 'Ana Reis', published: '2024-05-06T07:30:00+00:00', readingMinutes: 3, image: { url: 'https://example.org/wp-content/uploads/2024/05/pier.jpg', width: 800, height: 533, type: 'image/jpeg' }, breadcrumbs: [{ name: 'Home', url: 'https://example.org/' }, { name: 'Ferries' }] };

  it('gives yoast_head_json and yoast_head that unpress reads to the same SEO fields', () => {
    const head = yoastHead(fields);
    expect(head.yoast_head).toContain('<meta property="og:description" content="Times &amp; fares." />');
    expect(head.yoast_head).toContain('<meta name="twitter:label2" content="Est. reading time" />');
    expect(head.yoast_head_json).toMatchObject({ title: fields.title, og_image: [{ url: fields.image.url, width: 800 }], twitter_misc: { 'Written by': 'Ana Reis', 'Est. reading time': '3 minutes' } });
    const fromJson = parsePost(wpPost({ ...head })).seo;
    const fromHtml = parsePost(wpPost({ yoast_head: head.yoast_head })).seo;
    expect(fromJson.source).toBe('yoast_head_json');
    expect(fromHtml.source).toBe('yoast_head');
    for (const seo of [fromJson, fromHtml]) {
      expect([seo.title, seo.description, seo.canonical, seo.openGraph.siteName, seo.breadcrumbs.map((b) => b.name)]).toEqual([fields.title, fields.description, fields.canonical, fields.siteName, ['Home', 'Ferries']]);
    }
    expect({ ...fromHtml, source: null, sources: null }).toEqual({ ...fromJson, source: null, sources: null });
  });

  it('writes noindex, nofollow when asked', () => {
    expect(parsePost(wpPost({ ...yoastHead({ title: 'Draft', robots: { index: false, follow: false } }) })).seo.robots).toMatchObject({ index: false, follow: false });
  });
});

describe('wxrExport', () => {
  const posts = [
    elementorPost({ widgets, post: { id: 50, title: 'Ferries' } }),
    elementorPost({ widgets, layout: 'sections', post: { id: 51, type: 'page', title: 'Ferries (sections)' } }),
    gutenbergPost([{ name: 'core/heading', html: '<h2 class="wp-block-heading">Fares</h2>' }, { name: 'core/paragraph', html: '<p>Two euros, <a href="https://example.org/fares/">more</a>.</p>' }], { id: 52, title: 'Fares', ...yoastHead({ title: 'Fares - Island Guide', description: 'What a crossing costs.' }) }),
    classicPost('A <em>short</em> crossing.\n\nTwenty minutes.', { id: 53, title: 'Crossing]]> time', excerpt: '<p>A written excerpt.</p>\n' }),
  ];

  it('is an export readWxr reads back into the same posts', async () => {
    const xml = wxrExport(posts, { title: 'Island Guide' });
    expect(xml).toContain('<wp:wxr_version>1.2</wp:wxr_version>');
    expect(xml).toContain('<title><![CDATA[Crossing]]]]><![CDATA[> time]]></title>');
    const back: unknown[] = [];
    for await (const p of readWxr(xml)) back.push(p);
    expect(back).toHaveLength(posts.length);
    posts.forEach((post, i) => {
      const [a, b] = [parsePost(post), parsePost(back[i])];
      const same = (x: Article) => ({ id: x.id, type: x.type, slug: x.slug, title: x.title, status: x.status, editor: x.editor, published: x.published, modified: x.modified, body: x.body, html: x.html, text: x.text, headings: x.headings, links: x.links, images: x.images, warnings: x.warnings });
      expect(same(b)).toEqual(same(a));
    });
    const [fares, crossing] = [parsePost(back[2]), parsePost(back[3])];
    expect([fares.seo.title, fares.seo.description]).toEqual(['Fares - Island Guide', 'What a crossing costs.']);
    expect(crossing.excerpt).toBe('A written excerpt.');
  });

  it('is the same text for the same posts', () => {
    expect(wxrExport(posts)).toBe(wxrExport(posts));
  });
});
