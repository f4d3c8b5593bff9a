import { widgetBlocks, widget } from './helpers';

const p = (t: string, html = t) => ({ type: 'paragraph', text: t, html });

describe('elementor testimonial widgets', () => {
  it('#57 testimonial → quote cited "Name, Job", the portrait after it', () => {
    const html = `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">Great team, <em>fast</em> work.</div>
      <div class="elementor-testimonial-meta elementor-has-image elementor-testimonial-image-position-aside"><div class="elementor-testimonial-meta-inner"><div class="elementor-testimonial-image"><img src="https://x.test/ann.jpg" alt=""></div>
      <div class="elementor-testimonial-details"><div class="elementor-testimonial-name">Ann Lee</div><div class="elementor-testimonial-job">CEO, Acme</div></div></div></div></div>`;
    expect(widgetBlocks(widget('testimonial', html))).toEqual([
      { type: 'quote', text: 'Great team, fast work.', html: 'Great team, <em>fast</em> work.', citation: 'Ann Lee, CEO, Acme', variant: 'pullquote', children: [{ type: 'paragraph', text: 'Great team, fast work.', html: 'Great team, <em>fast</em> work.' }] },
      { type: 'image', src: 'https://x.test/ann.jpg', alt: '', title: null, width: null, height: null, caption: null, srcset: [], link: null },
    ]);
  });

  it('Pro testimonial carousel → one quote per slide with its avatar (lazy URL), clones once', () => {
    const slide = (t: string, n: string, cls = '') => `<div class="swiper-slide ${cls}"><div class="elementor-testimonial"><div class="elementor-testimonial__content"><div class="elementor-testimonial__text">"${t}"</div></div><div class="elementor-testimonial__footer"><div class="elementor-testimonial__image"><img class="swiper-lazy" data-src="https://x.test/${n}.jpg" alt="${n}"><div class="swiper-lazy-preloader"></div></div><cite class="elementor-testimonial__cite"><span class="elementor-testimonial__name">${n}</span><span class="elementor-testimonial__title">Client</span></cite></div></div></div>`;
    const html = `<div class="elementor-swiper"><div class="elementor-main-swiper swiper"><div class="swiper-wrapper">${slide('Good', 'Bo', 'swiper-slide-duplicate')}${slide('Nice', 'Al')}${slide('Good', 'Bo')}</div></div></div>`;
    expect(widgetBlocks(widget('testimonial-carousel', html))).toEqual([
      { type: 'quote', text: '"Nice"', html: '"Nice"', citation: 'Al, Client', variant: 'pullquote', children: [{ type: 'paragraph', text: '"Nice"', html: '"Nice"' }] },
      { type: 'image', src: 'https://x.test/Al.jpg', alt: 'Al', title: null, width: null, height: null, caption: null, srcset: [], link: null },
      { type: 'quote', text: '"Good"', html: '"Good"', citation: 'Bo, Client', variant: 'pullquote', children: [{ type: 'paragraph', text: '"Good"', html: '"Good"' }] },
      { type: 'image', src: 'https://x.test/Bo.jpg', alt: 'Bo', title: null, width: null, height: null, caption: null, srcset: [], link: null },
    ]);
  });

  it('Pro blockquote → blockquote with its author, no tweet button', () => {
    const html = '<blockquote class="elementor-blockquote"><p class="elementor-blockquote__content">Simplicity is prerequisite.</p><footer><cite class="elementor-blockquote__author">Dijkstra</cite><a href="https://twitter.com/intent/tweet?text=x" class="elementor-blockquote__tweet-button"><span class="elementor-blockquote__tweet-label">Tweet</span></a></footer></blockquote>';
    expect(widgetBlocks(widget('blockquote', html))).toEqual([{ type: 'quote', text: 'Simplicity is prerequisite.', html: 'Simplicity is prerequisite.', citation: 'Dijkstra', variant: 'blockquote', children: [{ type: 'paragraph', text: 'Simplicity is prerequisite.', html: 'Simplicity is prerequisite.' }] }]);
  });
});

