import { allText, blocksOf } from './helpers';

const row = (modules: string) =>
  `<div class="fl-builder-content fl-builder-content-12 fl-builder-content-primary" data-post-id="12"><div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-5f1a" data-node="5f1a"><div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-6a2b" data-node="6a2b"><div class="fl-col fl-node-7c3d" data-node="7c3d"><div class="fl-col-content fl-node-content">${modules}</div></div></div></div></div></div></div>`;
const mod = (type: string, inner: string) => `<div class="fl-module fl-module-${type} fl-node-${type}1" data-node="${type}1"><div class="fl-module-content fl-node-content">${inner}</div></div>`;

describe('beaver profile (rendered fl-* markup)', () => {
  it('#11 a heading keeps its level, the text span is unwrapped; rich text is its paragraphs', () => {
    const { blocks, editor } = blocksOf(row(mod('heading', '<h2 class="fl-heading"><span class="fl-heading-text">X</span></h2>') + mod('rich-text', '<div class="fl-rich-text"><p>Body <em>text</em></p></div>')));
    expect(editor).toBe('beaver');
    expect(blocks).toEqual([
      { type: 'heading', level: 2, text: 'X', html: 'X', anchor: '' },
      { type: 'paragraph', text: 'Body text', html: 'Body <em>text</em>' },
    ]);
  });

  it('button, photo with caption, separator', () => {
    const { blocks } = blocksOf(row(
      mod('button', '<div class="fl-button-wrap fl-button-width-auto fl-button-left"><a href="https://x.test/go" target="_self" class="fl-button" role="button"><i class="fl-button-icon fl-button-icon-before fas fa-check" aria-hidden="true"></i><span class="fl-button-text">Get started</span></a></div>') +
      mod('photo', '<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject"><div class="fl-photo-content fl-photo-img-jpg"><img loading="lazy" decoding="async" class="fl-photo-img wp-image-7 size-full" src="https://x.test/team.jpg" alt="Team" itemprop="image" height="600" width="900" /></div><div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">Our team</div></div>') +
      mod('separator', '<div class="fl-separator"></div>'),
    ));
    expect(blocks).toEqual([
      { type: 'button', text: 'Get started', html: 'Get started', href: 'https://x.test/go' },
      expect.objectContaining({ type: 'image', src: 'https://x.test/team.jpg', alt: 'Team', caption: 'Our team', link: null }),
      { type: 'separator' },
    ]);
  });

  it('accordion items are details; tabs print each title once', () => {
    const { blocks } = blocksOf(row(
      mod('accordion', '<div class="fl-accordion fl-accordion-small"><div class="fl-accordion-item fl-accordion-item-active"><div class="fl-accordion-button" id="b1" aria-expanded="true"><a href="#" class="fl-accordion-button-label">Question one</a><a href="#" class="fl-accordion-button-icon-link"><i class="fl-accordion-button-icon fl-accordion-button-icon-right fas fa-minus"></i></a></div><div class="fl-accordion-content fl-clearfix"><p>Answer one</p></div></div></div>') +
      mod('tabs', '<div class="fl-tabs fl-tabs-default fl-clearfix"><div class="fl-tabs-labels fl-clearfix" role="tablist"><a href="#" class="fl-tabs-label fl-tab-active" data-index="0">Alpha</a><a href="#" class="fl-tabs-label" data-index="1">Beta</a></div><div class="fl-tabs-panels fl-clearfix"><div class="fl-tabs-panel"><div class="fl-tabs-label fl-tabs-panel-label fl-tab-active" data-index="0"><span>Alpha</span><i class="fas fa-plus"></i></div><div class="fl-tabs-panel-content fl-tab-active fl-clearfix" data-index="0"><p>A text</p></div></div><div class="fl-tabs-panel"><div class="fl-tabs-label fl-tabs-panel-label" data-index="1"><span>Beta</span></div><div class="fl-tabs-panel-content fl-clearfix" data-index="1"><p>B text</p></div></div></div></div>'),
    ));
    expect(blocks).toEqual([
      { type: 'details', summary: 'Question one', open: true, children: [{ type: 'paragraph', text: 'Answer one', html: 'Answer one' }] },
      { type: 'details', summary: 'Alpha', open: true, children: [{ type: 'paragraph', text: 'A text', html: 'A text' }] },
      { type: 'details', summary: 'Beta', open: false, children: [{ type: 'paragraph', text: 'B text', html: 'B text' }] },
    ]);
    expect(allText(blocks).match(/Alpha/g)).toHaveLength(1);
  });
});
