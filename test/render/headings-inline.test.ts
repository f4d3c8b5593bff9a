import { parsePost, renderMarkdown, toMarkdown, type MarkdownOptions } from '../../src';

const post = (html: string) => parsePost({ id: 9, title: { rendered: 'Headings' }, content: { rendered: html } });
const md = (html: string, o: MarkdownOptions = {}) => toMarkdown(post(html), { frontMatter: false, ...o }).trimEnd();

describe('headings keep their links and formatting', () => {
  it('writes a linked card title as a link, anchors and outline as plain text', () => {
    const a = post('<h3><a href="https://studio.example/work/harbour">Harbour bridge lighting</a></h3><h2>Write to <a href="/contact/">our desk</a> <em>today</em></h2>');
    expect(toMarkdown(a, { frontMatter: false })).toBe('### [Harbour bridge lighting](https://studio.example/work/harbour)\n\n## Write to [our desk](/contact/) *today*\n');
    expect(a.headings.map((h) => [h.text, h.anchor])).toEqual([['Harbour bridge lighting', 'harbour-bridge-lighting'], ['Write to our desk today', 'write-to-our-desk-today']]);
  });

  it('moves an image standing in a heading to its own block before or after it', () => {
    const a = post('<h2><img src="https://studio.example/icon.png" alt="Lamp icon"> Lighting</h2><h2><a href="/w/">Work</a> <img src="https://studio.example/w.jpg" alt="Work photo"></h2>');
    expect(a.body.map((b) => b.type)).toEqual(['image', 'heading', 'heading', 'image']);
    expect(md('<h2><img src="https://studio.example/icon.png" alt="Lamp icon"> Lighting</h2>')).toBe('![Lamp icon](https://studio.example/icon.png)\n\n## Lighting');
    expect(post('<h2><img src="https://studio.example/only.png" alt="Only"></h2>').body).toMatchObject([{ type: 'image', alt: 'Only' }]);
  });

  it('writes a line break as a space, with a warning saying where', () => {
    const r = renderMarkdown(post('<p>x</p><h2>Opening<br>hours</h2>'), { frontMatter: false });
    expect(r.markdown).toBe('x\n\n## Opening hours\n');
    expect(r.warnings).toEqual([{ code: 'heading_line_break', message: 'A line break in a heading was written as a space (an ATX heading is one line)', path: 'body[1]' }]);
  });

  it('keeps escaping plain headings as one line', () => {
    expect(md('<h2>Rates * terms #</h2>')).toBe('## Rates * terms \\#');
  });
});

describe('heading ids of the source', () => {
  const html = '<h2 id="shipping">Delivery costs</h2><h2>Shipping</h2><h2 id="shipping">Returns</h2><h2 id="not valid">Faq</h2>';

  it('keep the source id as anchor, once, and generated anchors avoid it', () => {
    const a = post(html);
    expect(a.headings.map((h) => h.anchor)).toEqual(['shipping', 'shipping-1', 'returns', 'faq']);
    expect(a.html).toContain('<h2 id="shipping">Delivery costs</h2>');
  });

  it('are written {#id} for Hugo and Jekyll, and warned where Markdown cannot hold them', () => {
    expect(md(html, { frontMatter: 'hugo' })).toContain('## Delivery costs {#shipping}\n\n## Shipping {#shipping-1}\n\n## Returns\n\n## Faq');
    expect(md(html, { frontMatter: 'jekyll' })).toContain('## Delivery costs {#shipping}');
    const r = renderMarkdown(post(html), { frontMatter: false });
    expect(r.markdown).toContain('## Delivery costs\n\n## Shipping\n');
    expect(r.warnings).toEqual([{ code: 'heading_id_lost', message: 'The heading id "shipping" cannot be written in this Markdown; links to #shipping need it', path: 'body[0]' }]);
  });
});

describe('heading emphasis', () => {
  it('leaves out a <strong> around the whole heading, keeps one around part of it and <em>', () => {
    expect(md('<h2><strong>Contact</strong></h2><h3><strong>2. Fast</strong> and cheap</h3><h3><em>Aside</em></h3>')).toBe('## Contact\n\n### **2. Fast** and cheap\n\n### *Aside*');
  });
  it('keeps a double break of a heading in its html, one space in Markdown', () => {
    const a = post('<h3>Name - Zostel<br><br>Location - Shillong</h3>');
    expect(a.body).toMatchObject([{ type: 'heading', html: 'Name - Zostel<br><br>Location - Shillong', text: 'Name - Zostel Location - Shillong' }]);
    expect(toMarkdown(a, { frontMatter: false })).toBe('### Name - Zostel Location - Shillong\n');
  });
});

describe('heading text for Hugo and Jekyll', () => {
  it('escapes a final {…} that would be read as attributes', () => {
    expect(md('<h2>Vue slots {#default}</h2>', { frontMatter: 'hugo' })).toMatch(/## Vue slots \\\{#default}$/);
    expect(md('<h2>Vue slots {#default}</h2>')).toBe('## Vue slots {#default}');
  });
});
