import { parsePost, type ParseOptions } from '../../../src';
import { isWords, shownAttributes } from '../../../src/clean/shortcodes/handlers/shown-text';

const rendered = (html: string, options: ParseOptions = {}) => parsePost({ id: 1, title: { rendered: 'T' }, content: { rendered: html } }, options);
const raw = (html: string, options: ParseOptions = {}) => parsePost({ id: 1, title: { rendered: 'T' }, content: { raw: html } }, options);

describe('text that only looks like a shortcode', () => {
  it('keeps an escaped [[x]] as written in rendered content (WordPress unescapes registered shortcodes only)', () => {
    const a = rendered('<p>Type [[vc_row]] or [[playlist ids="4"]] to see it.</p>');
    expect(a.text).toBe('Type [[vc_row]] or [[playlist ids="4"]] to see it.');
    expect(a.warnings).toEqual([]);
  });

  it('in raw content, [[x]] of a shortcode WordPress or a handler knows reads [x]; an unknown one stays as written', () => {
    expect(raw('<p>Type [[playlist ids="4"]], [[vc_row]] or [[my_widget]].</p>').text).toBe('Type [playlist ids="4"], [vc_row] or [[my_widget]].');
  });

  it('reads a WordPress shortcode left in rendered content as text: WordPress would have run it', () => {
    const a = rendered('<p>Add [playlist ids="4,5"] and [video src="https://v.example/a.mp4"]x[/video] to a post.</p>');
    expect(a.text).toBe('Add [playlist ids="4,5"] and [video src="https://v.example/a.mp4"]x[/video] to a post.');
    expect(a.body.map((b) => b.type)).toEqual(['paragraph']);
    expect(a.warnings).toEqual([]);
    // The same in content.raw is still expanded.
    expect(raw('<p>[video src="https://v.example/a.mp4"][/video]</p>').body).toEqual([{ type: 'media', kind: 'video', src: 'https://v.example/a.mp4', title: null, caption: null }]);
  });

  it('a handler the caller gives for a core name still runs on rendered content', () => {
    expect(rendered('<p>[playlist ids="4"]</p><p>After</p>', { shortcodes: { playlist: 'drop' } }).text).toBe('After');
  });

  it('leaves indexes and footnote marks alone', () => {
    expect(rendered('<p>Use a[i][j] and m[k] with note [1] and [2].</p>').text).toBe('Use a[i][j] and m[k] with note [1] and [2].');
    expect(raw('<p>Use a[i][j] and [1].</p>').text).toBe('Use a[i][j] and [1].');
  });
});

describe('unknown builder shortcodes keep the words in their attributes', () => {
  it('a heading-like shortcode becomes a heading of the level it names, without its settings', () => {
    const a = rendered('<p>[vc_row][vc_column][fancy_title_block tag=&#8221;h3&#8243; title=&#8221;Our clinics&#8221; color=&#8221;#00ff00&#8243; font_size=&#8221;4vw&#8221; el_class=&#8221;big-one&#8221; link=&#8221;https://x.example/c&#8221; animate=&#8221;yes&#8221;][/fancy_title_block][/vc_column][/vc_row]</p><p>Open daily.</p>');
    expect(a.body).toEqual([
      { type: 'heading', level: 3, text: 'Our clinics', html: 'Our clinics', anchor: 'our-clinics' },
      { type: 'paragraph', text: 'Open daily.', html: 'Open daily.' },
    ]);
    expect(a.text).not.toMatch(/00ff00|4vw|big-one|yes|x\.example/);
    expect(a.warnings).toEqual([
      { code: 'approximated_shortcode', message: 'Approximated unknown shortcode [fancy_title_block] (1×): kept the words of its title attribute and its content; its own markup is lost', path: '[fancy_title_block]' },
    ]);
  });

  it('other shortcodes keep their words as paragraphs, in the order written, before their content', () => {
    const a = rendered('<p>[promo_box headline="Spring offer" button_text="Book now" button_url="https://x.example/book" admin_label="Promo 2" title_text="tooltip words here"]Two nights for one.[/promo_box]</p>');
    expect(a.body.map((b) => ('text' in b ? b.text : b.type))).toEqual(['Spring offer', 'Book now', 'Two nights for one.']);
    expect(a.warnings[0]).toMatchObject({ code: 'approximated_shortcode', message: expect.stringContaining('headline, button_text attributes') });
  });

  it('Salient headings: split_line_heading text_content, font_style h1 or p', () => {
    const a = rendered('<p>[split_line_heading font_style=&#8221;h2&#8243; text_content=&#8221;Sleep clinic&#8221; font_size=&#8221;4vw&#8221;][/split_line_heading][split_line_heading font_style=&#8221;p&#8221; text_content=&#8221;What we treat.&#8221;][/split_line_heading]</p>');
    expect(a.body).toEqual([
      { type: 'heading', level: 2, text: 'Sleep clinic', html: 'Sleep clinic', anchor: 'sleep-clinic' },
      { type: 'paragraph', text: 'What we treat.', html: 'What we treat.' },
    ]);
    expect(a.warnings).toEqual([]);
  });

  it('an unknown shortcode with settings only is removed as before', () => {
    const a = rendered('<p>[spacer height="40px" color="#eee"]</p><p>Text</p>');
    expect(a.text).toBe('Text');
    expect(a.warnings.map((w) => w.code)).toEqual(['unknown_shortcode']);
  });
});

