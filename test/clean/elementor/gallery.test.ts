import { widgetBlocks, widget } from './helpers';

const pic = (src: string, extra: Record<string, unknown> = {}) => ({ type: 'image', src, alt: '', title: null, width: null, height: null, caption: null, srcset: [], link: null, ...extra });

describe('elementor galleries and carousels', () => {
  it('basic gallery (HTML5 [gallery] output with its <style>) → gallery with captions, lightbox links dropped', () => {
    const html = `<div class="elementor-image-gallery"><style type="text/css">#gallery-1 { margin: auto; }</style>
      <div id="gallery-1" class="gallery galleryid-5 gallery-columns-2 gallery-size-thumbnail">
      <figure class="gallery-item"><div class="gallery-icon landscape"><a data-elementor-open-lightbox="yes" href="https://x.test/a.jpg"><img src="https://x.test/a-150x150.jpg" alt=""></a></div><figcaption class="wp-caption-text gallery-caption">First</figcaption></figure>
      <figure class="gallery-item"><div class="gallery-icon"><a href="https://x.test/b.jpg"><img src="https://x.test/b-150x150.jpg" alt=""></a></div></figure></div></div>`;
    expect(widgetBlocks(widget('image-gallery', html))).toEqual([{ type: 'gallery', caption: null, images: [pic('https://x.test/a-150x150.jpg', { caption: 'First' }), pic('https://x.test/b-150x150.jpg')] }]);
  });

  it('basic gallery, old dl/dt/dd form', () => {
    const html = `<div class="gallery"><dl class="gallery-item"><dt class="gallery-icon"><a href="https://x.test/a.jpg"><img src="https://x.test/a-150x150.jpg" alt=""></a></dt><dd class="wp-caption-text gallery-caption">Old</dd></dl><br style="clear: both"></div>`;
    expect(widgetBlocks(widget('image-gallery', html))).toEqual([{ type: 'gallery', caption: null, images: [pic('https://x.test/a-150x150.jpg', { caption: 'Old' })] }]);
  });

  it('#29 image carousel: lazy data-src, captions, no arrows/dots/preloaders, loop clones once', () => {
    const slide = (n: string, cls = '') => `<div class="swiper-slide ${cls}" role="group"><figure class="swiper-slide-inner"><img class="swiper-slide-image swiper-lazy" data-src="https://x.test/${n}.jpg" alt="${n}"><div class="swiper-lazy-preloader"></div><figcaption class="elementor-image-carousel-caption">Cap ${n}</figcaption></figure></div>`;
    const html = `<div class="elementor-image-carousel-wrapper swiper" dir="ltr"><div class="elementor-image-carousel swiper-wrapper">${slide('b', 'swiper-slide-duplicate')}${slide('a')}${slide('b')}${slide('a', 'swiper-slide-duplicate')}</div>
      <div class="elementor-swiper-button elementor-swiper-button-prev" role="button"><i class="eicon-chevron-left"></i><span class="elementor-screen-only">Previous</span></div><div class="swiper-pagination"></div></div>`;
    expect(widgetBlocks(widget('image-carousel', html))).toEqual([
      { type: 'gallery', caption: null, images: [pic('https://x.test/a.jpg', { alt: 'a', caption: 'Cap a' }), pic('https://x.test/b.jpg', { alt: 'b', caption: 'Cap b' })] },
    ]);
  });

  it('image carousel links to pages are kept', () => {
    const html = `<div class="swiper-wrapper"><div class="swiper-slide"><a href="https://x.test/page"><figure class="swiper-slide-inner"><img class="swiper-slide-image" src="https://x.test/a.jpg" alt=""></figure></a></div></div>`;
    expect(widgetBlocks(widget('image-carousel', html, { container: false }))).toEqual([{ type: 'gallery', caption: null, images: [pic('https://x.test/a.jpg', { link: 'https://x.test/page' })] }]);
  });

  it('Pro gallery: background images from data-thumbnail, title as caption', () => {
    const html = `<div class="elementor-gallery__container e-gallery-container"><a class="e-gallery-item elementor-gallery-item" href="https://x.test/a.jpg" data-elementor-open-lightbox="yes"><div class="e-gallery-image elementor-gallery-item__image" data-thumbnail="https://x.test/a-768x512.jpg" data-width="768" data-height="512" aria-label="Alt A" role="img"></div><div class="elementor-gallery-item__overlay"></div><div class="elementor-gallery-item__content"><div class="elementor-gallery-item__title">Title A</div></div></a></div>`;
    expect(widgetBlocks(widget('gallery', html))).toEqual([{ type: 'gallery', caption: null, images: [pic('https://x.test/a-768x512.jpg', { alt: 'Alt A', width: 768, height: 512, caption: 'Title A' })] }]);
  });

  it('Pro media carousel: background images, navigation dropped', () => {
    const html = `<div class="elementor-main-swiper swiper"><div class="swiper-wrapper"><div class="swiper-slide"><div class="elementor-carousel-image" role="img" aria-label="Beach" style="background-image: url('https://x.test/beach.jpg')"></div></div></div><div class="elementor-swiper-button elementor-swiper-button-next"></div></div>`;
    expect(widgetBlocks(widget('media-carousel', html))).toEqual([{ type: 'gallery', caption: null, images: [pic('https://x.test/beach.jpg', { alt: 'Beach' })] }]);
  });
});
