import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../../src';
import type { Block } from '../../../src/schema/block';
import { allText, blocksOf } from '../builders/helpers';

const p = (text: string): Block => ({ type: 'paragraph', text, html: text });
const details = (summary: string, children: Block[], open = false): Block => ({ type: 'details', summary, open, children });

describe('a control that heads a region is the region\'s title', () => {
  it('Bootstrap accordion in custom HTML: each button titles the collapse it targets; the open one stays open', () => {
    const { blocks, ctx } = blocksOf(
      '<div class="accordion" id="faq"><div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button" data-bs-toggle="collapse" data-bs-target="#c1" aria-expanded="true" aria-controls="c1">Do plants sleep?</button></h2>' +
      '<div id="c1" class="accordion-collapse collapse show" data-bs-parent="#faq"><div class="accordion-body"><p>Many close their leaves at night.</p></div></div></div>' +
      '<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#c2" aria-expanded="false" aria-controls="c2">Do they dream?</button></h2>' +
      '<div id="c2" class="accordion-collapse collapse" data-bs-parent="#faq"><div class="accordion-body"><p>Nobody has asked one.</p></div></div></div></div>',
    );
    expect(blocks).toEqual([details('Do plants sleep?', [p('Many close their leaves at night.')], true), details('Do they dream?', [p('Nobody has asked one.')])]);
    expect(ctx.warnings).toEqual([]);
  });

  it('the summary is what the control shows: icons and screen-reader-only words (any framework\'s class) left out', () => {
    const { blocks } = blocksOf(
      '<button class="accordion-button" aria-controls="r1" aria-expanded="false"><i class="fa fa-plus"></i>Delivery <span class="visually-hidden">(expand section)</span><span aria-hidden="true">+</span></button><div id="r1"><p>Free over fifty.</p></div>',
    );
    expect(blocks).toEqual([details('Delivery', [p('Free over fifty.')])]);
  });

  it('Kadence accordion (no aria-controls in saved HTML): the panel beside the header wrapper is found by position', () => {
    const { blocks } = blocksOf(
      '<div class="wp-block-kadence-accordion"><div class="kt-accordion-inner-wrap" data-start-open="0">' +
      '<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-1"><div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header kt-acccordion-button-label-show" type="button"><span class="kt-blocks-accordion-title-wrap"><span class="kt-blocks-accordion-title"><strong>Which soil suits ferns?</strong></span></span><span class="kt-blocks-accordion-icon-trigger"></span></button></div>' +
      '<div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner"><p>Loose, damp and rich in leaf mould.</p></div></div></div>' +
      '<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-2"><div class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header" type="button"><span class="kt-blocks-accordion-title">How often to water?</span></button></div>' +
      '<div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner"><p>When the top centimetre is dry.</p></div></div></div></div></div>',
    );
    expect(blocks).toEqual([details('Which soil suits ferns?', [p('Loose, damp and rich in leaf mould.')]), details('How often to water?', [p('When the top centimetre is dry.')])]);
  });

  it('ARIA tabs: buttons in a tablist title the hidden panels they control, in the panels\' order; the selected one is open', () => {
    const { blocks } = blocksOf(
      '<div class="tabs"><div role="tablist"><button role="tab" id="t1" aria-selected="true" aria-controls="p1">Summer</button><button role="tab" id="t2" aria-selected="false" aria-controls="p2" tabindex="-1">Winter</button></div>' +
      '<div role="tabpanel" id="p1" aria-labelledby="t1"><p>Prune after flowering.</p></div><div role="tabpanel" id="p2" aria-labelledby="t2" hidden><p>Mulch the roots.</p></div></div>',
    );
    expect(blocks).toEqual([details('Summer', [p('Prune after flowering.')], true), details('Winter', [p('Mulch the roots.')])]);
  });

  it('Essential Addons / JetElements accordions: a div with role="tab" and aria-controls titles its content', () => {
    const { blocks } = blocksOf(
      '<div class="eael-adv-accordion"><div class="eael-accordion-list"><div id="elementor-tab-title-11" class="elementor-tab-title eael-accordion-header" tabindex="0" data-tab="1" role="tab" aria-controls="elementor-tab-content-11"><i class="fas fa-angle-right fa-toggle"></i><span class="eael-accordion-tab-title">Shipping times</span></div>' +
      '<div id="elementor-tab-content-11" class="eael-accordion-content clearfix" data-tab="1" role="tabpanel" aria-labelledby="elementor-tab-title-11"><p>Two to four days.</p></div></div></div>' +
      '<div class="jet-accordion__item jet-toggle"><div id="jet-toggle-control-7" class="jet-toggle__control elementor-menu-anchor" role="tab" aria-controls="jet-toggle-content-7" aria-expanded="false"><div class="jet-toggle__label-text">Returns</div></div>' +
      '<div id="jet-toggle-content-7" class="jet-toggle__content" role="tabpanel"><div class="jet-toggle__content-inner"><p>Within thirty days.</p></div></div></div>',
    );
    expect(blocks).toEqual([details('Shipping times', [p('Two to four days.')]), details('Returns', [p('Within thirty days.')])]);
  });

  it('GenerateBlocks accordion toggle as div role="button"; Spectra FAQ question box beside its answer', () => {
    const { blocks } = blocksOf(
      '<div class="gb-accordion"><div class="gb-accordion__item"><div id="gb-t1" class="gb-accordion__toggle" role="button" tabindex="0" aria-expanded="false" aria-controls="gb-c1"><h3 class="gb-text">Is parking free?</h3></div><div id="gb-c1" class="gb-accordion__content"><p>Yes, after six.</p></div></div></div>' +
      '<div class="wp-block-uagb-faq uagb-faq__wrap" role="tablist"><div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-faq-item" role="tab" tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span class="uagb-icon uagb-faq-icon-wrap"><svg viewBox="0 0 1 1"></svg></span><span class="uagb-question">Can I bring a dog?</span></div><div class="uagb-faq-content"><p>On a lead, yes.</p></div></div></div>',
    );
    expect(blocks).toEqual([details('Is parking free?', [p('Yes, after six.')]), details('Can I bring a dog?', [p('On a lead, yes.')])]);
  });

  it('Bootstrap tabs (button and link tabs in a nav list) title their panes; the empty tab list leaves nothing', () => {
    const { blocks } = blocksOf(
      '<ul class="nav nav-tabs" role="tablist"><li class="nav-item" role="presentation"><button class="nav-link active" data-bs-toggle="tab" data-bs-target="#kiln" type="button" role="tab" aria-controls="kiln" aria-selected="true">Kiln</button></li>' +
      '<li class="nav-item"><a class="nav-link" data-bs-toggle="tab" href="#glaze">Glaze</a></li></ul>' +
      '<div class="tab-content"><div class="tab-pane fade show active" id="kiln" role="tabpanel"><p>Fire slowly.</p></div><div class="tab-pane fade" id="glaze" role="tabpanel"><p>Dip twice.</p></div></div>',
    );
    expect(blocks).toEqual([details('Kiln', [p('Fire slowly.')], true), details('Glaze', [p('Dip twice.')])]);
  });

  it('JetTabs tabs: controls with role="tab" title the content they name', () => {
    const { blocks } = blocksOf(
      '<div class="jet-tabs"><div class="jet-tabs__control-wrapper" role="tablist"><div id="jet-tabs-control-1" class="jet-tabs__control active-tab" role="tab" aria-controls="jet-tabs-content-1" aria-expanded="true"><div class="jet-tabs__label-text">Clay</div></div>' +
      '<div id="jet-tabs-control-2" class="jet-tabs__control" role="tab" aria-controls="jet-tabs-content-2" aria-expanded="false"><div class="jet-tabs__label-text">Stoneware</div></div></div>' +
      '<div class="jet-tabs__content-wrapper"><div id="jet-tabs-content-1" class="jet-tabs__content active-content" role="tabpanel"><p>Soft and red.</p></div><div id="jet-tabs-content-2" class="jet-tabs__content" role="tabpanel"><p>Hard and grey.</p></div></div></div>',
    );
    expect(blocks).toEqual([details('Clay', [p('Soft and red.')], true), details('Stoneware', [p('Hard and grey.')])]);
  });

  it('Stackable and Otter accordions are native details/summary already and stay so', () => {
    const { blocks } = blocksOf(
      '<details class="wp-block-stackable-accordion stk-block-accordion"><summary class="stk-block-column stk-block-accordion__heading"><div class="stk-block-icon-label"><h4 class="stk-block-heading__text">Stack title</h4><span class="stk--svg-wrapper"><svg viewBox="0 0 1 1"></svg></span></div></summary><div class="stk-block-accordion__content"><p>Stack body.</p></div></details>' +
      '<details class="wp-block-themeisle-blocks-accordion-item"><summary class="wp-block-themeisle-blocks-accordion-item__title"><div>Otter title</div></summary><div class="wp-block-themeisle-blocks-accordion-item__content"><p>Otter body.</p></div></details>',
    );
    expect(blocks).toEqual([details('Stack title', [p('Stack body.')]), details('Otter title', [p('Otter body.')])]);
  });

  it('a slider arrow naming its slides is interface: the slides do not become its details (the arrow is left to the slider rules)', () => {
    const { blocks } = blocksOf('<div class="swiper"><div class="swiper-wrapper" id="sw-1"><p>Slide text</p></div><div class="swiper-button-next" role="button" aria-controls="sw-1">Next</div></div>');
    expect(blocks).toEqual([p('Slide text'), p('Next')]);
  });

  it('a tab or accordion button whose region is not in the content keeps its text as a title (in its heading, or as a paragraph)', () => {
    const { blocks } = blocksOf(
      '<h3 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse" data-bs-target="#gone">Opening hours</button></h3><p>Nine to five.</p>' +
      '<div class="gb-tabs"><button role="tab">Prices</button></div>',
    );
    expect(blocks).toEqual([{ type: 'heading', level: 3, text: 'Opening hours', html: 'Opening hours', anchor: '' }, p('Nine to five.'), p('Prices')]);
  });

  it('interface buttons stay out: menus, carts, share, copy, print, submit, dialogs, icon-only, and buttons that say nothing', () => {
    const { blocks } = blocksOf(
      '<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button><ul id="primary-menu"><li><a href="/a">Home page</a></li></ul>' +
      '<button class="share-button" aria-expanded="false" aria-controls="share-box">Share</button><div id="share-box"><p>Share panel</p></div>' +
      '<button class="copy-code" aria-controls="code1">Copy</button><pre id="code1"><code>x = 1</code></pre>' +
      '<button type="submit" aria-controls="r">Send</button><button aria-haspopup="dialog" aria-controls="d" aria-expanded="false">Enlarge</button>' +
      '<button onclick="window.print()">Print</button><button class="single_add_to_cart_button">Add to cart</button>' +
      '<button aria-expanded="false" aria-controls="x1" aria-label="Open"><svg viewBox="0 0 1 1"></svg></button><div id="x1"><p>Beside an icon</p></div>',
    );
    const text = allText(blocks);
    for (const word of ['Menu', 'Share"', 'Copy', 'Send', 'Enlarge', 'Print', 'Add to cart']) expect(text).not.toContain(word);
    expect(blocks.filter((b) => b.type === 'details')).toEqual([]);
    expect(text).toContain('Share panel');
    expect(text).toContain('Beside an icon');
  });

  it('Elementor nested tabs still come out once each (its widget rule runs before the generic one)', () => {
    const { blocks } = blocksOf(
      '<div class="elementor-element elementor-widget elementor-widget-n-tabs" data-widget_type="nested-tabs.default"><div class="elementor-widget-container"><div class="e-n-tabs"><div class="e-n-tabs-heading" role="tablist"><button id="e-n-tab-title-1" class="e-n-tab-title" aria-selected="true" role="tab" aria-controls="e-n-tab-content-1"><span class="e-n-tab-title-text">One</span></button><button id="e-n-tab-title-2" class="e-n-tab-title" aria-selected="false" role="tab" aria-controls="e-n-tab-content-2"><span class="e-n-tab-title-text">Two</span></button></div>' +
      '<div class="e-n-tabs-content"><div id="e-n-tab-content-1" role="tabpanel" class="e-con"><p>First</p></div><div id="e-n-tab-content-2" role="tabpanel" class="e-con" hidden><p>Second</p></div></div></div></div></div>',
    );
    expect(blocks).toEqual([details('One', [p('First')], true), details('Two', [p('Second')])]);
  });

  it('consilegy-ja-pages 27956 (Kadence FAQ): every question is a details summary with its answer inside', () => {
    const post = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/gutenberg-kadence-accordion-consilegy-ja/input.json'), 'utf8'));
    const article = parsePost(post);
    const faq = article.body.filter((b) => b.type === 'details');
    expect(faq.map((b) => b.type === 'details' && b.summary)).toEqual(['What is not included in the fee?', 'How do you handle ticket sales?', 'Do you provide support after the launch?']);
    expect(faq.every((b) => b.type === 'details' && b.children.length > 0)).toBe(true);
  });
});