describe('isWords / shownAttributes', () => {
  it('tells words from settings', () => {
    for (const v of ['Cryo', 'Read the latest research.', 'Über uns', '東京のクリニック']) expect(isWords(v)).toBe(true);
    for (const v of ['#fff', 'rgba(0,0,0,.3)', '4vw', '0.9', '75%', 'yes', 'default', 'h1', 'fade-in-from-bottom', 'https://x.example', 'Oswald||||', '{"a":1}', '1129,1130', 'url:https%3A%2F%2Fx']) expect(isWords(v)).toBe(false);
  });
  it('reads only attributes that hold text', () => {
    expect(shownAttributes({ attrs: { title: 'Hello there', title_color: 'Red Wine', admin_label: 'Box One', text_content: 'Yes Please', css: 'A b', button_text: 'Go on' } }).map((s) => s.key)).toEqual(['title', 'text_content', 'button_text']);
  });
});

describe('Salient divider', () => {
  it('is a separator when it draws a line, nothing when it is space, so the columns it parts stay apart', () => {
    const a = rendered('<p>[vc_column_text]Last words.[/vc_column_text][divider line_type=&#8221;Full Width Line&#8221; line_thickness=&#8221;2&#8243;][vc_column_text]<em>References:</em></p><ol><li>Lind, A. (2021). Sleep. Oslo: Cappelen.</li></ol>');
    expect(a.body.map((b) => b.type)).toEqual(['paragraph', 'separator', 'paragraph', 'list']);
    expect(a.sources.map((s) => s.text)).toEqual(['Lind, A. (2021). Sleep. Oslo: Cappelen.']);
    expect(rendered('<p>One[divider line_type=&#8221;No Line&#8221; custom_height=&#8221;20&#8243;] two</p>').text).toBe('One two');
  });
});

describe('layout shortcodes keep their modules apart', () => {
  it('two text modules in one wpautop paragraph stay two paragraphs, their words not run together', () => {
    const a = rendered('<p>[vc_row][vc_column][vc_column_text]Cold stops pain.[/vc_column_text][nectar_btn text=&#8221;Read More&#8221; url=&#8221;https://x.example/cold&#8221;][vc_column_text]Heat helps too.[/vc_column_text][/vc_column][/vc_row]</p>');
    expect(a.body.map((b) => ('text' in b ? b.text : b.type))).toEqual(['Cold stops pain.', 'Read More', 'Heat helps too.']);
    expect(a.text).not.toMatch(/pain\.Read|MoreHeat/);
    const d = rendered('<p>[et_pb_section][et_pb_row][et_pb_column type="4_4"][et_pb_text]First module.[/et_pb_text][et_pb_text]Second module.[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]</p>');
    expect(d.body.map((b) => ('text' in b ? b.text : b.type))).toEqual(['First module.', 'Second module.']);
    // Inline highlights stay inline.
    expect(rendered('<p>Some [nectar_highlighted_text color="#f00"]bright[/nectar_highlighted_text] words.</p>').text).toBe('Some bright words.');
  });
});
