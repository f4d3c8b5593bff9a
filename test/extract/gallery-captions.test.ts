import { parsePost } from '../../src';

const post = (html: string) => ({ id: 1, title: { rendered: 'G' }, content: { rendered: html } });
const captions = (html: string) => {
  const g = parsePost(post(html)).body[0]!;
  if (g.type !== 'gallery') throw new Error(`expected a gallery, got ${g.type}`);
  return { gallery: g.caption, images: g.images.map((i) => i.caption) };
};

describe('gallery captions', () => {
  it("gives an image the caption of its own figure only: the gallery's caption is not an image's", () => {
    // Figures in a figure (unpress's own gallery html, hand-written galleries); Gutenberg's
    // gallery block has a rule of its own and is checked in the fixtures.
    const html =
      '<figure><figure><img src="https://x.test/1.jpg" alt="1"><figcaption>One</figcaption></figure>' +
      '<figure><img src="https://x.test/2.jpg" alt="2"></figure><figcaption>Trip</figcaption></figure>';
    expect(captions(html)).toEqual({ gallery: 'Trip', images: ['One', null] });
  });

  it('still finds a caption beside the image in wrappers that are not figures (classic gallery items)', () => {
    const html =
      '<figure><div class="gallery-item"><div class="gallery-icon"><img src="https://x.test/1.jpg" alt="1"></div><div class="gallery-caption">One</div></div>' +
      '<div class="gallery-item"><div class="gallery-icon"><img src="https://x.test/2.jpg" alt="2"></div></div></figure>';
    expect(captions(html)).toEqual({ gallery: null, images: ['One', null] });
  });

  it('reads its own html back the same (a figure inside a figcaption, found by the idempotency property, seed 7)', () => {
    const html =
      '<figure class="wp-block-image"><img src="https://ok.example/i.jpg" alt="i"><figcaption><figure class="wp-block-image"><img src="https://ok.example/i.jpg" alt="i"><figcaption></figcaption></figure>\n<a href="javascript:alert(1)">&amp;</a></figcaption></figure>';
    const once = parsePost(post(html)).html;
    expect(parsePost(post(once)).html).toBe(once);
  });
});
