import { allText, blocksOf } from './helpers';

const section = (inner: string) =>
  `<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">${inner}</div></div></div></div></div>`;

describe('divi profile (rendered et_pb_* markup)', () => {
  it('#8 a text module is its content, with no comment text', () => {
    const { blocks, editor } = blocksOf(section('<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><p>A</p></div></div> <!-- .et_pb_text -->'));
    expect(editor).toBe('divi');
    expect(blocks).toEqual([{ type: 'paragraph', text: 'A', html: 'A' }]);
  });

  it('#62 a toggle is a details block, not an h5 heading; open state kept', () => {
    const { blocks } = blocksOf(section(
      '<div class="et_pb_module et_pb_toggle et_pb_toggle_0 et_pb_toggle_item et_pb_toggle_close"><h5 class="et_pb_toggle_title">Do you ship?</h5><div class="et_pb_toggle_content clearfix"><p>Yes, <strong>worldwide</strong>.</p></div></div>' +
      '<div class="et_pb_module et_pb_accordion et_pb_accordion_0"><div class="et_pb_toggle et_pb_module et_pb_accordion_item et_pb_accordion_item_0 et_pb_toggle_open"><h3 class="et_pb_toggle_title">First</h3><div class="et_pb_toggle_content clearfix"><p>One</p></div></div><div class="et_pb_toggle et_pb_module et_pb_accordion_item et_pb_toggle_close"><h3 class="et_pb_toggle_title">Second</h3><div class="et_pb_toggle_content clearfix"><p>Two</p></div></div></div>',
    ));
    expect(blocks).toEqual([
      { type: 'details', summary: 'Do you ship?', open: false, children: [{ type: 'paragraph', text: 'Yes, worldwide.', html: 'Yes, <strong>worldwide</strong>.' }] },
      { type: 'details', summary: 'First', open: true, children: [{ type: 'paragraph', text: 'One', html: 'One' }] },
      { type: 'details', summary: 'Second', open: false, children: [{ type: 'paragraph', text: 'Two', html: 'Two' }] },
    ]);
  });

  it('tabs pair each title with its panel, once', () => {
    const { blocks } = blocksOf(section(
      '<div class="et_pb_module et_pb_tabs et_pb_tabs_0"><ul class="et_pb_tabs_controls clearfix"><li class="et_pb_tab_0 et_pb_tab_active"><a href="#">Specs</a></li><li class="et_pb_tab_1"><a href="#">Care</a></li></ul>' +
      '<div class="et_pb_all_tabs"><div class="et_pb_tab et_pb_tab_0 clearfix et_pb_active_content"><div class="et_pb_tab_content"><p>Steel</p></div></div><div class="et_pb_tab et_pb_tab_1 clearfix"><div class="et_pb_tab_content"><p>Wipe dry</p></div></div></div></div>',
    ));
    expect(blocks).toEqual([
      { type: 'details', summary: 'Specs', open: true, children: [{ type: 'paragraph', text: 'Steel', html: 'Steel' }] },
      { type: 'details', summary: 'Care', open: false, children: [{ type: 'paragraph', text: 'Wipe dry', html: 'Wipe dry' }] },
    ]);
  });

  it('buttons, dividers and linked images become their blocks; the image wrap span goes', () => {
    const { blocks } = blocksOf(section(
      '<div class="et_pb_button_module_wrapper et_pb_button_0_wrapper et_pb_button_alignment_center et_pb_module"><a class="et_pb_button et_pb_button_0 et_pb_bg_layout_light" href="https://shop.test/buy" data-icon="&#x24;">Buy now</a></div>' +
      '<div class="et_pb_module et_pb_divider et_pb_divider_0 et_pb_divider_position_ et_pb_space"><div class="et_pb_divider_internal"></div></div>' +
      '<div class="et_pb_module et_pb_image et_pb_image_0"><a href="https://shop.test/product"><span class="et_pb_image_wrap "><img decoding="async" src="https://shop.test/wp-content/uploads/p.jpg" alt="Product" title="p" width="800" height="600" /></span></a></div>',
    ));
    expect(blocks.map((b) => b.type)).toEqual(['button', 'separator', 'image']);
    expect(blocks[0]).toEqual({ type: 'button', text: 'Buy now', html: 'Buy now', href: 'https://shop.test/buy' });
    expect(blocks[2]).toMatchObject({ type: 'image', src: 'https://shop.test/wp-content/uploads/p.jpg', alt: 'Product', link: 'https://shop.test/product' });
  });

  it('a testimonial is a quote cited "Author, Position, Company"; the portrait goes', () => {
    const { blocks } = blocksOf(section(
      '<div class="et_pb_module et_pb_testimonial et_pb_testimonial_0 clearfix et_pb_bg_layout_light"><div style="background-image:url(https://x.test/p.jpg)" class="et_pb_testimonial_portrait"></div><div class="et_pb_testimonial_description"><div class="et_pb_testimonial_description_inner"><div class="et_pb_testimonial_content"><p>Great team.</p></div></div><span class="et_pb_testimonial_author">Ana Ruiz</span><p class="et_pb_testimonial_meta"><span class="et_pb_testimonial_position">CEO</span><span class="et_pb_testimonial_separator">,</span> <span class="et_pb_testimonial_company">Acme</span></p></div></div>',
    ));
    expect(blocks).toEqual([{ type: 'quote', text: 'Great team.', html: expect.stringContaining('Great team.'), citation: 'Ana Ruiz, CEO, Acme', variant: expect.any(String), children: [expect.objectContaining({ type: 'paragraph', text: 'Great team.' })] }]);
  });

  it('a number counter shows its target, not the empty start', () => {
    const { blocks } = blocksOf(section('<div class="et_pb_module et_pb_number_counter et_pb_number_counter_0 et_pb_with_title" data-number-value="250" data-number-separator=""><div class="percent"><p><span class="percent-value"></span><span class="percent-sign">+</span></p></div><h3 class="title">Clients</h3></div>'));
    expect(blocks).toEqual([{ type: 'paragraph', text: '250+', html: '250+' }, { type: 'heading', level: 3, text: 'Clients', html: 'Clients', anchor: '' }]);
  });

  it('a gallery is one gallery with lazy images resolved and titles as captions; pagination goes', () => {
    const { blocks } = blocksOf(section(
      '<div class="et_pb_module et_pb_gallery et_pb_gallery_0 et_pb_gallery_grid"><div class="et_pb_gallery_items et_post_gallery clearfix" data-per_page="4">' +
      '<div class="et_pb_gallery_item et_pb_grid_item"><div class="et_pb_gallery_image landscape"><a href="https://x.test/a.jpg" title="Chante"><img src="data:image/svg+xml,%3Csvg%20xmlns=\'http://www.w3.org/2000/svg\'%3E%3C/svg%3E" data-lazy-src="https://x.test/a-400x284.jpg" alt="" /><span class="et_overlay"></span></a></div><h3 class="et_pb_gallery_title">Chante</h3></div>' +
      '<div class="et_pb_gallery_item et_pb_grid_item"><div class="et_pb_gallery_image landscape"><a href="https://x.test/b.jpg"><img src="https://x.test/b-400x284.jpg" alt="B" /></a></div></div>' +
      '</div><div class="et_pb_gallery_pagination"><ul><li class="prev"><a href="#">Prev</a></li></ul></div></div>',
    ));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ type: 'gallery', images: [{ src: 'https://x.test/a-400x284.jpg', caption: 'Chante' }, { src: 'https://x.test/b-400x284.jpg', alt: 'B', caption: null }] });
    expect(allText(blocks)).not.toContain('Prev');
  });

  it('social follow buttons, slider arrows and contact forms are not content (the form warns)', () => {
    const { blocks, ctx } = blocksOf(section(
      '<ul class="et_pb_module et_pb_social_media_follow"><li class="et_pb_social_icon et-social-facebook"><a href="https://facebook.com/x" class="icon et_pb_with_border"><span class="et_pb_social_media_follow_network_name">Follow</span></a></li></ul>' +
      '<div class="et_pb_module et_pb_contact_form_container clearfix" data-form_unique_num="0"><h1 class="et_pb_contact_main_title">Contact Us</h1><div class="et-pb-contact-message"></div><div class="et_pb_contact"><form class="et_pb_contact_form clearfix" method="post" action=""><p class="et_pb_contact_field"><label>Name</label><input type="text" name="et_pb_contact_name_0"></p></form></div></div>' +
      '<p>Kept</p>',
    ));
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Kept', html: 'Kept' }]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['dropped_form']);
  });
});

