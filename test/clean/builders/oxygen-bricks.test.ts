import { allText, blocksOf } from './helpers';

describe('oxygen profile (ct-* markup)', () => {
  it('headline keeps its tag, text block is a paragraph, link button a button; icons go', () => {
    const { blocks, editor } = blocksOf(
      '<section id="section-2-61" class=" ct-section"><div class="ct-section-inner-wrap"><h1 id="headline-3-61" class="ct-headline"><span id="span-4-61" class="ct-span">Our story</span></h1>' +
      '<div id="text_block-5-61" class="ct-text-block">Founded in <b>1999</b>.</div><div id="fancy_icon-6-61" class="ct-fancy-icon"><svg id="svg-fancy_icon-6-61"><use xlink:href="#FontAwesomeicon-star"></use></svg></div>' +
      '<div id="div_block-7-61" class="ct-div-block"><a id="link_button-8-61" class="ct-link-button" href="https://x.test/contact" target="_self">Contact us</a></div>' +
      '<span id="span-9-61" class="ct-span oxy-stock-content-styles"><p>Classic content.</p></span></div></section>',
    );
    expect(editor).toBe('oxygen');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, text: 'Our story', html: 'Our story', anchor: '' },
      { type: 'paragraph', text: 'Founded in 1999.', html: 'Founded in <strong>1999</strong>.' },
      { type: 'button', text: 'Contact us', html: 'Contact us', href: 'https://x.test/contact' },
      { type: 'paragraph', text: 'Classic content.', html: 'Classic content.' },
    ]);
  });
});

describe('bricks profile (brxe-* markup)', () => {
  it('#12 section > container > heading + text-basic → heading + paragraph', () => {
    const { blocks, editor } = blocksOf('<section id="brxe-abcdef" class="brxe-section"><div id="brxe-bcdefa" class="brxe-container"><h2 id="brxe-cdefab" class="brxe-heading">Hello</h2><div id="brxe-defabc" class="brxe-text-basic">t</div></div></section>');
    expect(editor).toBe('bricks');
    expect(blocks).toEqual([{ type: 'heading', level: 2, text: 'Hello', html: 'Hello', anchor: '' }, { type: 'paragraph', text: 't', html: 't' }]);
  });

  it('button, divider, image, accordion (not a list) and tabs', () => {
    const { blocks } = blocksOf(
      '<section id="brxe-aaaaaa" class="brxe-section"><div id="brxe-bbbbbb" class="brxe-container">' +
      '<a id="brxe-cccccc" class="brxe-button bricks-button bricks-background-primary" href="https://x.test/buy"><i class="ti-arrow-right"></i>Buy</a>' +
      '<div id="brxe-dddddd" class="brxe-divider horizontal"><div class="line"></div></div>' +
      '<figure id="brxe-eeeeee" class="brxe-image tag caption-on-hover"><img width="1024" height="683" src="https://x.test/p-1024x683.jpg" class="css-filter size-large" alt="Pic" srcset="https://x.test/p-1024x683.jpg 1024w, https://x.test/p-300x200.jpg 300w" /><figcaption class="bricks-image-caption">A pic</figcaption></figure>' +
      '<ul id="brxe-ffffff" class="brxe-accordion"><li class="accordion-item brx-open"><div class="accordion-title-wrapper" role="button"><h3 class="accordion-title">Q1</h3><i class="ion-ios-arrow-forward icon"></i></div><div class="accordion-content-wrapper"><p>A1</p></div></li><li class="accordion-item"><div class="accordion-title-wrapper"><h3 class="accordion-title">Q2</h3></div><div class="accordion-content-wrapper">A2</div></li></ul>' +
      '<div id="brxe-gggggg" class="brxe-tabs"><ul class="tab-menu"><li class="tab-title brx-open"><span>One</span></li><li class="tab-title"><span>Two</span></li></ul><ul class="tab-content"><li class="tab-pane brx-open"><p>P1</p></li><li class="tab-pane"><p>P2</p></li></ul></div>' +
      '</div></section>',
    );
    expect(blocks.map((b) => b.type)).toEqual(['button', 'separator', 'image', 'details', 'details', 'details', 'details']);
    expect(blocks[0]).toEqual({ type: 'button', text: 'Buy', html: 'Buy', href: 'https://x.test/buy' });
    expect(blocks[2]).toMatchObject({ src: 'https://x.test/p-1024x683.jpg', alt: 'Pic', caption: 'A pic' });
    expect(blocks.slice(3)).toEqual([
      { type: 'details', summary: 'Q1', open: true, children: [{ type: 'paragraph', text: 'A1', html: 'A1' }] },
      { type: 'details', summary: 'Q2', open: false, children: [{ type: 'paragraph', text: 'A2', html: 'A2' }] },
      { type: 'details', summary: 'One', open: true, children: [{ type: 'paragraph', text: 'P1', html: 'P1' }] },
      { type: 'details', summary: 'Two', open: false, children: [{ type: 'paragraph', text: 'P2', html: 'P2' }] },
    ]);
    expect(allText(blocks)).not.toContain('"level":3');
  });
});
