import { blocksOf, doc, widget, widgetBlocks } from './helpers';

// Elementor Pro widgets, markup written from the render() methods in proelements/proelements
// (GPL redistribution of Elementor Pro): modules/animated-headline/widgets/animated-headline.php,
// modules/countdown/widgets/countdown.php, modules/slides/widgets/slides.php,
// modules/carousel/widgets/reviews.php (+ carousel/widgets/base.php); posts/form wrappers from
// the widget names (`elementor-widget-<name>`) and research notes §2 (markup-patterns.md).

const p = (t: string, html = t) => ({ type: 'paragraph', text: t, html });
const h = (level: number, t: string, html = t) => ({ type: 'heading', level, text: t, html, anchor: '' });

describe('elementor pro animated headline', () => {
  it('rotate: before + every rotating word once (" / ") + after, as the heading it is', () => {
    const html = `<h2 class="elementor-headline elementor-headline-animation-type-typing elementor-headline-letters">
      <span class="elementor-headline-plain-text elementor-headline-text-wrapper">We are</span>
      <span class="elementor-headline-dynamic-wrapper elementor-headline-text-wrapper">
      <span class="elementor-headline-dynamic-text elementor-headline-text-active">fast</span>
      <span class="elementor-headline-dynamic-text">really&nbsp;simple</span>
      <span class="elementor-headline-dynamic-text"><i class="elementor-headline-dynamic-letter">s</i><i>a</i><i>f</i><i>e</i></span></span>
      <span class="elementor-headline-plain-text elementor-headline-text-wrapper">for you</span></h2>`;
    expect(widgetBlocks(widget('animated-headline', html))).toEqual([h(2, 'We are fast / really simple / safe for you')]);
  });

  it('highlight in a link, tag p: one paragraph, link kept, highlight SVG gone', () => {
    const html = '<a href="https://x.test/x"><p class="elementor-headline"><span class="elementor-headline-dynamic-wrapper elementor-headline-text-wrapper"><span class="elementor-headline-dynamic-text elementor-headline-text-active">Best</span><svg><path d="M0"/></svg></span><span class="elementor-headline-plain-text elementor-headline-text-wrapper">prices in town</span></p></a>';
    expect(widgetBlocks(widget('animated-headline', html))).toEqual([p('Best prices in town', '<a href="https://x.test/x">Best prices in town</a>')]);
  });
});

describe('elementor pro countdown, listings, forms', () => {
  it('countdown: dropped (no "Days Hours" labels), the due date kept in a dropped_countdown warning', () => {
    const html = '<div class="elementor-countdown-wrapper" data-date="1767225600"><div class="elementor-countdown-item"><span class="elementor-countdown-digits elementor-countdown-days"></span> <span class="elementor-countdown-label">Days</span></div><div class="elementor-countdown-item"><span class="elementor-countdown-digits elementor-countdown-hours"></span> <span class="elementor-countdown-label">Hours</span></div></div>';
    const { blocks, ctx } = blocksOf(doc(widget('countdown', html) + widget('text-editor', '<p>Sale ends soon.</p>')));
    expect(blocks).toEqual([p('Sale ends soon.')]);
    expect(ctx.warnings).toMatchObject([{ code: 'dropped_countdown', message: expect.stringContaining('2026-01-01T00:00:00.000Z') }]);
  });

  it('posts, portfolio and loop grid list other posts: dropped with dropped_listing', () => {
    const post = '<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="https://x.test/other">Other post</a></h3><div class="elementor-post__excerpt"><p>Teaser.</p></div><a class="elementor-post__read-more" href="https://x.test/other">Read More »</a></div></article>';
    const grid = `<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">${post}</div>`;
    const loop = '<div class="elementor-loop-container elementor-grid"><div data-elementor-type="loop-item" class="elementor e-loop-item post-3"><h3 class="elementor-heading-title">Other post</h3></div></div>';
    const { blocks, ctx } = blocksOf(doc(widget('posts', grid) + widget('portfolio', grid) + widget('loop-grid', loop) + widget('heading', '<h2 class="elementor-heading-title">Mine</h2>')));
    expect(blocks).toEqual([h(2, 'Mine')]);
    expect(ctx.warnings.map((w) => [w.code, w.path])).toEqual([
      ['dropped_listing', 'div.elementor-widget-posts'], ['dropped_listing', 'div.elementor-widget-portfolio'], ['dropped_listing', 'div.elementor-widget-loop-grid'],
    ]);
  });

  it('form widget: gone whole (labels, submit text) with one dropped_form warning', () => {
    const html = '<form class="elementor-form" method="post" name="Contact"><div class="elementor-form-fields-wrapper elementor-labels-above"><div class="elementor-field-group"><label for="form-field-name" class="elementor-field-label">Your name</label><input type="text" name="form_fields[name]" class="elementor-field"></div><div class="elementor-field-group elementor-field-type-submit"><button type="submit" class="elementor-button"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Send</span></span></button></div></div></form>';
    const { blocks, ctx } = blocksOf(doc(widget('form', html)));
    expect(blocks).toEqual([]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['dropped_form']);
  });
});