describe('divi global modules saved into a page (raw shortcodes)', () => {
  const global = (id: string, inner: string) => `[et_pb_section global_module="${id}" saved_tabs="all"][et_pb_row][et_pb_column type="4_4"]${inner}[/et_pb_column][/et_pb_row][/et_pb_section]`;
  const plain = (inner: string) => `[et_pb_section][et_pb_row][et_pb_column type="4_4"]${inner}[/et_pb_column][/et_pb_row][/et_pb_section]`;

  it('the global header and footer around the page go (the header’s logo and the footer’s words warned); a global section between content stays', () => {
    const html = `<p>${global('53', '[et_pb_image src="https://x.test/logo.png" alt="Logo"][/et_pb_image][et_pb_menu menu_id="2"][/et_pb_menu]')}` +
      `${plain('[et_pb_text]<p>Our workshop repairs looms.</p>[/et_pb_text]')}` +
      `${global('60', '[et_pb_text]<p>Ask for a quote today.</p>[/et_pb_text]')}` +
      `${plain('[et_pb_text]<p>Opening hours vary.</p>[/et_pb_text]')}` +
      `${global('54', '[et_pb_text]<h4>Company</h4><p>Weaver Street 5, Berlin</p>[/et_pb_text]')}</p>`;
    const { blocks, ctx, editor } = blocksOf(html);
    expect(editor).toBe('divi');
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Our workshop repairs looms.', html: 'Our workshop repairs looms.' },
      { type: 'paragraph', text: 'Ask for a quote today.', html: 'Ask for a quote today.' },
      { type: 'paragraph', text: 'Opening hours vary.', html: 'Opening hours vary.' },
    ]);
    expect(ctx.warnings).toEqual([
      { code: 'dropped_global_module', message: 'Dropped a Divi global header or footer with an image or player', path: '[et_pb_section global_module="53"]' },
      { code: 'dropped_global_module', message: 'Dropped a Divi global header or footer: "Company Weaver Street 5, Berlin"', path: '[et_pb_section global_module="54"]' },
    ]);
  });

  it('a page that is one global section keeps it (nothing else would be left to call content)', () => {
    const { blocks } = blocksOf(`<p>${global('7', '[et_pb_text]<p>Only this.</p>[/et_pb_text]')}</p>`);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Only this.', html: 'Only this.' }]);
  });
});
