import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost, parsePosts } from '../../../src';

const parse = (html: string) => parsePost({ id: 1, title: { rendered: 'T' }, content: { rendered: html } });

describe('classic profile', () => {
  it('#24 #25 wp-caption in both HTML forms → the same image with caption', () => {
    const html5 = parse('<figure id="attachment_1" style="width: 405px" class="wp-caption alignnone"><a href="https://x.test/a.jpg"><img src="https://x.test/a-300x200.jpg" alt="A" width="300" height="200"></a><figcaption class="wp-caption-text">Cap</figcaption></figure>');
    const old = parse('<div id="attachment_1" style="width: 310px" class="wp-caption alignnone"><img src="https://x.test/a-300x200.jpg" alt="A" width="300" height="200"><p class="wp-caption-text">Cap</p></div>');
    expect(html5.body).toEqual(old.body);
    expect(old.body).toEqual([expect.objectContaining({ type: 'image', src: 'https://x.test/a-300x200.jpg', caption: 'Cap', link: null, width: 300 })]);
  });

  it('#34 [gallery] output with its <style> block → gallery with captions, no CSS text', () => {
    const a = parse("<style type='text/css'>#gallery-1 .gallery-item { float: left; }</style><div id='gallery-1' class='gallery galleryid-5 gallery-columns-2'><dl class='gallery-item'><dt class='gallery-icon'><a href='https://x.test/b.jpg'><img src='https://x.test/b-150x150.jpg' alt='B'></a></dt><dd class='wp-caption-text gallery-caption'>Boat</dd></dl><dl class='gallery-item'><dt class='gallery-icon'><img src='https://x.test/n-150x150.jpg' alt='N'></dt></dl><br style='clear: both' /></div>");
    expect(a.body).toEqual([{ type: 'gallery', caption: null, images: [expect.objectContaining({ src: 'https://x.test/b-150x150.jpg', caption: 'Boat' }), expect.objectContaining({ src: 'https://x.test/n-150x150.jpg', caption: null })] }]);
    expect(a.text).not.toMatch(/float|gallery-item/);
  });

  it('bare embed URLs of known providers alone in a paragraph → embeds; other URLs stay text', () => {
    const a = parse('<p>https://www.youtube.com/watch?v=dQw4w9WgXcQ</p><p><a href="https://vimeo.com/1">https://vimeo.com/1</a></p><p>https://example.org/page</p><p>See https://youtu.be/dQw4w9WgXcQ here</p>');
    expect(a.body.map((b) => b.type)).toEqual(['embed', 'embed', 'paragraph', 'paragraph']);
    // Spaces around the URL (no-break ones too) are not text; text or a second node before it is.
    const b = parse('<p>\n&nbsp;https://youtu.be/dQw4w9WgXcQ </p><p>Watch <a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></p><p> <a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a> x</p><p>Xhttps://youtu.be/dQw4w9WgXcQ</p>');
    expect(b.body.map((x) => x.type)).toEqual(['embed', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('#14 #15 #16 #22 wpautop: <br /> is a line break, <br /><br /> a new paragraph, empty and more-tag paragraphs vanish', () => {
    const a = parse('<p>A<br />\nB</p>\n<p>&nbsp;</p>\n<p><br></p>\n<p>C<br />\n<br />\nD</p>\n<p><span id="more-7"></span></p>');
    expect(a.body).toEqual([
      { type: 'paragraph', text: 'A\nB', html: 'A<br>B' },
      { type: 'paragraph', text: 'C', html: 'C' },
      { type: 'paragraph', text: 'D', html: 'D' },
    ]);
  });

  it('#70 [playlist] output → one media per track from its JSON, no script text', () => {
    const a = parse('<div class="wp-playlist wp-audio-playlist"><audio controls></audio><noscript><ol><li><a href="https://x.test/1.mp3">1</a></li></ol></noscript><script type="application/json" class="wp-playlist-script">{"type":"audio","tracks":[{"src":"https://x.test/1.mp3","title":"One"}]}</script></div>');
    expect(a.body).toEqual([{ type: 'media', kind: 'audio', src: 'https://x.test/1.mp3', title: 'One', caption: null }]);
  });

  it('a UTF-8 BOM file holding an array of classic pages parses through parsePosts', () => {
    const bytes = readFileSync(join(__dirname, '../../../fixtures/classic-marketsheadlines-bom-array/pages.json'));
    expect(bytes[0]).toBe(0xef);
    const { articles, failures } = parsePosts(bytes);
    expect(failures).toEqual([]);
    expect(articles).toHaveLength(10);
    expect(articles.every((a) => a.editor === 'classic' && a.body.length > 0)).toBe(true);
  });
});
