import { everything, inContainer, md, parse, widget } from './helpers';

// docs/checklist.md, "Images": cases 23–32 of markup-patterns.md §5.

const img = (o: Record<string, unknown>) => ({ type: 'image', title: null, width: null, height: null, caption: null, srcset: [], link: null, ...o });
const UP = 'https://x.test/wp-content/uploads/2024/05';

describe('checklist: images', () => {
  it('#23 Gutenberg image linked to its full-size file → figure with caption, self-link removed, full file recorded', () => {
    const html = `<figure class="wp-block-image size-large"><a href="${UP}/a.jpg"><img decoding="async" width="1024" height="576" src="${UP}/a-1024x576.jpg" alt="A cat" class="wp-image-7" srcset="${UP}/a-1024x576.jpg 1024w, ${UP}/a-300x169.jpg 300w, ${UP}/a.jpg 1920w" sizes="(max-width: 1024px) 100vw, 1024px" /></a><figcaption class="wp-element-caption">Cap</figcaption></figure>`;
    const srcset = [{ url: `${UP}/a.jpg`, descriptor: '1920w' }, { url: `${UP}/a-1024x576.jpg`, descriptor: '1024w' }, { url: `${UP}/a-300x169.jpg`, descriptor: '300w' }];
    // Default: the authored src; the largest candidate is srcset[0].
    expect(parse(html).body).toEqual([img({ src: `${UP}/a-1024x576.jpg`, alt: 'A cat', width: 1024, height: 576, caption: 'Cap', srcset })]);
    // resolveImageOriginals: src is the full-size file.
    expect(parse(html, { resolveImageOriginals: true }).body).toEqual([img({ src: `${UP}/a.jpg`, alt: 'A cat', width: 1024, height: 576, caption: 'Cap', srcset })]);
    expect(md(html, { resolveImageOriginals: true })).toBe(`![A cat](${UP}/a.jpg)\n\n*Cap*\n`);
  });

  it('#24 [caption] HTML5 form figure.wp-caption > img + figcaption → image with caption, width style ignored', () => {
    const html = '<figure id="attachment_5" aria-describedby="caption-attachment-5" style="width: 300px" class="wp-caption aligncenter"><img class="size-medium wp-image-5" src="https://x.test/a.jpg" alt="x" width="300" height="200" /><figcaption id="caption-attachment-5" class="wp-caption-text">My caption</figcaption></figure>';
    expect(parse(html).body).toEqual([img({ src: 'https://x.test/a.jpg', alt: 'x', width: 300, height: 200, caption: 'My caption' })]);
    expect(md(html)).toBe('![x](https://x.test/a.jpg)\n\n*My caption*\n');
  });

  it('#25 [caption] non-HTML5 form div.wp-caption > img + p.wp-caption-text ≡ #24', () => {
    const html = '<div id="attachment_5" style="width: 310px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-5" class="size-medium wp-image-5" src="https://x.test/a.jpg" alt="x" width="300" height="200" /><p id="caption-attachment-5" class="wp-caption-text">My caption</p></div>';
    expect(parse(html).body).toEqual([img({ src: 'https://x.test/a.jpg', alt: 'x', width: 300, height: 200, caption: 'My caption' })]);
    expect(md(html)).toBe('![x](https://x.test/a.jpg)\n\n*My caption*\n');
  });

  it('#26 WP Rocket lazy image (SVG placeholder src, data-lazy-src/srcset) → the real URL, never the placeholder', () => {
    const html = '<p><img width="800" height="600" src="data:image/svg+xml,%3Csvg%20xmlns=\'http://www.w3.org/2000/svg\'%20viewBox=\'0%200%20800%20600\'%3E%3C/svg%3E" alt="a" data-lazy-srcset="https://x/a.jpg 800w, https://x/a-300x225.jpg 300w" data-lazy-sizes="(max-width: 800px) 100vw, 800px" data-lazy-src="https://x/a.jpg" /><noscript><img width="800" height="600" src="https://x/a.jpg" alt="a" /></noscript></p>';
    const a = parse(html);
    expect(a.body).toEqual([img({ src: 'https://x/a.jpg', alt: 'a', width: 800, height: 600, srcset: [{ url: 'https://x/a.jpg', descriptor: '800w' }, { url: 'https://x/a-300x225.jpg', descriptor: '300w' }] })]);
    expect(everything(a)).not.toContain('data:image');
  });

  it('#27 Jetpack lazy image + noscript twin → one image without is-pending-load; de-CDN\'d on request', () => {
    const html = '<p><img class="jetpack-lazy-image" width="900" height="380" alt="a" data-lazy-src="https://i0.wp.com/site.test/a.jpg?resize=900%2C380&amp;is-pending-load=1" srcset="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"><noscript><img data-lazy-fallback="1" width="900" height="380" alt="a" src="https://i0.wp.com/site.test/a.jpg?resize=900%2C380&amp;ssl=1"></noscript></p>';
    expect(parse(html).body).toEqual([img({ src: 'https://i0.wp.com/site.test/a.jpg?resize=900%2C380', alt: 'a', width: 900, height: 380 })]);
    expect(parse(html, { resolveImageOriginals: true }).body).toEqual([img({ src: 'https://site.test/a.jpg', alt: 'a', width: 900, height: 380 })]);
  });

  it('#28 <img data-src class="lazyload"> without src → the data-src URL', () => {
    expect(parse('<p><img data-src="https://x.test/a.jpg" class="lazyload" alt="a"></p>').body).toEqual([img({ src: 'https://x.test/a.jpg', alt: 'a' })]);
  });

  it('#29 Elementor image carousel with swiper-lazy slides → images with captions; nav buttons and preloader dropped', () => {
    const slide = (n: number, alt: string, caption = '') => `<div class="swiper-slide" role="group" aria-roledescription="slide" aria-label="${n} of 2"><figure class="swiper-slide-inner"><img class="swiper-slide-image swiper-lazy" data-src="https://x.test/${n}.jpg" alt="${alt}" /><div class="swiper-lazy-preloader"></div>${caption}</figure></div>`;
    const html = inContainer(widget('image-carousel', `<div class="elementor-image-carousel-wrapper swiper" dir="ltr"><div class="elementor-image-carousel swiper-wrapper" aria-live="off">${slide(1, 'One')}${slide(2, 'Two', '<figcaption class="elementor-image-carousel-caption">Second</figcaption>')}</div>`
      + '<div class="elementor-swiper-button elementor-swiper-button-prev" role="button" tabindex="0"><svg aria-hidden="true" class="e-font-icon-svg e-eicon-chevron-left" viewBox="0 0 1000 1000"><path d="M646 125"></path></svg><span class="elementor-screen-only">Previous</span></div><div class="elementor-swiper-button elementor-swiper-button-next" role="button" tabindex="0"><span class="elementor-screen-only">Next</span></div><div class="swiper-pagination"></div></div>'));
    const a = parse(html);
    expect(a.body).toEqual([{ type: 'gallery', caption: null, images: [img({ src: 'https://x.test/1.jpg', alt: 'One' }), img({ src: 'https://x.test/2.jpg', alt: 'Two', caption: 'Second' })] }]);
    expect(everything(a)).not.toMatch(/Previous|Next/);
  });

  it('#30 noscript read as text after an img without src → the image from the noscript is recovered', () => {
    const a = parse('<p><img class="lazyload" alt="n"><noscript>&lt;img src="https://x.test/n.jpg" alt="n"&gt;</noscript></p>');
    expect(a.body).toEqual([img({ src: 'https://x.test/n.jpg', alt: 'n' })]);
    expect(a.warnings).toEqual([]);
  });

  it('#31 WordPress emoji image (wp-smiley) → the character inline, no image', () => {
    const a = parse('<p>Hi <img draggable="false" role="img" class="wp-smiley" alt="🙂" src="https://s.w.org/images/core/emoji/14.0.0/svg/1f642.svg" style="height: 1em; max-height: 1em;" /> there</p>');
    expect(a.body).toEqual([{ type: 'paragraph', text: 'Hi 🙂 there', html: 'Hi 🙂 there' }]);
    expect(a.images).toEqual([]);
  });

  it('#32 srcset with a small src → the largest candidate recorded first; src stays the authored one (by design)', () => {
    const a = parse('<p><img src="https://x.test/a-300.jpg" srcset="https://x.test/a-300.jpg 300w, https://x.test/a-1024.jpg 1024w, https://x.test/a.jpg 2048w" alt="a"></p>');
    expect(a.body).toEqual([img({
      src: 'https://x.test/a-300.jpg', alt: 'a',
      srcset: [{ url: 'https://x.test/a.jpg', descriptor: '2048w' }, { url: 'https://x.test/a-1024.jpg', descriptor: '1024w' }, { url: 'https://x.test/a-300.jpg', descriptor: '300w' }],
    })]);
  });
});
