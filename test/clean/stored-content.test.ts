import { parsePost, toMarkdown } from '../../src';
import { renderStoredContent } from '../../src/clean/stored/render-stored-content';

// Stored content (`content.raw` alone: an edit response without `rendered`, an export) must read
// as the page WordPress renders from it: its blank lines are paragraphs, its newlines line breaks.
describe('stored content laid out as the_content does', () => {
  const raw = (content: string) => parsePost({ id: 7, type: 'post', slug: 's', title: { raw: 'T' }, content: { raw: content } });

  it('turns blank lines into paragraphs and single newlines into line breaks (wpautop)', () => {
    const a = raw('Roses are red,\nviolets are blue.\n\nA second stanza.');
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'Roses are red,\nviolets are blue.', html: 'Roses are red,<br>violets are blue.' },
      { type: 'paragraph', text: 'A second stanza.', html: 'A second stanza.' },
    ]);
  });

  it('makes a URL alone on its line an embed, as WordPress auto-embeds it', () => {
    const a = raw('Watch this:\n\nhttps://www.youtube.com/watch?v=M7lc1UVf-VE\n\nThat was it.');
    expect(a.body.map((b) => b.type)).toEqual(['paragraph', 'embed', 'paragraph']);
  });

  it('keeps preformatted text and lists as written', () => {
    expect(renderStoredContent('<pre>a\n\nb</pre>\n\n<ul>\n<li>x</li>\n</ul>')).toBe('<pre>a\n\nb</pre>\n<ul>\n<li>x</li>\n</ul>\n');
  });

  it('leaves block content alone (do_blocks switches wpautop off)', () => {
    const blocks = '<!-- wp:paragraph -->\n<p>One\ntwo</p>\n<!-- /wp:paragraph -->';
    expect(renderStoredContent(blocks)).toBe(blocks);
    expect(raw(blocks).body).toEqual([{ type: 'paragraph', text: 'One two', html: 'One two' }]);
  });

  it('expands core shortcodes in stored content, a password-protected post’s too', () => {
    const a = parsePost({ id: 7, content: { raw: '[caption id="attachment_5" width="300"]<img src="https://x.test/a.jpg" alt="A" /> The cap[/caption]', protected: true } });
    expect(a.body).toEqual([expect.objectContaining({ type: 'image', src: 'https://x.test/a.jpg', caption: 'The cap' })]);
    expect(a.protected).toBe(true);
  });

  it('uses rendered content when the response has both', () => {
    const a = parsePost({ id: 7, content: { raw: 'stored\n\ntext', rendered: '<p>rendered text</p>' } });
    expect(toMarkdown(a, { frontMatter: false })).toBe('rendered text\n');
  });
});