describe('elementor pro slides and reviews', () => {
  it('each slide: title (div tag → bold paragraph), description, button; linked slide lends its href; clones once', () => {
    const slide = (n: string, cls = '', linked = false) => `<div class="elementor-repeater-item-${n} swiper-slide ${cls}"><div class="swiper-slide-bg" role="img"></div><div class="elementor-background-overlay"></div>` +
      `<${linked ? `a href="https://x.test/${n}"` : 'div'} class="swiper-slide-inner"><div class="swiper-slide-contents"><div class="elementor-slide-heading">Slide ${n}</div><div class="elementor-slide-description">About ${n}</div>` +
      `${linked ? `<div class="elementor-button elementor-slide-button elementor-size-sm">Go ${n}</div>` : `<a href="https://x.test/b${n}" class="elementor-button elementor-slide-button elementor-size-sm">Go ${n}</a>`}</div></${linked ? 'a' : 'div'}></div>`;
    const html = `<div class="elementor-swiper"><div class="elementor-slides-wrapper elementor-main-swiper swiper" dir="ltr" data-animation="fadeInUp"><div class="swiper-wrapper elementor-slides">${slide('2', 'swiper-slide-duplicate', true)}${slide('1')}${slide('2', '', true)}</div>` +
      '<div class="swiper-pagination"></div><div class="elementor-swiper-button elementor-swiper-button-prev" role="button" tabindex="0"><i class="eicon-chevron-left"></i><span class="elementor-screen-only">Previous slide</span></div></div></div>';
    expect(widgetBlocks(widget('slides', html))).toEqual([
      p('Slide 1', '<strong>Slide 1</strong>'), p('About 1'), { type: 'button', text: 'Go 1', html: 'Go 1', href: 'https://x.test/b1' },
      p('Slide 2', '<strong>Slide 2</strong>'), p('About 2'), { type: 'button', text: 'Go 2', html: 'Go 2', href: 'https://x.test/2' },
    ]);
  });

  it('a linked slide without a button keeps its link on an h2 title', () => {
    const html = '<div class="swiper-wrapper elementor-slides"><div class="swiper-slide"><a class="swiper-slide-inner" href="https://x.test/s"><div class="swiper-slide-contents"><h2 class="elementor-slide-heading">Spring sale</h2></div></a></div></div>';
    expect(widgetBlocks(widget('slides', html))).toEqual([h(2, 'Spring sale', '<a href="https://x.test/s">Spring sale</a>')]);
  });

  it('reviews: one quote per review, cited "Name, Title"; star glyphs and the social icon text gone', () => {
    const review = (t: string, n: string) => `<div class="swiper-slide"><div class="elementor-testimonial elementor-repeater-item-${n}"><div class="elementor-testimonial__header"><div class="elementor-testimonial__image"><img src="https://x.test/${n}.jpg" alt="${n}"></div><cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">${n}</span><div class="elementor-star-rating"><i class="elementor-star-full">&#xE934;</i><i class="elementor-star-empty">&#xE934;</i></div><span class="elementor-testimonial__title">@${n.toLowerCase()}</span></cite><div class="elementor-testimonial__icon elementor-icon elementor-icon-twitter"><i class="fab fa-twitter"></i><span class="elementor-screen-only">Read More</span></div></div><div class="elementor-testimonial__content"><div class="elementor-testimonial__text">${t}</div></div></div></div>`;
    const html = `<div class="elementor-swiper"><div class="elementor-main-swiper swiper"><div class="swiper-wrapper">${review('Loved it.', 'Ana')}${review('Solid <b>work</b>.', 'Bo')}</div></div></div>`;
    expect(widgetBlocks(widget('reviews', html))).toEqual([
      { type: 'quote', text: 'Loved it.', html: 'Loved it.', citation: 'Ana, @ana', variant: 'pullquote', children: [{ type: 'paragraph', text: 'Loved it.', html: 'Loved it.' }] },
      { type: 'image', src: 'https://x.test/Ana.jpg', alt: 'Ana', title: null, width: null, height: null, caption: null, srcset: [], link: null },
      { type: 'quote', text: 'Solid work.', html: 'Solid <strong>work</strong>.', citation: 'Bo, @bo', variant: 'pullquote', children: [{ type: 'paragraph', text: 'Solid work.', html: 'Solid <strong>work</strong>.' }] },
      { type: 'image', src: 'https://x.test/Bo.jpg', alt: 'Bo', title: null, width: null, height: null, caption: null, srcset: [], link: null },
    ]);
  });
});
