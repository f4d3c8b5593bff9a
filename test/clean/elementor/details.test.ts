import { blocksOf, doc, widgetBlocks, widget } from './helpers';

const p = (t: string) => ({ type: 'paragraph', text: t, html: t });
const details = (summary: string, children: unknown[], open = false) => ({ type: 'details', summary, open, children });
const FAQ = '{"@context":"https:\\/\\/schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Why?","acceptedAnswer":{"@type":"Answer","text":"Because."}}]}';

describe('elementor accordion and toggle widgets', () => {
  it('#54 accordion with FAQ schema → details; the JSON-LD goes to contentJsonLd, never to text', () => {
    const html = `<div class="elementor-accordion"><div class="elementor-accordion-item">
      <div id="elementor-tab-title-1" class="elementor-tab-title" data-tab="1" role="button"><span class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span></span><a class="elementor-accordion-title" tabindex="0">Why?</a></div>
      <div id="elementor-tab-content-1" class="elementor-tab-content elementor-clearfix" data-tab="1" role="region"><p>Because.</p></div></div>
      <script type="application/ld+json">${FAQ}</script></div>`;
    const { blocks, ctx } = blocksOf(doc(widget('accordion', html)));
    expect(blocks).toEqual([details('Why?', [p('Because.')])]);
    expect(ctx.contentJsonLd).toEqual([JSON.parse(FAQ)]);
    expect(JSON.stringify(blocks)).not.toContain('FAQPage');
  });

  it('toggle items, bare text content', () => {
    const html = `<div class="elementor-toggle"><div class="elementor-toggle-item"><div class="elementor-tab-title" data-tab="1"><span class="elementor-toggle-icon"><i class="fas fa-caret-right"></i></span><a href="" class="elementor-toggle-title">Shipping</a></div><div class="elementor-tab-content elementor-clearfix" data-tab="1">Two days.</div></div></div>`;
    expect(widgetBlocks(widget('toggle', html))).toEqual([details('Shipping', [p('Two days.')])]);
  });

  it('JSON-LD in an HTML widget is harvested too', () => {
    const { blocks, ctx } = blocksOf(doc(widget('html', `<script type="application/ld+json">${FAQ}</script><p>Hi</p>`)));
    expect(blocks).toEqual([p('Hi')]);
    expect(ctx.contentJsonLd).toEqual([JSON.parse(FAQ)]);
  });

  it('invalid JSON-LD is dropped with a warning', () => {
    const { blocks, ctx } = blocksOf(doc(widget('accordion', '<script type="application/ld+json">{oops</script>')));
    expect(blocks).toEqual([]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['invalid_json_ld']);
  });
});

describe('elementor tabs widgets', () => {
  it('#53 legacy tabs: each title once (desktop and mobile copies), hidden panels kept', () => {
    const html = `<div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">
      <div id="t1" class="elementor-tab-title elementor-tab-desktop-title" data-tab="1" role="tab"><a href="">One</a></div>
      <div id="t2" class="elementor-tab-title elementor-tab-desktop-title" data-tab="2" role="tab"><a href="">Two</a></div></div>
      <div class="elementor-tabs-content-wrapper" role="tablist">
      <div class="elementor-tab-title elementor-tab-mobile-title" data-tab="1" role="tab">One</div><div class="elementor-tab-content elementor-clearfix" data-tab="1" role="tabpanel"><p>First panel.</p></div>
      <div class="elementor-tab-title elementor-tab-mobile-title" data-tab="2" role="tab">Two</div><div class="elementor-tab-content elementor-clearfix" data-tab="2" role="tabpanel" hidden="hidden"><p>Second panel.</p></div></div></div>`;
    expect(widgetBlocks(widget('tabs', html))).toEqual([details('One', [p('First panel.')]), details('Two', [p('Second panel.')])]);
  });

  it('nested tabs: titles from the heading buttons, panels are containers (hidden ones too)', () => {
    const html = `<div class="e-n-tabs" data-widget-number="1"><div class="e-n-tabs-heading" role="tablist">
      <button id="e-n-tab-title-11" class="e-n-tab-title" aria-selected="true" data-tab-index="1" role="tab" aria-controls="e-n-tab-content-11"><span class="e-n-tab-title-text">Alpha</span></button>
      <button id="e-n-tab-title-12" class="e-n-tab-title" aria-selected="false" data-tab-index="2" role="tab" aria-controls="e-n-tab-content-12"><span class="e-n-tab-icon"><i class="fas fa-x"></i></span><span class="e-n-tab-title-text">Beta</span></button></div>
      <div class="e-n-tabs-content">
      <div id="e-n-tab-content-11" role="tabpanel" aria-labelledby="e-n-tab-title-11" data-tab-index="1" class="e-active elementor-element e-con-full e-flex e-con e-child">${widget('text-editor', '<p>A body</p>')}</div>
      <div id="e-n-tab-content-12" role="tabpanel" aria-labelledby="e-n-tab-title-12" data-tab-index="2" hidden class="elementor-element e-con-full e-flex e-con e-child">${widget('heading', '<h3 class="elementor-heading-title">B head</h3>')}</div></div></div>`;
    expect(widgetBlocks(widget('n-tabs', html))).toEqual([
      details('Alpha', [p('A body')], true),
      details('Beta', [{ type: 'heading', level: 3, text: 'B head', html: 'B head', anchor: '' }]),
    ]);
  });

  it('nested accordion inside a nested accordion panel stays nested', () => {
    const inner = widget('n-accordion', `<div class="e-n-accordion"><details class="e-n-accordion-item"><summary class="e-n-accordion-item-title"><div class="e-n-accordion-item-title-text">Inner</div></summary><div class="e-con">${widget('text-editor', 'Deep.')}</div></details></div>`);
    const html = `<div class="e-n-accordion"><details class="e-n-accordion-item"><summary class="e-n-accordion-item-title"><div class="e-n-accordion-item-title-text">Outer</div></summary><div class="e-con">${inner}</div></details></div>`;
    expect(widgetBlocks(widget('n-accordion', html))).toEqual([details('Outer', [details('Inner', [p('Deep.')])])]);
  });

  it('nested accordion: summary text without icons, panel container content', () => {
    const html = `<div class="e-n-accordion" aria-label="FAQ"><details id="e-n-accordion-item-1" class="e-n-accordion-item" open>
      <summary class="e-n-accordion-item-title" data-accordion-index="1" tabindex="0" aria-expanded="true"><span class="e-n-accordion-item-title-header"><div class="e-n-accordion-item-title-text">Where?</div></span><span class="e-n-accordion-item-title-icon"><span class="e-opened"><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></span></span></summary>
      <div role="region" class="elementor-element e-con-full e-flex e-con e-child">${widget('text-editor', '<p>Here.</p>')}</div></details>
      <details class="e-n-accordion-item"><summary class="e-n-accordion-item-title"><span class="e-n-accordion-item-title-header"><h3 class="e-n-accordion-item-title-text">When?</h3></span></summary><div class="e-con e-child">${widget('text-editor', 'Now.')}</div></details>
      <script type="application/ld+json">${FAQ}</script></div>`;
    const { blocks, ctx } = blocksOf(doc(widget('n-accordion', html)));
    expect(blocks).toEqual([details('Where?', [p('Here.')], true), details('When?', [p('Now.')])]);
    expect(ctx.contentJsonLd).toHaveLength(1);
  });
});
