import { allText, blocksOf } from './helpers';

const row = (inner: string) =>
  `<div class="wpb-content-wrapper"><div class="vc_row wpb_row vc_row-fluid vc_custom_1442301086344"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">${inner}</div></div></div></div><div class="vc_row-full-width vc_clearfix"></div></div>`;

describe('wpbakery profile (rendered vc_*/wpb_* markup)', () => {
  it('#9 a text column is its paragraph; #13 the spacer and its inner span go', () => {
    const { blocks, editor } = blocksOf(row('<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>Hello</p></div></div><div class="vc_empty_space" style="height: 10px"><span class="vc_empty_space_inner"></span></div>'));
    expect(editor).toBe('wpbakery');
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Hello', html: 'Hello' }]);
  });

  it('TTA accordion panels become details; the tab list does not repeat titles; a title above stays', () => {
    const tta =
      '<div class="vc_tta-container" data-vc-action="collapse"><h2>FAQ</h2><div class="vc_general vc_tta vc_tta-tabs vc_tta-color-grey vc_tta-style-classic"><div class="vc_tta-tabs-container"><ul class="vc_tta-tabs-list"><li class="vc_tta-tab vc_active" data-vc-tab><a href="#t1"><span class="vc_tta-title-text">Price</span></a></li><li class="vc_tta-tab"><a href="#t2"><span class="vc_tta-title-text">Delivery</span></a></li></ul></div>' +
      '<div class="vc_tta-panels-container"><div class="vc_tta-panels"><div class="vc_tta-panel vc_active" id="t1" data-vc-content=".vc_tta-panel-body"><div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title"><a href="#t1" data-vc-accordion><span class="vc_tta-title-text">Price</span><i class="vc_tta-controls-icon vc_tta-controls-icon-plus"></i></a></h4></div><div class="vc_tta-panel-body"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>From 10 €</p></div></div></div></div>' +
      '<div class="vc_tta-panel" id="t2"><div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title"><a href="#t2"><span class="vc_tta-title-text">Delivery</span></a></h4></div><div class="vc_tta-panel-body"><p>Two days</p></div></div></div></div></div></div>';
    const { blocks } = blocksOf(row(tta));
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'FAQ', html: 'FAQ', anchor: '' },
      { type: 'details', summary: 'Price', open: true, children: [{ type: 'paragraph', text: 'From 10 €', html: 'From 10 €' }] },
      { type: 'details', summary: 'Delivery', open: false, children: [{ type: 'paragraph', text: 'Two days', html: 'Two days' }] },
    ]);
  });

  it('buttons (with and without href), separators and the old toggle', () => {
    const { blocks } = blocksOf(row(
      '<div class="vc_btn3-container vc_btn3-center"><a class="vc_general vc_btn3 vc_btn3-size-md vc_btn3-shape-square vc_btn3-style-flat vc_btn3-color-black" href="https://x.test/more" title="">Show More</a></div>' +
      '<div class="vc_btn3-container vc_btn3-inline"><button class="vc_general vc_btn3 vc_btn3-color-grey">Call us</button></div>' +
      '<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_width_100 vc_sep_pos_align_center"><span class="vc_sep_holder vc_sep_holder_l"><span class="vc_sep_line"></span></span><span class="vc_sep_holder vc_sep_holder_r"><span class="vc_sep_line"></span></span></div>' +
      '<div class="vc_toggle vc_toggle_default vc_toggle_color_default vc_toggle_size_md vc_toggle_active"><div class="vc_toggle_title"><h4>Open me</h4><i class="vc_toggle_icon"></i></div><div class="vc_toggle_content"><p>Inside</p></div></div>',
    ));
    expect(blocks).toEqual([
      { type: 'button', text: 'Show More', html: 'Show More', href: 'https://x.test/more' },
      { type: 'button', text: 'Call us', html: 'Call us', href: null },
      { type: 'separator' },
      { type: 'details', summary: 'Open me', open: true, children: [{ type: 'paragraph', text: 'Inside', html: 'Inside' }] },
    ]);
  });

  it('a text separator keeps its title; a pie chart shows its value; carousel controls go', () => {
    const { blocks } = blocksOf(row(
      '<div class="vc_separator wpb_content_element vc_text_separator"><span class="vc_sep_holder vc_sep_holder_l"><span class="vc_sep_line"></span></span><h4>Our work</h4><span class="vc_sep_holder vc_sep_holder_r"><span class="vc_sep_line"></span></span></div>' +
      '<div class="vc_pie_chart wpb_content_element" data-pie-value="75" data-pie-label-value="" data-pie-units="%" data-pie-color="#f7be68"><div class="wpb_wrapper"><div class="vc_pie_wrapper"><span class="vc_pie_chart_back"></span><span class="vc_pie_chart_value"></span><canvas width="101" height="101"></canvas></div><h4 class="wpb_heading wpb_pie_chart_heading">Done</h4></div></div>' +
      '<div class="wpb_images_carousel wpb_content_element"><div class="wpb_wrapper"><h2 class="wpb_heading wpb_images_carousel_heading">Shots</h2><div class="vc_slide vc_images_carousel" data-ride="vc_carousel"><ol class="vc_carousel-indicators"><li data-slide-to="0"></li></ol><div class="vc_carousel-inner"><div class="vc_carousel-slideline"><div class="vc_carousel-slideline-inner"><div class="vc_item"><div class="vc_inner"><img src="https://x.test/1.jpg" alt="One"></div></div><div class="vc_item"><div class="vc_inner"><img src="https://x.test/2.jpg" alt="Two"></div></div></div></div></div><a class="vc_left vc_carousel-control" href="#"><span class="icon-prev"></span></a></div></div></div>',
    ));
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'heading', 'gallery']);
    expect(blocks[1]).toEqual({ type: 'paragraph', text: '75%', html: '75%' });
    expect(blocks[4]).toMatchObject({ type: 'gallery', images: [{ src: 'https://x.test/1.jpg', alt: 'One' }, { src: 'https://x.test/2.jpg', alt: 'Two' }] });
    expect(allText(blocks)).not.toMatch(/vc_|icon-prev/);
  });
});
