import { everything, inContainer, md, parse, parseRaw, widget } from './helpers';

// docs/checklist.md, "Plugin noise" and "Shortcodes": cases 66–76 of markup-patterns.md §5.

const p = (text: string) => ({ type: 'paragraph', text, html: text });
const img = (o: Record<string, unknown>) => ({ type: 'image', title: null, width: null, height: null, caption: null, srcset: [], link: null, ...o });

describe('checklist: plugin noise', () => {
  it('#66 Jetpack sharing, likes (#jp-post-flair.sharedaddy) and #jp-relatedposts → removed, no "Share this:" / "Related"', () => {
    const a = parse('<p>Body</p>\n<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-42" class="share-twitter sd-button share-icon" href="https://x.test/p/?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li><li class="share-end"></li></ul></div></div></div>'
      + '<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1-42-abc" data-src="https://widgets.wp.com/likes/#blog_id=1&amp;post_id=42" data-name="like-post-frame-1-42-abc"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div></div>'
      + '\n<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' >\n\t<h3 class="jp-relatedposts-headline"><em>Related</em></h3>\n</div>');
    expect(a.body).toEqual([p('Body')]);
    expect(a.links).toEqual([]);
    expect(everything(a)).not.toMatch(/Share this|Like this|Related|Twitter|Loading/);
  });

  it('#67 ez-toc box removed; its anchor spans do not leak: heading "Intro", anchor its id', () => {
    const a = parse('<div id="ez-toc-container" class="ez-toc-v2_0_17 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title">Table of Contents</p><span class="ez-toc-title-toggle"></span></div><nav><ul class=\'ez-toc-list ez-toc-list-level-1\'><li class=\'ez-toc-page-1 ez-toc-heading-level-2\'><a class="ez-toc-link ez-toc-heading-1" href="#Intro" title="Intro">Intro</a></li></ul></nav></div>\n'
      + '<h2><span class="ez-toc-section" id="Intro"></span>Intro<span class="ez-toc-section-end"></span></h2>\n<p>Text</p>');
    // The id ez-toc gave is what links to the section use; it stays the anchor.
    expect(a.body).toEqual([{ type: 'heading', level: 2, text: 'Intro', html: 'Intro', anchor: 'Intro' }, p('Text')]);
    expect(everything(a)).not.toMatch(/Table of Contents|ez-toc/);
  });

  it('#68 inline <style> in an Elementor widget container and <link rel=stylesheet> → removed, no CSS text', () => {
    const a = parse(inContainer(
      widget('divider', '<style>/*! elementor - v3.5.0 - 16-01-2022 */\n.elementor-widget-divider{--divider-border-style:none}</style><link rel="stylesheet" href="https://x.test/wp-content/plugins/elementor/assets/css/widget-divider.min.css"><div class="elementor-divider"><span class="elementor-divider-separator"></span></div>'),
      widget('text-editor', '<style>.x{color:red}</style><p>After</p>'),
    ));
    expect(a.body).toEqual([{ type: 'separator' }, p('After')]);
    expect(everything(a)).not.toMatch(/elementor - v3|divider-border|color:red|\.css/);
  });

  it('#69 image lightbox button.lightbox-trigger > svg inside the figure → dropped, no "Enlarge image"', () => {
    const a = parse('<figure data-wp-context="{&quot;imageId&quot;:&quot;abc&quot;}" data-wp-interactive="core/image" class="wp-block-image size-large wp-lightbox-container"><img decoding="async" width="1024" height="683" data-wp-on-async--click="actions.showLightbox" src="https://x.test/a-1024x683.jpg" alt="A" class="wp-image-9"/><button class="lightbox-trigger" type="button" aria-haspopup="dialog" aria-label="Enlarge image" data-wp-on-async--click="actions.showLightbox"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" fill="none" viewBox="0 0 12 12"><path fill="#fff" d="M2 0a2 2 0 0 0-2 2v2h1.5V2a.5.5 0 0 1 .5-.5h2V0H2Z" /></svg></button><figcaption class="wp-element-caption">Cap</figcaption></figure>');
    expect(a.body).toEqual([img({ src: 'https://x.test/a-1024x683.jpg', alt: 'A', width: 1024, height: 683, caption: 'Cap' })]);
    expect(everything(a)).not.toMatch(/Enlarge|lightbox/);
  });

  it('#70 playlist script.wp-playlist-script JSON → not dumped as text; parsed into audio items', () => {
    const a = parse('<!--[if lt IE 9]><script>document.createElement(\'audio\');</script><![endif]-->\n<div class="wp-playlist wp-audio-playlist wp-playlist-light"><div class="wp-playlist-current-item"></div><audio controls="controls" preload="none" width="640"></audio><div class="wp-playlist-next"></div><div class="wp-playlist-prev"></div><noscript><ol><li><a href="https://x.test/one.mp3">One</a></li><li><a href="https://x.test/two.mp3">Two</a></li></ol></noscript>'
      + '<script type="application/json" class="wp-playlist-script">{"type":"audio","tracklist":true,"tracknumbers":true,"images":true,"artists":true,"tracks":[{"src":"https:\\/\\/x.test\\/one.mp3","type":"audio\\/mpeg","title":"One","caption":"","description":""},{"src":"https:\\/\\/x.test\\/two.mp3","type":"audio\\/mpeg","title":"Two","caption":"","description":""}]}</script></div>');
    expect(a.body).toEqual([
      { type: 'media', kind: 'audio', src: 'https://x.test/one.mp3', title: 'One', caption: null },
      { type: 'media', kind: 'audio', src: 'https://x.test/two.mp3', title: 'Two', caption: null },
    ]);
    expect(everything(a)).not.toMatch(/tracklist|audio.{0,2}mpeg|createElement/);
  });
});

describe('checklist: shortcodes', () => {
  it('#71 raw [vc_row][vc_column][vc_column_text] → paragraph "Hi", no brackets', () => {
    const html = '[vc_row][vc_column][vc_column_text]<p>Hi</p>[/vc_column_text][/vc_column][/vc_row]';
    const a = parse(html);
    expect(a.body).toEqual([p('Hi')]);
    expect(a.warnings).toEqual([]);
    expect(md(html)).toBe('Hi\n');
  });

  it('#72 raw [et_pb_text]@ET-DC@…@[/et_pb_text] (Divi dynamic content token) → nothing', () => {
    const a = parse('<p>Before</p>[et_pb_section fb_built="1" _builder_version="4.16"][et_pb_row _builder_version="4.16"][et_pb_column type="4_4"][et_pb_text _builder_version="4.16"]@ET-DC@eyJkeW5hbWljIjp0cnVlLCJjb250ZW50IjoicG9zdF90aXRsZSJ9@[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]');
    expect(a.body).toEqual([p('Before')]);
    expect(everything(a)).not.toMatch(/ET-DC|eyJ|et_pb/);
  });

  it('#73 raw [caption]<img> My caption[/caption] → image with caption "My caption"', () => {
    const a = parseRaw('[caption id="attachment_5" align="aligncenter" width="300"]<img class="size-medium wp-image-5" src="https://x.test/a.jpg" alt="x" width="300" height="200" /> My caption[/caption]');
    expect(a.body).toEqual([img({ src: 'https://x.test/a.jpg', alt: 'x', width: 300, height: 200, caption: 'My caption' })]);
  });

  it('#74 raw [embed]youtube URL[/embed] → YouTube embed', () => {
    expect(parseRaw('<p>[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]</p>').body).toEqual([
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption: null },
    ]);
  });

  it('#75 unknown [contact-form-7 id="12"] → removed with a warning, never text', () => {
    const html = '<p>Contact us:</p>\n<p>[contact-form-7 id="12" title="Contact form 1"]</p>';
    const a = parse(html);
    expect(a.body).toEqual([p('Contact us:')]);
    // A form plugin's `title` names the form in the admin; it is not shown.
    expect(a.warnings).toEqual([{ code: 'dropped_form', message: 'Removed form shortcode [contact-form-7]: the form is rendered by its plugin and is not content', path: '[contact-form-7]' }]);
    expect(parse('<p>[poll_widget id="3"]</p>').warnings).toEqual([{ code: 'unknown_shortcode', message: 'Removed unknown shortcode [poll_widget] (1×); its content was kept', path: '[poll_widget]' }]);
    expect(md(html)).toBe('Contact us:\n');
    // Kept verbatim only when asked (MDX users).
    expect(parse(html, { keepShortcodes: ['contact-form-7'] }).text).toContain('[contact-form-7 id="12" title="Contact form 1"]');
  });

  it('#76 "[foo " + 100k chars with no closing bracket → finishes fast (linear), text kept', () => {
    const t0 = Date.now();
    const a = parse(`<p>[foo ${'a'.repeat(100_000)}</p>`);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(a.body).toHaveLength(1);
    expect(a.text).toBe(`[foo ${'a'.repeat(100_000)}`);
  });
});
