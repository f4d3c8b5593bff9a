import { md, parse, renderCommonMark } from './helpers';

// docs/checklist.md, "Text & whitespace": cases 14–22 of markup-patterns.md §5.

const p = (html: string, text = html.replace(/<[^>]*>/g, '')) => ({ type: 'paragraph', text, html });

describe('checklist: text & whitespace', () => {
  it('#14 empty paragraphs (&nbsp;, <br>, nothing) between paragraphs → dropped, one blank line left', () => {
    const html = '<p>A</p>\n<p>&nbsp;</p>\n<p><br></p>\n<p></p>\n<p>B</p>';
    expect(parse(html).body).toEqual([p('A'), p('B')]);
    expect(md(html)).toBe('A\n\nB\n');
  });

  it('#15 wpautop <br /> inside a paragraph → one paragraph with a hard break (backslash)', () => {
    const html = '<p>Hello<br />\nWorld</p>';
    expect(parse(html).body).toEqual([{ type: 'paragraph', text: 'Hello\nWorld', html: 'Hello<br>World' }]);
    expect(md(html)).toBe('Hello\\\nWorld\n');
    // A break that ends the paragraph inside emphasis leaves no stray backslash.
    expect(md('<p><strong>Title<br />\n</strong></p>')).toBe('**Title**\n');
  });

  it('#16 <br><br> inside a paragraph → two paragraphs', () => {
    const html = '<p>A<br><br>B</p>';
    expect(parse(html).body).toEqual([p('A'), p('B')]);
    expect(md(html)).toBe('A\n\nB\n');
  });

  it('#17 <strong>bold&nbsp;</strong>text → "**bold**" NBSP "text": no "**bold **" (the NBSP is kept, outside the emphasis)', () => {
    const html = '<p><strong>bold&nbsp;</strong>text</p>';
    // By design the NBSP stays a U+00A0 (it carries meaning in `10 km`, `« mot »`); it moves out of
    // the emphasis, so there is no `**bold **` and CommonMark reads the bold.
    expect(md(html)).toBe('**bold**\u00a0text\n');
    expect(renderCommonMark(md(html))).toBe('<p><strong>bold</strong>\u00a0text</p>\n');
  });

  it('#18 font-weight 700 → **x**; font-weight 400 and color spans → plain text', () => {
    const html = '<p><span style="font-weight: 700;">x</span> <span style="font-weight:400;">y</span> <span style="color:#f00">z</span></p>';
    expect(parse(html).body).toEqual([p('<strong>x</strong> y z')]);
    expect(md(html)).toBe('**x** y z\n');
    // The same rule reads italic styles, and Google Docs' <b style="font-weight:normal"> wrapper is not bold.
    expect(md('<p><span style="font-style: italic; font-weight: bold">both</span> <b style="font-weight:normal;" id="docs-internal-guid-1">plain</b></p>')).toBe('***both*** plain\n');
  });

  it('#19 texturized entities → typographic characters, not double-escaped', () => {
    const html = '<p>It&#8217;s &#8220;ok&#8221; &#8211; fine&hellip;</p>';
    expect(parse(html).body).toEqual([p('It’s “ok” – fine…')]);
    expect(md(html)).toBe('It’s “ok” – fine…\n');
  });

  it('#20 literal Markdown characters stay literal: minimal escaping, proven through a CommonMark parser', () => {
    const html = '<p>foo_bar [x] *y*</p>';
    // Our escaping policy: only what would change the meaning (`*y*` would be emphasis).
    expect(md(html)).toBe('foo_bar [x] \\*y\\*\n');
    expect(renderCommonMark(md(html))).toBe('<p>foo_bar [x] *y*</p>\n');
  });

  it('#21 zero-width spaces (U+200B) → removed', () => {
    const a = parse('<h2>Ti\u200btle</h2><p>zero\u200bwidth\u200b</p>');
    expect(a.body).toEqual([{ type: 'heading', level: 2, text: 'Title', html: 'Title', anchor: 'title' }, p('zerowidth')]);
    expect(a.text).not.toContain('\u200b');
  });

  it('#22 the more tag <p><span id="more-42"></span></p> → nothing', () => {
    const html = '<p>Intro</p>\n<p><span id="more-42"></span></p>\n<p>Rest</p>';
    expect(parse(html).body).toEqual([p('Intro'), p('Rest')]);
    expect(md(html)).toBe('Intro\n\nRest\n');
  });
});
