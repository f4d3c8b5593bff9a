import { parsePost, renderMarkdown, type Article } from '../../src';
import { classicPost, elementorPost, gutenbergPost, matchers, wpPost } from '../../src/testing';

expect.extend(matchers);

// The message a failing assertion throws.
function failure(assert: () => void): string {
  try {
    assert();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the assertion passed');
}

const article = parsePost(
  gutenbergPost([
    { name: 'core/heading', html: '<h2 class="wp-block-heading">Tide tables</h2>' },
    { name: 'core/paragraph', html: '<p>Read them <strong>twice</strong>.</p>' },
    { name: 'core/details', html: '<details class="wp-block-details"><summary>More</summary></details>', innerBlocks: [{ name: 'core/heading', attributes: { level: 3 }, html: '<h3 class="wp-block-heading">Spring tides</h3>' }] },
  ]),
);

describe('toHaveHeading', () => {
  it('finds a heading by text, level and pattern, nested ones too', () => {
    expect(article).toHaveHeading('Tide tables');
    expect(article).toHaveHeading('Tide  tables ', 2);
    expect(article).toHaveHeading(/^spring/i, 3);
    expect(article).not.toHaveHeading('Neap tides');
    expect(article).not.toHaveHeading('Tide tables', 3);
  });

  it('says which headings there are, or where the unwanted one is', () => {
    expect(failure(() => expect(article).toHaveHeading('Tide tables', 4))).toContain('expected the article to have a heading "Tide tables" at level 4; it is there at level 2\nits headings: h2 "Tide tables", h3 "Spring tides"');
    expect(failure(() => expect(article).not.toHaveHeading('Spring tides'))).toContain('expected the article not to have a heading "Spring tides", but found h3 "Spring tides" at body[2].children[0]');
    const titled = parsePost(gutenbergPost([{ name: 'core/heading', html: '<h2 class="wp-block-heading">Tides</h2>' }, { name: 'core/paragraph', html: '<p>In, out.</p>' }], { title: 'Tides' }));
    expect(failure(() => expect(titled).toHaveHeading('Tides'))).toContain('its headings: none\n(the title is "Tides": a heading repeating it is left out of the body, see the dropTitleHeading option)');
    expect(failure(() => expect({ title: 'x' }).toHaveHeading('x'))).toContain('toHaveHeading: expected an Article (parsePost’s result), received an object with keys title');
  });
});

describe('toHaveNoBuilderMarkup', () => {
  it('passes on clean articles and Markdown of every builder', () => {
    const post = elementorPost({ widgets: [{ widget: 'heading', title: 'Hours' }, { widget: 'accordion', items: [{ title: 'Sundays?', html: 'Closed.' }] }] });
    expect(parsePost(post)).toHaveNoBuilderMarkup();
    expect(renderMarkdown(parsePost(post)).markdown).toHaveNoBuilderMarkup();
    expect(article).toHaveNoBuilderMarkup();
  });

  it('finds shortcodes, block comments, classes and data attributes, and says where', () => {
    // unpress itself expands or drops these; an article from elsewhere may still hold them.
    const leftover: Article = { ...article, text: 'Hello', body: [{ type: 'paragraph', text: 'Hello', html: '[et_pb_section fb_built="1"]Hello' }] };
    expect(leftover).not.toHaveNoBuilderMarkup();
    expect(failure(() => expect(leftover).toHaveNoBuilderMarkup())).toContain('found 1:\n  builder shortcode "[et_pb_section fb_built=\\"1\\"]Hello" in body[0].html');
    expect('<!-- wp:paragraph -->\n<p>x</p>').not.toHaveNoBuilderMarkup();
    expect('<div class="elementor-widget-container">x</div>').not.toHaveNoBuilderMarkup();
    expect('<p data-widget_type="heading.default">x</p>').not.toHaveNoBuilderMarkup();
    expect('A [vc_row] in text').not.toHaveNoBuilderMarkup();
    expect('Prices [in euros] and wp: notes').toHaveNoBuilderMarkup();
    expect(failure(() => expect('plain').not.toHaveNoBuilderMarkup())).toContain('expected builder markup, but found none');
  });
});

describe('toBeSafeHtml', () => {
  it('passes unpress’s HTML, from hostile input too', () => {
    const hostile = parsePost(wpPost({ content: '<p onclick="x()">Hi <a href="jav&#x09;ascript:alert(1)">there</a><script>alert(1)</script></p><iframe src="https://evil.example/"></iframe>' }));
    expect(hostile).toBeSafeHtml();
    expect(hostile.html).toBeSafeHtml();
  });

  it('names every unsafe element, attribute and URL, however written', () => {
    const html = '<p style="color:red" onmouseover="x()">a</p><a href=" JaVa&#x0A;Script:alert(1)">b</a><img src="data:text/html;base64,AAAA" srcset="ok.jpg 1x, javascript:x 2x"><script>x</script><a href="/fine">c</a><a href="mailto:a@b.c">d</a>';
    expect(html).not.toBeSafeHtml();
    const message = failure(() => expect(html).toBeSafeHtml());
    expect(message).toContain('found 6 problems');
    for (const part of ['style="color:red" on <p>', 'onmouseover="x()" on <p>', 'href=" JaVa Script:alert(1)" on <a>', 'src="data:text/html;base64,AAAA" on <img>', 'srcset="ok.jpg 1x, javascript:x 2x" on <img>', '<script>']) expect(message).toContain(part);
    expect('<p><a href="#top">up</a> <a href="https://example.org/">site</a> <a href="tel:+351">call</a></p>').toBeSafeHtml();
    expect(failure(() => expect('<p>ok</p>').not.toBeSafeHtml())).toContain('expected unsafe HTML, but it has no unsafe element, attribute or URL');
  });
});

describe('toKeepTextOf', () => {
  const source = '<div class="x"><h2>Ferries</h2><p>Every hour, <b>every</b> day.</p><script>var hidden = 1;</script></div>';

  it('counts the source’s visible words with repeats, by share', () => {
    const kept = parsePost(classicPost(source, { title: 'Ferries' }));
    expect(kept).toKeepTextOf(source);
    const cut = parsePost(classicPost('<h2>Ferries</h2><p>Every hour.</p>', { title: 'Boats' }));
    expect(cut).not.toKeepTextOf(source);
    expect(cut).toKeepTextOf(source, { atLeast: 0.6 });
    expect(cut).not.toKeepTextOf(source, { atLeast: 0.7 });
    expect('Ferries. Every hour, every day!').toKeepTextOf(source);
  });

  it('says how much was kept and which words are missing', () => {
    const cut = parsePost(classicPost('<p>Every hour.</p>', { title: 'Boats' }));
    expect(failure(() => expect(cut).toKeepTextOf(source, { atLeast: 0.9 }))).toContain('expected the text to keep at least 90% of the source\'s words; it kept 40% of the source\'s 5 words (2)\nmissing: "day", "every", "ferries"');
    expect(failure(() => expect(cut).not.toKeepTextOf(source, { atLeast: 0.4 }))).toContain('expected the text to keep less than 40% of the source\'s words, but it kept 40%');
    expect(() => expect(cut).toKeepTextOf(source, { atLeast: 2 })).toThrow('`atLeast` must be a share from 0 to 1');
  });
});

describe('toHaveWarning', () => {
  const warned = parsePost(wpPost({ content: '<p>Hello [my_gallery id="3"] there</p><iframe src="https://ads.example/frame"></iframe>' }));

  it('finds a warning by code or pattern on an article, a render result or a list', () => {
    expect(warned).toHaveWarning('dropped_iframe');
    expect(warned).toHaveWarning(/^unknown_/);
    expect(warned).not.toHaveWarning('max_depth');
    expect(warned.warnings).toHaveWarning('dropped_iframe');
    const table: Article = { ...article, body: [{ type: 'table', caption: null, head: [], body: [[{ text: 'a', html: 'a', header: false, colspan: 2, rowspan: 1 }], [{ text: 'b', html: 'b', header: false, colspan: 1, rowspan: 1 }]], foot: [] }] };
    expect(renderMarkdown(table)).toHaveWarning('table_spans');
  });

  it('lists the warnings there are', () => {
    const message = failure(() => expect(warned).toHaveWarning('max_depth'));
    expect(message).toMatch(/expected a warning "max_depth"; the warnings are:\n {2}unknown_shortcode at .*\n {2}dropped_iframe at .*ads\.example/);
    expect(failure(() => expect(article).toHaveWarning('x'))).toContain('expected a warning "x"; there are none');
    expect(failure(() => expect(warned).not.toHaveWarning('dropped_iframe'))).toMatch(/expected no warning "dropped_iframe", but found dropped_iframe at /);
  });
});

it('are plain functions: nothing of Jest is needed to call them', () => {
  expect(matchers.toHaveHeading.call({}, article, 'Tide tables').pass).toBe(true);
  expect(matchers.toHaveWarning.call({}, [], 'x').pass).toBe(false);
});
