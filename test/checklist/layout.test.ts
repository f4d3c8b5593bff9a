import { elementorDoc, HI, inContainer, md, parse, widget } from './helpers';

// docs/checklist.md, "Wrappers & layout": cases 1–13 of markup-patterns.md §5.

const hiBlocks = [{ type: 'heading', level: 2, text: 'Hi', html: 'Hi', anchor: 'hi' }];
const section = (inner: string) =>
  `<section class="elementor-section elementor-top-section elementor-element elementor-element-1a2b elementor-section-boxed elementor-section-height-default" data-id="1a2b" data-element_type="section"><div class="elementor-container elementor-column-gap-default">${inner}</div></section>`;
const column = (inner: string) =>
  `<div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-3c4d" data-id="3c4d" data-element_type="column">${inner}</div>`;

describe('checklist: wrappers & layout', () => {
  it('#1 Elementor legacy section with the old DOM wrappers → "## Hi", no stray blank lines', () => {
    const html = elementorDoc(`<div class="elementor-inner"><div class="elementor-section-wrap">${section(
      `<div class="elementor-row">${column(`<div class="elementor-column-wrap elementor-element-populated"><div class="elementor-widget-wrap">\n${widget('heading', HI)}\n</div></div>`)}</div>`,
    )}</div></div>`);
    const a = parse(html);
    expect(a.editor).toBe('elementor');
    expect(a.body).toEqual(hiBlocks);
    expect(md(html)).toBe('## Hi\n');
  });

  it('#2 modern section layout (no row / column-wrap) ≡ #1', () => {
    const html = elementorDoc(section(column(`<div class="elementor-widget-wrap elementor-element-populated">\n${widget('heading', HI)}\n</div>`)));
    expect(parse(html).body).toEqual(hiBlocks);
    expect(md(html)).toBe('## Hi\n');
  });

  it('#3 flexbox containers (boxed parent, e-con-inner, full child) ≡ #1', () => {
    const html = elementorDoc(
      `<div class="elementor-element elementor-element-c1 e-flex e-con-boxed e-con e-parent" data-id="c1" data-element_type="container" data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}"><div class="e-con-inner">`
      + `<div class="elementor-element elementor-element-c2 e-con-full e-flex e-con e-child" data-id="c2" data-element_type="container">${widget('heading', HI)}</div></div></div>`,
    );
    expect(parse(html).body).toEqual(hiBlocks);
    expect(md(html)).toBe('## Hi\n');
  });

  it('#4 widget without .elementor-widget-container (Optimized Markup) ≡ #1', () => {
    const html = inContainer(widget('heading', HI, { container: false }));
    expect(html).not.toContain('elementor-widget-container');
    expect(parse(html).body).toEqual(hiBlocks);
    expect(md(html)).toBe('## Hi\n');
  });

  it('#5 empty background containers (no children, or only e-con-inner) → nothing emitted', () => {
    const html = elementorDoc(
      `<div class="elementor-element elementor-element-e1 e-con-full e-flex e-con e-parent" data-id="e1" data-element_type="container" data-settings='{"background_background":"classic"}'></div>`
      + `<div class="elementor-element elementor-element-e2 e-flex e-con-boxed e-con e-parent" data-id="e2" data-element_type="container" data-settings='{"background_background":"classic"}'><div class="e-con-inner"></div></div>`,
    );
    const a = parse(html);
    expect(a.body).toEqual([]);
    expect(a.html).toBe('');
    expect(md(html)).toBe('');
  });

  it('#6 Elementor heading rendered as <p> (header_size=p) → paragraph "Lead", not a heading', () => {
    const a = parse(inContainer(widget('heading', '<p class="elementor-heading-title elementor-size-default">Lead</p>')));
    expect(a.body).toEqual([{ type: 'paragraph', text: 'Lead', html: 'Lead' }]);
    expect(a.headings).toEqual([]);
  });

  it('#7 heading containing a link → heading keeps the link in html and in Markdown', () => {
    // The title is "T" too: keep the heading that repeats it.
    const html = inContainer(widget('heading', '<h2 class="elementor-heading-title elementor-size-default"><a href="/x">T</a></h2>'));
    const a = parse(html, { dropTitleHeading: false });
    expect(a.body).toEqual([{ type: 'heading', level: 2, text: 'T', html: '<a href="/x">T</a>', anchor: 't' }]);
    expect(a.links).toEqual([{ href: '/x', text: 'T', title: null, rel: [], external: false }]);
    expect(md(html, { dropTitleHeading: false })).toBe('## [T](/x)\n');
  });

  it('#8 Divi text module with its trailing comments → "A", no comment text', () => {
    const html = '<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et-last-child"><div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><p>A</p></div></div><!-- .et_pb_text --></div><!-- .et_pb_column --></div><!-- .et_pb_row --></div><!-- .et_pb_section -->';
    const a = parse(html);
    expect(a.editor).toBe('divi');
    expect(a.body).toEqual([{ type: 'paragraph', text: 'A', html: 'A' }]);
    expect(md(html)).toBe('A\n');
  });

  it('#9 WPBakery row/column/text-column wrappers → paragraph', () => {
    const html = '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>Text</p></div></div></div></div></div></div>';
    const a = parse(html);
    expect(a.editor).toBe('wpbakery');
    expect(a.body).toEqual([{ type: 'paragraph', text: 'Text', html: 'Text' }]);
  });

  it('#10 SiteOrigin panel-layout … textwidget > h1 + p → "# …" + paragraph', () => {
    const html = '<div id="pl-42" class="panel-layout"><div id="pg-42-0" class="panel-grid panel-no-style"><div id="pgc-42-0-0" class="panel-grid-cell"><div id="panel-42-0-0-0" class="so-panel widget widget_sow-editor panel-first-child panel-last-child" data-index="0"><div class="so-widget-sow-editor so-widget-sow-editor-base"><div class="siteorigin-widget-tinymce textwidget"><h1>Big</h1><p>Body</p></div></div></div></div></div></div>';
    expect(parse(html).editor).toBe('siteorigin');
    expect(md(html)).toBe('# Big\n\nBody\n');
  });

  it('#11 Beaver Builder heading module → "## X"', () => {
    const html = '<div class="fl-builder-content fl-builder-content-42" data-post-id="42"><div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-abc" data-node="abc"><div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-def" data-node="def"><div class="fl-col fl-node-ghi" data-node="ghi"><div class="fl-col-content fl-node-content"><div class="fl-module fl-module-heading fl-node-jkl" data-node="jkl"><div class="fl-module-content fl-node-content"><h2 class="fl-heading"><span class="fl-heading-text">X</span></h2></div></div></div></div></div></div></div></div></div>';
    expect(parse(html).editor).toBe('beaver');
    expect(md(html)).toBe('## X\n');
  });

  it('#12 Bricks section > container > heading + text-basic → heading + paragraph', () => {
    const html = '<section id="brxe-abc" class="brxe-section brxe-abc"><div id="brxe-def" class="brxe-container"><h2 id="brxe-ghi" class="brxe-heading">Title</h2><div id="brxe-jkl" class="brxe-text-basic">t</div></div></section>';
    const a = parse(html);
    expect(a.editor).toBe('bricks');
    expect(a.body).toEqual([
      { type: 'heading', level: 2, text: 'Title', html: 'Title', anchor: 'title' },
      { type: 'paragraph', text: 't', html: 't' },
    ]);
  });

  it('#13 spacers (wp-block-spacer, elementor-spacer, vc_empty_space with inner span) → nothing', () => {
    const ab = [{ type: 'paragraph', text: 'A', html: 'A' }, { type: 'paragraph', text: 'B', html: 'B' }];
    const gutenberg = '<p>A</p>\n<div style="height:100px" aria-hidden="true" class="wp-block-spacer"></div>\n<p>B</p>';
    const elementor = inContainer(widget('text-editor', '<p>A</p>'), widget('spacer', '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>'), widget('text-editor', '<p>B</p>'));
    const wpbakery = '<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>A</p></div></div><div class="vc_empty_space" style="height: 32px"><span class="vc_empty_space_inner"></span></div><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>B</p></div></div></div></div></div></div>';
    for (const html of [gutenberg, elementor, wpbakery]) {
      expect(parse(html).body).toEqual(ab);
      expect(md(html)).toBe('A\n\nB\n');
    }
  });
});
