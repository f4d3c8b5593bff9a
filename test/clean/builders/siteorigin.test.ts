import { blocksOf } from './helpers';

const layout = (widgets: string) =>
  `<div id="pl-42" class="panel-layout"><div id="pg-42-0" class="panel-grid panel-no-style"><div id="pgc-42-0-0" class="panel-grid-cell">${widgets}</div></div></div>`;
const widget = (type: string, i: number, inner: string) =>
  `<div id="panel-42-0-0-${i}" class="so-panel widget widget_sow-${type} panel-first-child" data-index="${i}" data-style="{&quot;background_display&quot;:&quot;tile&quot;}"><div class="so-widget-sow-${type} so-widget-sow-${type}-base">${inner}</div></div>`;

describe('siteorigin profile (panel-layout / so-panel markup)', () => {
  it('#10 an editor widget: its h1 and paragraph, layout unwrapped; the widget title stays a heading', () => {
    const { blocks, editor } = blocksOf(layout(
      widget('editor', 0, '<h3 class="widget-title">Welcome</h3><div class="siteorigin-widget-tinymce textwidget"><h1>Title</h1><p>Intro text.</p></div>'),
    ));
    expect(editor).toBe('siteorigin');
    expect(blocks).toEqual([
      { type: 'heading', level: 3, text: 'Welcome', html: 'Welcome', anchor: '' },
      { type: 'heading', level: 1, text: 'Title', html: 'Title', anchor: '' },
      { type: 'paragraph', text: 'Intro text.', html: 'Intro text.' },
    ]);
  });

  it('buttons, accordions and tabs; social buttons go', () => {
    const { blocks } = blocksOf(layout(
      widget('button', 0, '<div class="ow-button-base ow-button-align-center"><a href="https://x.test/book" class="sowb-button ow-icon-placement-left ow-button-hover"><span><span class="sow-icon-fontawesome sow-fas" data-sow-icon="&#xf073;" aria-hidden="true"></span>Book a visit</span></a></div>') +
      widget('accordion', 1, '<div class="sow-accordion"><div class="sow-accordion-panel sow-accordion-panel-open" data-anchor="q1"><div class="sow-accordion-panel-header-container" role="heading" aria-level="2"><div class="sow-accordion-panel-header" tabindex="0" role="button"><div class="sow-accordion-title sow-accordion-title-icon-left">Opening hours?</div><div class="sow-accordion-open-close-button"><div class="sow-accordion-open-button"><span class="sow-icon-ionicons" data-sow-icon="&#xf218;" aria-hidden="true"></span></div></div></div></div><div class="sow-accordion-panel-content" role="region"><div class="sow-accordion-panel-border"><p>9 to 5.</p></div></div></div></div>') +
      widget('tabs', 2, '<div class="sow-tabs"><div class="sow-tabs-tab-container" role="tablist"><div class="sow-tabs-tab sow-tabs-tab-selected" role="tab"><div class="sow-tabs-title sow-tabs-title-icon-left">Map</div></div><div class="sow-tabs-tab" role="tab"><div class="sow-tabs-title">Bus</div></div></div><div class="sow-tabs-panel-container"><div class="sow-tabs-panel" role="tabpanel"><div class="sow-tabs-panel-content"><p>Centre</p></div></div><div class="sow-tabs-panel" role="tabpanel"><div class="sow-tabs-panel-content"><p>Line 4</p></div></div></div></div>') +
      widget('social-media-buttons', 3, '<div class="social-media-button-container"><a class="ow-button-hover sow-social-media-button-facebook-0 sow-social-media-button" title="Facebook" aria-label="Facebook" href="https://facebook.com/x"><span><span class="sow-icon-fontawesome sow-fab" data-sow-icon="&#xf39e;"></span></span></a></div>'),
    ));
    expect(blocks).toEqual([
      { type: 'button', text: 'Book a visit', html: 'Book a visit', href: 'https://x.test/book' },
      { type: 'details', summary: 'Opening hours?', open: true, children: [{ type: 'paragraph', text: '9 to 5.', html: '9 to 5.' }] },
      { type: 'details', summary: 'Map', open: true, children: [{ type: 'paragraph', text: 'Centre', html: 'Centre' }] },
      { type: 'details', summary: 'Bus', open: false, children: [{ type: 'paragraph', text: 'Line 4', html: 'Line 4' }] },
    ]);
  });
});
