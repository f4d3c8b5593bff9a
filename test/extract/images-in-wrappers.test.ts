import { parsePost } from '../../src';

const post = (html: string) => ({ id: 1, title: { rendered: 'I' }, content: { rendered: html } });
const shape = (html: string) => parsePost(post(html)).body.map((b) => (b.type === 'paragraph' ? `p:${b.html}` : b.type));
const IMG = '<img src="https://x.test/a.jpg" alt="A">';

describe('images inside wrappers the output drops', () => {
  it('split a paragraph as they do when they stand in it directly, so article.html reads back the same', () => {
    // A heading, a div or a span left inside a <p> is unwrapped in the output: the image then stands in the <p>.
    for (const wrap of [(s: string) => s, (s: string) => `<span style="color:red">${s}</span>`, (s: string) => `<span><h2>${s}</h2></span>`, (s: string) => `<div class="x"><div>${s}</div></div>`]) {
      expect(shape(`<p>${wrap(IMG)}</p>`)).toEqual(['image']);
      expect(shape(`<p>${wrap(IMG)} after</p>`)).toEqual(['image', 'p:after']);
    }
  });

  it('alone in a link, through inline wrappers, are an image block with that link (as <a><img></a> is)', () => {
    const a = parsePost(post(`<p><a href="https://x.test/page/"><span class="zoom">${IMG}</span></a></p>`));
    expect(a.body).toEqual([expect.objectContaining({ type: 'image', src: 'https://x.test/a.jpg', link: 'https://x.test/page/' })]);
    // An unsafe link is dropped, the image stays an image (property case: tag soup, seed 1234).
    const b = parsePost(post(`<div class="elementor-widget-container"><a href="javascript:alert(1)"><span>${IMG}</span></a></div>`));
    expect(b.body.map((x) => x.type)).toEqual(['image']);
    expect(parsePost(post(b.html)).html).toBe(b.html);
  });

  it('in a link the output drops (unsafe URL), split the paragraph as when they stand in it (seed 1234, second round)', () => {
    const html = `<div><a href="javascript:alert(1)"><span>${IMG}\n!</span></a></div>`;
    expect(shape(html)).toEqual(['image', 'p:!']);
    const a = parsePost(post(html));
    expect(a.warnings.filter((w) => w.code === 'unsafe_url')).toHaveLength(1);
    expect(parsePost(post(a.html)).html).toBe(a.html);
    // A safe link keeps the image inline with the text, and reads back the same.
    const b = parsePost(post(`<div><a href="https://ok.test/"><span>${IMG}\n!</span></a></div>`));
    expect(b.body.map((x) => x.type)).toEqual(['paragraph']);
    expect(parsePost(post(b.html)).html).toBe(b.html);
  });

  it('convert the html they produce again to the same html (found by the idempotency property, seeds 7 and 1234)', () => {
    for (const html of [
      '<p\n<div><span style="color:red"><div class="elementor-section"><div class="elementor-widget-container"><img src="https://evil.example/frame" alt="" onerror="alert(1)"></div></div></span></div>',
      '<p><span style="color:red"><h2 onclick="alert(1)"><img src="http://ok.example/x y" alt="alpha" onerror="alert(1)"></h2>\nalpha</span></p>',
    ]) {
      const once = parsePost(post(html)).html;
      expect(parsePost(post(once)).html).toBe(once);
    }
  });
});
