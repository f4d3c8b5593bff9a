import { everything, inContainer, md, parse, widget } from './helpers';

// docs/checklist.md, "Galleries / media / embeds": cases 33–39 of markup-patterns.md §5.

const img = (o: Record<string, unknown>) => ({ type: 'image', title: null, width: null, height: null, caption: null, srcset: [], link: null, ...o });
const youtube = (caption: string | null) => ({ type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption });

describe('checklist: galleries, media, embeds', () => {
  it('#33 Gutenberg nested gallery of 3 captioned images + gallery caption → gallery[3] with captions', () => {
    const fig = (n: number, alt: string) => `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" data-id="1${n}" src="https://x.test/${n}.jpg" alt="${alt}" class="wp-image-1${n}"/><figcaption class="wp-element-caption">C${n}</figcaption></figure>`;
    const html = `<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n${fig(1, 'One')}\n${fig(2, 'Two')}\n${fig(3, 'Three')}\n<figcaption class="blocks-gallery-caption wp-element-caption">All three</figcaption></figure>`;
    const size = { width: 1024, height: 683 };
    expect(parse(html).body).toEqual([{
      type: 'gallery', caption: 'All three',
      images: [img({ src: 'https://x.test/1.jpg', alt: 'One', caption: 'C1', ...size }), img({ src: 'https://x.test/2.jpg', alt: 'Two', caption: 'C2', ...size }), img({ src: 'https://x.test/3.jpg', alt: 'Three', caption: 'C3', ...size })],
    }]);
  });

  it('#34 classic [gallery] output with its <style> block, dl/dt/dd and clearing <br> → gallery with captions, no CSS', () => {
    const item = (id: number, name: string, alt: string, caption: string) => `<dl class='gallery-item'>\n\t\t\t<dt class='gallery-icon landscape'>\n\t\t\t\t<a href='https://x.test/?attachment_id=${id}'><img width="150" height="150" src="https://x.test/${name}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="${alt}" aria-describedby="gallery-1-${id}" /></a>\n\t\t\t</dt>\n\t\t\t\t<dd class='wp-caption-text gallery-caption' id='gallery-1-${id}'>\n\t\t\t\t${caption}\n\t\t\t\t</dd></dl>`;
    const html = "<style type='text/css'>\n\t\t\t#gallery-1 {\n\t\t\t\tmargin: auto;\n\t\t\t}\n\t\t\t#gallery-1 .gallery-item {\n\t\t\t\tfloat: left;\n\t\t\t\ttext-align: center;\n\t\t\t\twidth: 50%;\n\t\t\t}\n\t\t</style>\n\t\t<!-- see gallery_shortcode() in wp-includes/media.php -->\n"
      + `\t\t<div id='gallery-1' class='gallery galleryid-42 gallery-columns-2 gallery-size-thumbnail'>${item(5, 'a', 'A', 'First')}${item(6, 'b', 'B', 'Second')}<br style="clear: both" />\n\t\t</div>\n`;
    const a = parse(html);
    const size = { width: 150, height: 150 };
    expect(a.body).toEqual([{
      type: 'gallery', caption: null,
      images: [
        img({ src: 'https://x.test/a-150x150.jpg', alt: 'A', caption: 'First', link: 'https://x.test/?attachment_id=5', ...size }),
        img({ src: 'https://x.test/b-150x150.jpg', alt: 'B', caption: 'Second', link: 'https://x.test/?attachment_id=6', ...size }),
      ],
    }]);
    expect(everything(a)).not.toMatch(/gallery-1|margin|float|gallery_shortcode/);
  });

  it('#35 YouTube embed figure with iframe → embed{youtube, watch URL, caption}; no iframe emitted', () => {
    const html = '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n<iframe title="A video" width="640" height="360" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0" allow="accelerometer; autoplay" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n</div><figcaption class="wp-element-caption">Watch</figcaption></figure>';
    const a = parse(html);
    expect(a.body).toEqual([youtube('Watch')]);
    expect(everything(a)).not.toContain('<iframe');
    // Our embed policy: the URL on its own line (what static site generators auto-embed), caption below.
    expect(md(html)).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n*Watch*\n');
  });

  it('#36 embed fallback with only the URL in .wp-block-embed__wrapper ≡ #35', () => {
    const html = '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div><figcaption class="wp-element-caption">Watch</figcaption></figure>';
    expect(parse(html).body).toEqual([youtube('Watch')]);
  });

  it('#37 Elementor video widget, URL only in data-settings → embed with that URL', () => {
    const html = inContainer(widget('video', '<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div>', { attrs: `data-settings='{"youtube_url":"https:\\/\\/youtu.be\\/dQw4w9WgXcQ","video_type":"youtube","controls":"yes"}'` }));
    expect(parse(html).body).toEqual([youtube(null)]);
  });

  it('#38 WordPress post embed (blockquote.wp-embedded-content + hidden iframe) → embed with the post title; no iframe', () => {
    const html = '<figure class="wp-block-embed is-type-wp-embed is-provider-other-blog wp-block-embed-other-blog"><div class="wp-block-embed__wrapper">\n<blockquote class="wp-embedded-content" data-secret="AbC123"><a href="https://other.test/2024/hello/">Hello from the other blog</a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" title="&#8220;Hello from the other blog&#8221; &#8212; Other" src="https://other.test/2024/hello/embed/#?secret=XyZ#?secret=AbC123" data-secret="AbC123" width="500" height="282" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>\n</div></figure>';
    const a = parse(html);
    expect(a.body).toEqual([{ type: 'embed', provider: 'other-blog', url: 'https://other.test/2024/hello/', id: null, caption: 'Hello from the other blog' }]);
    expect(everything(a)).not.toMatch(/<iframe|secret/);
    // By design an embed is its URL on its own line (not a `[Title](url)` link card); the title is its caption.
    expect(md(html)).toBe('https://other.test/2024/hello/\n\n*Hello from the other blog*\n');
  });

  it('#39 tweet blockquote + widgets.js script → twitter embed with the tweet URL; no script', () => {
    const html = '<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">Hello world</p>&mdash; Jack (@jack) <a href="https://twitter.com/jack/status/20?ref_src=twsrc%5Etfw">March 21, 2006</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n</div></figure>';
    const a = parse(html);
    expect(a.body).toEqual([{ type: 'embed', provider: 'twitter', url: 'https://twitter.com/jack/status/20', id: '20', caption: null }]);
    expect(everything(a)).not.toMatch(/widgets\.js|<script/);
  });
});