describe('elementor counter, progress, rating widgets', () => {
  it('#55 counter shows data-to-value, not the starting 0', () => {
    const html = '<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number-prefix"></span><span class="elementor-counter-number" data-duration="2000" data-to-value="250" data-from-value="0">0</span><span class="elementor-counter-number-suffix">+</span></div></div>';
    expect(widgetBlocks(widget('counter', html))).toEqual([p('250+')]);
  });

  it('counter with thousands delimiter, prefix and title (title printed first)', () => {
    const html = '<div class="elementor-counter"><div class="elementor-counter-title">Happy clients</div><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number-prefix">~</span><span class="elementor-counter-number" data-to-value="1500" data-from-value="0" data-delimiter=",">0</span><span class="elementor-counter-number-suffix">+</span></div></div>';
    expect(widgetBlocks(widget('counter', html))).toEqual([p('~1,500+ Happy clients')]);
  });

  it('progress → "Title: 75%"', () => {
    const html = '<span class="elementor-title">Design</span><div class="elementor-progress-wrapper progress-info" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="75" aria-valuetext="75% (Design)"><div class="elementor-progress-bar" data-max="75"><span class="elementor-progress-text"></span><span class="elementor-progress-percentage">75%</span></div></div>';
    expect(widgetBlocks(widget('progress', html))).toEqual([p('Design: 75%')]);
  });

  it('star rating → "Title: 4.5/5", icons and screen-reader text gone', () => {
    const html = '<div class="elementor-star-rating__wrapper"><div class="elementor-star-rating__title">Quality</div><div class="elementor-star-rating" title="4.5/5" itemtype="http://schema.org/Rating" itemscope itemprop="reviewRating"><i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i><i class="elementor-star-full">&#xE934;</i><i class="elementor-star-5">&#xE934;</i> <span itemprop="ratingValue" class="elementor-screen-only">Rated 4.5 out of 5</span></div></div>';
    expect(widgetBlocks(widget('star-rating', html))).toEqual([p('Quality: 4.5/5')]);
  });
});

describe('elementor alert, divider, html, shortcode widgets', () => {
  it('alert → bold title paragraph + description, dismiss button dropped', () => {
    const html = '<div class="elementor-alert elementor-alert-info" role="alert"><span class="elementor-alert-title">Heads up</span><span class="elementor-alert-description">Office closed <a href="https://x.test/h">Monday</a>.</span><button type="button" class="elementor-alert-dismiss"><span aria-hidden="true">&times;</span><span class="elementor-screen-only">Dismiss alert</span></button></div>';
    expect(widgetBlocks(widget('alert', html))).toEqual([p('Heads up', '<strong>Heads up</strong>'), p('Office closed Monday.', 'Office closed <a href="https://x.test/h">Monday</a>.')]);
  });

  it('divider → separator; a labelled divider keeps its label', () => {
    const plain = '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>';
    const labelled = '<div class="elementor-divider"><span class="elementor-divider-separator"><span class="elementor-divider__text elementor-divider__element">OR</span></span></div>';
    expect(widgetBlocks(widget('divider', plain), widget('divider', labelled, { container: false }))).toEqual([{ type: 'separator' }, { type: 'separator' }, p('OR')]);
  });

  it('#83 html widget: content kept, script/style/form/object/embed/base dropped', () => {
    const html = '<h2>Book a call</h2><p>Pick a time.</p><script>alert(1)</script><style>p{}</style><form action="/x"><input name="q"><button>Send</button></form><object data="x.swf"></object><embed src="x.swf"><base href="https://evil.test/">';
    expect(widgetBlocks(widget('html', html))).toEqual([{ type: 'heading', level: 2, text: 'Book a call', html: 'Book a call', anchor: '' }, p('Pick a time.')]);
  });

  it('shortcode widget: the wrapper is unwrapped, its output read', () => {
    expect(widgetBlocks(widget('shortcode', '<div class="elementor-shortcode"><p>Output of a shortcode.</p></div>'))).toEqual([p('Output of a shortcode.')]);
  });
});
