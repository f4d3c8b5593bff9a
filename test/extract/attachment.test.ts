import { parsePost } from '../../src';

// The shape of `/wp/v2/media/{id}` (written from the REST attachments controller's schema).
const media = {
  id: 5,
  type: 'attachment',
  slug: 'photo',
  title: { rendered: 'Photo' },
  source_url: 'https://x.test/p.jpg',
  alt_text: 'A &amp; B',
  caption: { rendered: '<p>Cap&#8217;s</p>\n' },
  media_details: { width: 1200, height: 800, sizes: { thumbnail: { source_url: 'https://x.test/p-150x150.jpg', width: 150, height: 150, mime_type: 'image/jpeg' } } },
  description: { rendered: '<p class="attachment"><a href="https://x.test/p.jpg"><img width="300" height="200" src="https://x.test/p-300x200.jpg" alt=""></a></p>\n' },
};

describe('attachments', () => {
  it('are their own featured image, with the caption as excerpt and the description as body', () => {
    const a = parsePost(media);
    expect(a.featuredImage).toEqual({
      id: 5, url: 'https://x.test/p.jpg', alt: 'A & B', width: 1200, height: 800, caption: 'Cap’s',
      variants: [{ name: 'thumbnail', url: 'https://x.test/p-150x150.jpg', width: 150, height: 150, mimeType: 'image/jpeg' }],
    });
    expect(a.excerpt).toBe('Cap’s');
    expect(a.body).toEqual([{ type: 'image', src: 'https://x.test/p-300x200.jpg', alt: '', title: null, width: 300, height: 200, caption: null, srcset: [], link: null }]);
  });
});
