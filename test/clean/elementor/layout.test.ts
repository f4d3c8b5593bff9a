import { blocksOf, doc, widget } from './helpers';

const heading = (container = true) => widget('heading', '<h2 class="elementor-heading-title elementor-size-default">Hi</h2>', { container });
const expected = [{ type: 'heading', level: 2, text: 'Hi', html: 'Hi', anchor: '' }];

describe('elementor layouts', () => {
  it('#1 legacy section with the pre-3.0 wrappers', () => {
    const html = `<div class="elementor elementor-9" data-elementor-type="wp-post"><div class="elementor-inner"><div class="elementor-section-wrap">
      <section class="elementor-section elementor-top-section elementor-element" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-row">
      <div class="elementor-column elementor-col-100 elementor-element" data-element_type="column"><div class="elementor-column-wrap elementor-element-populated"><div class="elementor-widget-wrap">
      ${heading()}
      </div></div></div></div></div></section></div></div></div>`;
    const { blocks, editor } = blocksOf(html);
    expect(editor).toBe('elementor');
    expect(blocks).toEqual(expected);
  });

  it('#2 modern section layout (no row, no column-wrap)', () => {
    const html = `<div class="elementor elementor-9" data-elementor-type="wp-post"><section class="elementor-section elementor-top-section elementor-element"><div class="elementor-container"><div class="elementor-column elementor-col-100 elementor-element"><div class="elementor-widget-wrap elementor-element-populated">${heading()}</div></div></div></section></div>`;
    expect(blocksOf(html).blocks).toEqual(expected);
  });

  it('#3 boxed parent container with a full child container', () => {
    const html = `<div class="elementor elementor-9" data-elementor-type="wp-page"><div class="elementor-element e-con e-flex e-con-boxed e-parent"><div class="e-con-inner"><div class="elementor-element e-con e-con-full e-flex e-child">${heading()}</div></div></div></div>`;
    expect(blocksOf(html).blocks).toEqual(expected);
  });

  it('#4 widget without .elementor-widget-container (Optimized Markup)', () => {
    expect(blocksOf(doc(heading(false))).blocks).toEqual(expected);
  });

  it('#5 empty background containers emit nothing', () => {
    const html = doc(`<div class="elementor-element e-con e-parent" data-settings='{"background_background":"classic"}'></div><div class="elementor-element e-con e-parent"><div class="e-con-inner"></div></div>${heading()}`);
    expect(blocksOf(html).blocks).toEqual(expected);
  });

  it('drops overlays, shape dividers, background videos and slideshows', () => {
    const html = `<section class="elementor-section elementor-element"><div class="elementor-background-video-container"><div class="elementor-background-video-embed"></div><video class="elementor-background-video-hosted" src="https://x.test/bg.mp4"></video></div>
      <div class="elementor-background-overlay"></div><div class="elementor-shape elementor-shape-top" data-negative="false"><svg viewBox="0 0 10 10"><path d="M0 0"/></svg></div>
      <div class="elementor-background-slideshow"><div class="elementor-background-slideshow__slide__image" style="background-image:url(a.jpg)">x</div></div>
      <div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">${heading()}</div></div></div></section>`;
    expect(blocksOf(html).blocks).toEqual(expected);
  });

  it('#56 elementor-invisible is an animation state: content kept', () => {
    const html = doc(`<div class="elementor-element e-con e-child elementor-invisible" data-settings='{"animation":"bounceInUp"}'>${widget('heading', '<h2 class="elementor-heading-title">Hi</h2>', { classes: 'elementor-invisible' })}</div>`);
    expect(blocksOf(html).blocks).toEqual(expected);
  });

  it('#56 a hidden-on-desktop copy of a section is dropped, unique hidden content kept', () => {
    const text = (t: string) => widget('text-editor', `<p>${t}</p>`);
    const html = doc(
      `<div class="e-con elementor-hidden-mobile">${text('Same words.')}</div><div class="e-con elementor-hidden-desktop">${text('Same  words.')}</div>` +
        `<div class="e-con elementor-hidden-desktop">${text('Only on phones.')}</div>`,
    );
    expect(blocksOf(html).blocks).toEqual([
      { type: 'paragraph', text: 'Same words.', html: 'Same words.' },
      { type: 'paragraph', text: 'Only on phones.', html: 'Only on phones.' },
    ]);
  });

  it('a hidden-on-desktop snippet that only occurs inside other words is kept', () => {
    const html = doc(`${widget('text-editor', '<p>Please recall us tomorrow.</p>')}<div class="e-con elementor-hidden-desktop">${widget('button', '<a class="elementor-button" href="tel:1"><span class="elementor-button-text">Call us</span></a>')}</div>`);
    expect(blocksOf(html).blocks).toEqual([
      { type: 'paragraph', text: 'Please recall us tomorrow.', html: 'Please recall us tomorrow.' },
      { type: 'button', text: 'Call us', html: 'Call us', href: 'tel:1' },
    ]);
  });

  it('#68 inline <style> and <link> inside widgets leave no CSS text', () => {
    const html = doc(widget('heading', '<link rel="stylesheet" href="https://x.test/w.css"><style>/*! elementor - v3.17.0 */.elementor-heading-title{padding:0}</style><h2 class="elementor-heading-title">Hi</h2>'));
    expect(blocksOf(html).blocks).toEqual(expected);
  });

  it('a container rendered as a link keeps its link on the first heading', () => {
    const html = doc(`<a class="elementor-element e-con e-child" href="https://x.test/card">${heading()}${widget('text-editor', '<p>Body</p>')}</a>`);
    expect(blocksOf(html).blocks).toEqual([
      { type: 'heading', level: 2, text: 'Hi', html: '<a href="https://x.test/card">Hi</a>', anchor: '' },
      { type: 'paragraph', text: 'Body', html: 'Body' },
    ]);
  });

  it('#13 spacer, icon, social icons and menu anchor emit nothing', () => {
    const html = doc(
      widget('spacer', '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>') +
        widget('social-icons', '<div class="elementor-social-icons-wrapper"><a class="elementor-icon elementor-social-icon" href="https://facebook.com/x"><span class="elementor-screen-only">Facebook</span><i class="fab fa-facebook"></i></a></div>') +
        widget('menu-anchor', '<div id="pricing" class="elementor-menu-anchor"></div>') +
        widget('icon', '<div class="elementor-icon-wrapper"><a class="elementor-icon" href="/x"><i class="fas fa-star"></i></a></div>') +
        heading(),
    );
    expect(blocksOf(html).blocks).toEqual(expected);
  });
});
