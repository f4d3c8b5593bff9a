import { parsePost, toMarkdown } from '../../src';
import { parseFragment } from '../../src/dom/dom';
import { inlineContent } from '../../src/extract/body/inline';
import { context, post } from './helpers';

const convert = (label: string, href = 'https://ok.example/') =>
  parsePost({ id: 1, content: { rendered: `<div class="wp-block-button"><a class="wp-block-button__link" href="${href}">${label}</a></div>` } });

describe('button labels', () => {
  it('keep their inline formatting in html and Markdown, and their text plain', () => {
    const a = convert('Buy <strong>[now]</strong> &amp; save <em>50% *off*</em>');
    expect(a.body).toEqual([{ type: 'button', text: 'Buy [now] & save 50% *off*', html: 'Buy <strong>&#91;now]</strong> &amp; save <em>50% *off*</em>', href: 'https://ok.example/' }]);
    expect(a.html).toBe('<p><a href="https://ok.example/">Buy <strong>&#91;now]</strong> &amp; save <em>50% *off*</em></a></p>');
    expect(a.text).toBe('Buy [now] & save 50% *off*');
    expect(toMarkdown(a, { frontMatter: false })).toBe('[Buy **\\[now\\]** & save *50% \\*off\\**](https://ok.example/)\n');
    expect(a.links.map((l) => [l.href, l.text])).toEqual([['https://ok.example/', 'Buy [now] & save 50% *off*']]);
  });

  it('drop an icon image, and a link inside the label (the button is the link)', () => {
    const a = convert('<img src="https://ok.example/icon.png" alt="cart"> <span class="icon"></span>Cart <code>x</code>');
    expect(a.body).toEqual([{ type: 'button', text: 'Cart x', html: 'Cart <code>x</code>', href: 'https://ok.example/' }]);
    expect(a.images).toEqual([]);
    // An HTML parser closes a link at a nested one: the label's own reading is what sees it.
    const ctx = context(post({ id: 1 }));
    const label = inlineContent(parseFragment('Go <a href="https://other.example/">there</a> <img src="https://ok.example/i.png" alt="i">'), ctx, { recordLinks: false, links: false, images: false });
    expect(label).toEqual({ html: 'Go there', text: 'Go there' });
    expect([ctx.links, ctx.images, ctx.warnings]).toEqual([[], [], []]);
  });

  it('stay on one line in Markdown, keep one line break in html, and keep a button without a link as its label', () => {
    // A line break is kept in html and text (one: a label has no paragraphs), a space in Markdown.
    const br = convert('Call<br><br> <br>us');
    expect(br.body).toEqual([{ type: 'button', text: 'Call\nus', html: 'Call<br>us', href: 'https://ok.example/' }]);
    expect(br.links.map((l) => l.text)).toEqual(['Call us']);
    expect(toMarkdown(br, { frontMatter: false })).toBe('[Call us](https://ok.example/)\n');
    const plain = parsePost({ id: 1, content: { rendered: '<div class="wp-block-button"><a class="wp-block-button__link"><em>Soon</em></a></div>' } });
    expect(plain.body).toEqual([{ type: 'button', text: 'Soon', html: '<em>Soon</em>', href: null }]);
    expect(toMarkdown(plain, { frontMatter: false })).toBe('*Soon*\n');
    expect(plain.html).toBe('<p><em>Soon</em></p>');
  });

  it('never carry a script or an event handler into html or Markdown', () => {
    const a = convert('<b onclick="x()">Go</b><script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(a.html).toBe('<p><a href="https://ok.example/"><strong>Go</strong></a></p>');
    expect(toMarkdown(a, { frontMatter: false })).not.toMatch(/script|onerror|onclick/);
  });
});
