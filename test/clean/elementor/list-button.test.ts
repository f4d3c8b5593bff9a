import { widgetBlocks, widget } from './helpers';

describe('elementor icon list widget', () => {
  it('#51 icons (inline SVG and icon fonts) dropped, links kept', () => {
    const html = `<ul class="elementor-icon-list-items">
      <li class="elementor-icon-list-item"><a href="mailto:hi@x.test"><span class="elementor-icon-list-icon"><svg aria-hidden="true" viewBox="0 0 1 1"><path d="M0 0"/></svg></span><span class="elementor-icon-list-text">hi@x.test</span></a></li>
      <li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">Free delivery</span></li></ul>`;
    expect(widgetBlocks(widget('icon-list', html))).toEqual([
      { type: 'list', ordered: false, start: null, reversed: false, items: [{ text: 'hi@x.test', html: '<a href="mailto:hi@x.test">hi@x.test</a>', value: null, children: null }, { text: 'Free delivery', html: 'Free delivery', value: null, children: null }] },
    ]);
  });
});

describe('elementor button widget', () => {
  it('#52 → button block with text and href', () => {
    const html = '<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="https://x.test/buy"><span class="elementor-button-content-wrapper"><span class="elementor-button-icon"><i class="fas fa-cart"></i></span><span class="elementor-button-text">Buy</span></span></a></div>';
    expect(widgetBlocks(widget('button', html))).toEqual([{ type: 'button', text: 'Buy', html: 'Buy', href: 'https://x.test/buy' }]);
  });

  it('a button without a link keeps its label', () => {
    const html = '<a class="elementor-button" role="button"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">Soon</span></span></a>';
    expect(widgetBlocks(widget('button', html, { container: false }))).toEqual([{ type: 'button', text: 'Soon', html: 'Soon', href: null }]);
  });
});
