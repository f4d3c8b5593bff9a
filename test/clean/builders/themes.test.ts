import { allText, blocksOf } from './helpers';

describe('flatsome profile (UX Builder markup)', () => {
  const page =
    '<div id="gap-932285800" class="gap-element clearfix" style="display:block; height:auto;"><style>#gap-932285800 { padding-top: 30px; }</style></div>' +
    '<div class="row row-large align-middle" id="row-1735029557"><div id="col-835666880" class="col medium-7 small-12 large-7"><div class="col-inner"><div id="text-3730784029" class="text"><h2>Company</h2><style>#text-3730784029 { font-size: 1.15rem; }</style></div><p>About us.</p></div></div>' +
    '<div id="col-263377186" class="col medium-5 small-12 large-5"><div class="col-inner"><div class="row large-columns-1 row-xsmall slider row-slider slider-nav-simple" data-flickity-options=\'{"imagesLoaded": true}\'>' +
    '<div class="gallery-col col"><div class="col-inner"><a class="image-lightbox lightbox-gallery" href="https://x.test/a-1024x768.jpg" title=""><div class="box has-hover gallery-box box-none"><div class="box-image image-cover" style="padding-top:75%;"><img width="768" height="576" src="https://x.test/a-768x576.jpg" alt="" srcset="https://x.test/a-768x576.jpg 768w, https://x.test/a.jpg 1280w" /></div><div class="box-text text-left"><p></p></div></div></a></div></div>' +
    '<div class="gallery-col col"><div class="col-inner"><a class="image-lightbox lightbox-gallery" href="https://x.test/b-1024x768.jpg"><div class="box"><div class="box-image"><img src="https://x.test/b-768x576.jpg" alt="B" /></div></div></a></div></div>' +
    '</div></div></div></div>';

  it('reports unknown (no listed editor made it), keeps text, drops gaps and element CSS, makes the slider one gallery', () => {
    const { blocks, editor } = blocksOf(page);
    expect(editor).toBe('unknown');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'gallery']);
    expect(blocks[2]).toMatchObject({ type: 'gallery', images: [{ src: 'https://x.test/a-768x576.jpg', link: null }, { src: 'https://x.test/b-768x576.jpg', alt: 'B' }] });
    expect(allText(blocks)).not.toMatch(/padding|font-size|#gap/);
  });

  it('accordion items are details; the toggle button is not part of the title', () => {
    const { blocks } = blocksOf('<div class="row" id="row-1234567"><div class="col"><div class="col-inner"><div class="accordion"><div id="accordion-1" class="accordion-item"><a id="accordion-1-label" href="#" class="accordion-title plain active" aria-expanded="true"><button class="toggle" aria-label="Toggle"><i class="icon-angle-down"></i></button><span>Is it safe?</span></a><div id="accordion-1-content" class="accordion-inner"><p>Yes.</p></div></div></div></div></div></div>');
    expect(blocks).toEqual([{ type: 'details', summary: 'Is it safe?', open: true, children: [{ type: 'paragraph', text: 'Yes.', html: 'Yes.' }] }]);
  });
});

describe('themify profile (Themify Builder markup)', () => {
  it('reports unknown; a fancy heading is one heading; a divider a separator; an image slider one gallery of the real (noscript) images', () => {
    const lazy = (n: string) => `<div class="tf_swiper-slide"><div class="slide-inner-wrap"><div class="tf_rel tf_lazy slide-image"><img src="data:image/svg+xml;charset=UTF-8,%3Csvg%3E%3C/svg%3E" decoding="async" loading="lazy" data-lazy="1" class="tf_svg_lazy" data-tf-src="https://x.test/${n}.jpg" width="460" height="400" title="Services" alt="Services"><noscript><img data-tf-not-load src="https://x.test/${n}.jpg" width="460" height="400" title="Services" alt="Services"></noscript></div></div></div>`;
    const { blocks, editor } = blocksOf(
      '<!--themify_builder_content--><div id="themify_builder_content-20" data-postid="20" class="themify_builder_content themify_builder_content-20 themify_builder tf_clear"><div data-lazy="1" class="module_row themify_builder_row fullcover tb_3xop608 tb_first tf_clearfix"><div class="tf_abs builder_row_cover"></div><div class="row_inner col_align_top col-count-1 tf_box tf_w tf_rel"><div data-lazy="1" class="module_column tb-column col-full first tb_4j7v611 tf_box"><div class="tb-column-inner tf_box tf_w">' +
      '<div class="module module-fancy-heading tb_wjri484 wow" data-tf-animation="slideInLeft" data-lazy="1"><h1 class="fancy-heading tf_textc"><span class="main-head tf_block">Our Services</span><span class="sub-head tf_block tf_rel"></span></h1></div>' +
      '<div class="module tf_mw module-divider tb_njzw614 solid divider-custom divider-center" style="border-width: 2px;" data-lazy="1"></div>' +
      `<div class="module tf_clearfix themify_builder_slider_wrap module-slider tb_6q2c440 slider-default" data-lazy="1"><div class="themify_builder_slider tf_carousel tf_swiper-container" data-lazy="1" data-visible="5"><div class="tf_swiper-wrapper tf_lazy tf_rel tf_w tf_h tf_textc">${lazy('one')}${lazy('two')}</div></div></div>` +
      '</div></div></div></div></div>',
    );
    expect(editor).toBe('unknown');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'separator', 'gallery']);
    expect(blocks[0]).toMatchObject({ level: 1, text: 'Our Services' });
    expect(blocks[2]).toMatchObject({ images: [{ src: 'https://x.test/one.jpg', alt: 'Services' }, { src: 'https://x.test/two.jpg' }] });
    expect((blocks[2] as { images: unknown[] }).images).toHaveLength(2);
  });
});
