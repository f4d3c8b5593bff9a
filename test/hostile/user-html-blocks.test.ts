import { parsePost, type BlockHandler } from '../../src';

describe('html blocks from user handlers', () => {
  it('are sanitised like any input', () => {
    const raw: BlockHandler = (el) => (el.attribs.class === 'raw' ? [{ type: 'html', html: '<div><p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><script>alert(2)</script><img src="https://x.test/a.jpg" onerror=alert(3)></div>' }] : undefined);
    const a = parsePost({ id: 1, content: { rendered: '<section class="raw">ignored</section>' } }, { blockHandlers: { section: raw } });
    expect(a.body).toEqual([{ type: 'html', html: '<p>Hi there</p>\n<figure><img src="https://x.test/a.jpg" alt=""></figure>' }]);
  });
});

describe('quotes with images', () => {
  it('keep the image as a block after the quote', () => {
    const a = parsePost({ id: 1, content: { rendered: '<blockquote><p>Said it.</p><img src="https://x.test/a.jpg" alt="A"></blockquote>' } });
    expect(a.body.map((b) => b.type)).toEqual(['quote', 'image']);
    expect(a.images).toHaveLength(1);
  });
});
