import { parsePost, toMarkdown } from '../../../src';

const parse = (html: string, field: 'rendered' | 'raw' = 'rendered') => parsePost({ id: 1, title: { rendered: 'T' }, content: { [field]: html } });

describe('gutenberg profile', () => {
  it('#33 gallery: each image keeps its caption, the gallery its own', () => {
    const a = parse('<figure class="wp-block-gallery has-nested-images"><figure class="wp-block-image"><img src="https://x.test/1.jpg" alt="1"/><figcaption class="wp-element-caption">One</figcaption></figure><figure class="wp-block-image"><img src="https://x.test/2.jpg" alt="2"/></figure><figcaption class="blocks-gallery-caption">Trip</figcaption></figure>');
    expect(a.body).toEqual([{ type: 'gallery', caption: 'Trip', images: [expect.objectContaining({ src: 'https://x.test/1.jpg', caption: 'One' }), expect.objectContaining({ src: 'https://x.test/2.jpg', caption: null })] }]);
  });

  it('gallery, old shape (ul.blocks-gallery-grid)', () => {
    const a = parse('<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><img src="https://x.test/1.jpg" alt=""/><figcaption class="blocks-gallery-item__caption">A</figcaption></figure></li><li class="blocks-gallery-item"><figure><img src="https://x.test/2.jpg" alt=""/></figure></li></ul></figure>');
    expect(a.body).toEqual([{ type: 'gallery', caption: null, images: [expect.objectContaining({ caption: 'A' }), expect.objectContaining({ caption: null })] }]);
  });

  it('#35 #36 embeds from the iframe or the bare URL left in the wrapper; provider from is-provider-* otherwise', () => {
    const a = parse([
      '<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"></iframe></div><figcaption>Cap</figcaption></figure>',
      '<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://youtu.be/dQw4w9WgXcQ\n</div></figure>',
      '<figure class="wp-block-embed is-type-wp-embed is-provider-acme-news"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content"><a href="https://news.example/a/">A</a></blockquote><iframe class="wp-embedded-content" style="position: absolute; visibility: hidden;" src="https://news.example/a/embed/#?secret=x"></iframe></div></figure>',
    ].join(''));
    expect(a.body).toEqual([
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption: 'Cap' },
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption: null },
      { type: 'embed', provider: 'acme-news', url: 'https://news.example/a/', id: null, caption: 'A' },
    ]);
    expect(a.warnings).toEqual([]);
  });

  it('#58 accordion item: title without the aria-hidden "+"', () => {
    const a = parse('<div role="group" class="wp-block-accordion"><div class="wp-block-accordion-item"><h3 class="wp-block-accordion-heading"><button type="button" class="wp-block-accordion-heading__toggle"><span class="wp-block-accordion-heading__toggle-title">Accordion Title</span><span class="wp-block-accordion-heading__toggle-icon" aria-hidden="true">+</span></button></h3><div role="region" class="wp-block-accordion-panel"><p>Body</p></div></div></div>');
    expect(a.body).toEqual([{ type: 'details', summary: 'Accordion Title', open: false, children: [{ type: 'paragraph', text: 'Body', html: 'Body' }] }]);
  });

  it('#63 footnotes: references stay sup + #id link, notes lose their back-links', () => {
    const a = parse('<p>Text<sup data-fn="fn-1" class="fn"><a href="#fn-1" id="fn-1-link">1</a></sup>.</p><ol class="wp-block-footnotes"><li id="fn-1">Note <a href="#fn-1-link" aria-label="Jump to footnote reference 1">↩︎</a></li></ol>');
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'Text1.', html: 'Text<sup><a href="#fn-1">1</a></sup>.' },
      { type: 'footnotes', items: [{ id: 'fn-1', text: 'Note', html: 'Note' }] },
    ]);
    expect(toMarkdown(a, { frontMatter: false })).not.toContain('↩');
  });

  it('#64 #65 pull quote with citation; buttons with and without href', () => {
    const a = parse('<figure class="wp-block-pullquote"><blockquote><p>Q</p><cite>Who</cite></blockquote></figure><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://x.test/">Go</a></div><div class="wp-block-button"><a class="wp-block-button__link">Plain</a></div></div>');
    expect(a.body).toEqual([
      { type: 'quote', text: 'Q', html: 'Q', citation: 'Who', variant: 'pullquote', children: [{ type: 'paragraph', text: 'Q', html: 'Q' }] },
      { type: 'button', text: 'Go', html: 'Go', href: 'https://x.test/' },
      { type: 'button', text: 'Plain', html: 'Plain', href: null },
    ]);
  });

  it('#23 #69 image: self-link to the full-size file and the lightbox button dropped, caption kept', () => {
    const a = parse('<figure class="wp-block-image wp-lightbox-container"><a href="https://x.test/p.jpg"><img src="https://x.test/p-1024x576.jpg" alt="P"/></a><button class="lightbox-trigger" aria-label="Enlarge image: P"><svg><path d="M0"/></svg></button><figcaption class="wp-element-caption">Cap</figcaption></figure>');
    expect(a.body).toEqual([expect.objectContaining({ type: 'image', src: 'https://x.test/p-1024x576.jpg', link: null, caption: 'Cap' })]);
    expect(a.text).toBe('Cap');
  });

  it('verse keeps its line breaks; spacer, cover overlay and more tag vanish; audio/video/file become media', () => {
    const a = parse('<pre class="wp-block-verse">A\nB</pre><div style="height:20px" aria-hidden="true" class="wp-block-spacer"></div><p><span id="more-42"></span></p><figure class="wp-block-audio"><audio controls src="https://x.test/a.mp3"></audio><figcaption>Song</figcaption></figure><figure class="wp-block-video"><video controls src="https://x.test/v.mp4"></video></figure><div class="wp-block-file"><a href="https://x.test/f.pdf">Report</a><a href="https://x.test/f.pdf" class="wp-block-file__button" download>Download</a></div>');
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'A\nB', html: 'A<br>B' },
      { type: 'media', kind: 'audio', src: 'https://x.test/a.mp3', title: null, caption: 'Song' },
      { type: 'media', kind: 'video', src: 'https://x.test/v.mp4', title: null, caption: null },
      { type: 'media', kind: 'file', src: 'https://x.test/f.pdf', title: 'Report', caption: null },
    ]);
  });

  it('content.raw: block comments ignored, code language taken from the block comment', () => {
    const a = parse('<!-- wp:code {"language":"php"} -->\n<pre class="wp-block-code"><code>echo 1;</code></pre>\n<!-- /wp:code -->\n<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n<!-- wp:footnotes /-->', 'raw');
    expect(a.body).toEqual([{ type: 'code', language: 'php', text: 'echo 1;' }]);
    expect(a.editor).toBe('gutenberg');
  });

  it('a heading that swallowed block content (unbalanced markup) ends at its first block child', () => {
    const a = parse('<h3>Title<img src="https://x.test/i.jpg" alt="i"></p><h2>Next</h2><p>Body</p></h3>');
    // The image standing in it is a block of its own after it.
    expect(a.body.map((b) => [b.type, 'text' in b ? b.text : ''])).toEqual([['heading', 'Title'], ['image', ''], ['heading', 'Next'], ['paragraph', 'Body']]);
  });
});

describe('query loop', () => {
  it('turns post-template cards into blocks, so their titles stay headings', () => {
    const html = '<div class="wp-block-query"><ul class="wp-block-post-template"><li class="wp-block-post"><h2 class="wp-block-post-title"><a href="https://x.test/a/">Post A</a></h2><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">About A</p></div></li><li class="wp-block-post"><h2 class="wp-block-post-title">Post B</h2></li></ul></div>';
    const a = require('../../../src').parsePost({ id: 1, title: { rendered: 'T' }, content: { rendered: html } });
    expect(a.body).toEqual([
      { type: 'heading', level: 2, text: 'Post A', html: '<a href="https://x.test/a/">Post A</a>', anchor: 'post-a' },
      { type: 'paragraph', text: 'About A', html: 'About A' },
      { type: 'heading', level: 2, text: 'Post B', html: 'Post B', anchor: 'post-b' },
    ]);
    expect(a.lists).toEqual([]);
  });
});
