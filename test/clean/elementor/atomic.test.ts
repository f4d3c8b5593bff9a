import { blocksOf } from './helpers';

// Elementor 4 "atomic" (v4) elements, markup written from the Twig templates in
// elementor/elementor `modules/atomic-widgets/elements/`:
//   atomic-heading/atomic-heading.html.twig, atomic-paragraph/atomic-paragraph.html.twig,
//   atomic-image/atomic-image.html.twig, atomic-button/atomic-button.html.twig,
//   atomic-youtube/atomic-youtube.html.twig, atomic-svg/atomic-svg.html.twig,
//   atomic-divider/atomic-divider.html.twig, atomic-self-hosted-video/atomic-self-hosted-video.html.twig,
//   atomic-tabs/atomic-tab/atomic-tab.html.twig, atomic-tabs/atomic-tab-content/atomic-tab-content.html.twig,
//   flexbox/flexbox.html.twig + base/_macros.html.twig, div-block/div-block.html.twig;
// `data-e-type`/`data-id` come from base/has-atomic-base.php (get_initial_attributes), the
// `<type>-base` classes from base/has-base-styles.php. Atomic widgets print no outer wrapper
// (base/atomic-widget-base.php: empty before_render/after_render).

const page = (inner: string) =>
  `<div data-elementor-type="wp-page" data-elementor-id="42" class="elementor elementor-42"><div class="elementor-element elementor-element-5d1a0e2 e-con e-atomic-element e-flexbox-base e-5d1a0e2-a1b2c3d" data-id="5d1a0e2" data-element_type="e-flexbox" data-e-type="e-flexbox" data-interaction-id="5d1a0e2">${inner}</div></div>`;
const blocks = (inner: string) => blocksOf(page(inner)).blocks;
const yt = (settings: string, text = '') => `<div data-id="ab12" data-e-type="e-youtube" class="e-youtube-base e-ab12-1f2e3d4" data-settings="${settings}">${text}</div>`;

describe('elementor 4 atomic elements', () => {
  it('is detected as elementor from the atomic container alone', () => {
    expect(blocksOf('<div class="elementor-element e-con e-atomic-element e-div-block-base" data-e-type="e-div-block"><h2 class="e-heading-base">Hi</h2></div>').editor).toBe('elementor');
  });

  it('heading and paragraph are read as the bare tags they are; flexbox/div-block wrappers vanish', () => {
    expect(blocks('<h2 class="e-6f3b2a1-0c9d8e7 e-heading-base" data-e-type="widget" data-id="6f3b2a1"><a href="https://x.test/a" target="_self" class="e-heading-link-base">Linked title</a></h2>'
      + '<div class="elementor-element elementor-element-ef e-con e-atomic-element e-div-block-base" data-id="ef" data-element_type="e-div-block" data-e-type="e-div-block" data-interaction-id="ef">'
      + '<p class="e-paragraph-base" data-interaction-id="7a" data-interactions="[]" data-e-type="widget" data-id="7a">Some <strong>bold</strong> text.</p></div>')).toEqual([
      { type: 'heading', level: 2, text: 'Linked title', html: '<a href="https://x.test/a">Linked title</a>', anchor: '' },
      { type: 'paragraph', text: 'Some bold text.', html: 'Some <strong>bold</strong> text.' },
    ]);
  });

  it('image (with its link) and divider', () => {
    const out = blocks('<a href="https://x.test/big" class="e-image-link-base" target="_self" data-interaction-id="8b"><img class="e-image-base" data-e-type="widget" data-id="8b" src="https://x.test/a.jpg" alt="A cat" width="800" height="600"/></a><hr class="e-divider-base" data-id="de" data-interactions="[]"/>');
    expect(out).toMatchObject([{ type: 'image', src: 'https://x.test/a.jpg', alt: 'A cat', link: 'https://x.test/big' }, { type: 'separator' }]);
  });

  it('button: a link becomes a button block; a link-less <button> keeps its label', () => {
    expect(blocks('<a href="https://x.test/buy" target="_self" class="e-button-base" data-interaction-id="9c" data-interactions="[]" data-e-type="widget" data-id="9c">Buy now</a><button class="e-button-base" data-interaction-id="9d" data-interactions="[]">Just a label</button>')).toEqual([
      { type: 'button', text: 'Buy now', html: 'Buy now', href: 'https://x.test/buy' },
      { type: 'button', text: 'Just a label', html: 'Just a label', href: null },
    ]);
  });

  it('YouTube: the URL only in data-settings is never lost', () => {
    expect(blocks(yt('{&quot;source&quot;:&quot;https:\\/\\/www.youtube.com\\/watch?v=dQw4w9WgXcQ&quot;,&quot;autoplay&quot;:false,&quot;privacy&quot;:false}'))).toEqual([
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', id: 'dQw4w9WgXcQ', caption: null },
    ]);
  });

  it('YouTube: template versions that print the source as text; none at all → dropped_embed warning', () => {
    expect(blocks(yt('{}', '\n  https://youtu.be/dQw4w9WgXcQ\n'))).toMatchObject([{ type: 'embed', provider: 'youtube', id: 'dQw4w9WgXcQ' }]);
    const { blocks: none, ctx } = blocksOf(page(yt('not json')));
    expect(none).toEqual([]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['dropped_embed']);
  });

  it('SVG icon (inline or as an .svg image) leaves nothing', () => {
    expect(blocks('<div class="e-svg-base" data-interaction-id="cd"><svg viewBox="0 0 10 10"><path d="M0 0"/></svg></div><a href="https://x.test" class="e-svg-base"><img src="https://x.test/i.svg" style="width: 100%; height: 100%;" /></a><p class="e-paragraph-base">After</p>')).toEqual([
      { type: 'paragraph', text: 'After', html: 'After' },
    ]);
  });

  it('self-hosted video: media block, the default #t=0 fragment removed', () => {
    expect(blocks('<video data-id="v1" data-e-type="e-self-hosted-video" class="e-self-hosted-video-base" controls preload="metadata"><source src="https://x.test/v.mp4#t=0"></video>')).toMatchObject([
      { type: 'media', kind: 'video', src: 'https://x.test/v.mp4' },
    ]);
  });

  it('tabs: <button> titles and hidden panels survive as details, active one open', () => {
    const tab = (id: string, t: string, active: boolean) => `<button class="e-con e-atomic-element e-tab-base${active ? ' e--selected' : ''}" data-id="${id}" data-element_type="e-tab" data-e-type="e-tab" role="tab" tabindex="${active ? 0 : -1}" aria-selected="${active}" id="t1-tab-${id}" aria-controls="t1-content-${id}"><p class="e-paragraph-base">${t}</p></button>`;
    const panel = (id: string, t: string, active: boolean) => `<div class="e-con e-atomic-element e-tab-content-base" data-id="c${id}" data-element_type="e-tab-content" data-e-type="e-tab-content" role="tabpanel" id="t1-content-${id}" aria-labelledby="t1-tab-${id}"${active ? '' : ' hidden="true" style="display: none;"'}><p class="e-paragraph-base">${t}</p></div>`;
    const html = `<div class="e-con e-atomic-element e-tabs-base" data-id="t1" data-element_type="e-tabs" data-e-type="e-tabs" x-data="eTabst1"><div class="e-con e-atomic-element e-tabs-menu-base" data-e-type="e-tabs-menu" role="tablist">${tab('0', 'Specs', true)}${tab('1', 'Price', false)}</div><div class="e-con e-atomic-element e-tabs-content-area-base" data-e-type="e-tabs-content-area">${panel('1', 'From 9 €.', false)}${panel('0', 'Steel, 2 kg.', true)}</div></div>`;
    expect(blocks(html)).toMatchObject([
      { type: 'details', summary: 'Price', open: false, children: [{ type: 'paragraph', text: 'From 9 €.' }] },
      { type: 'details', summary: 'Specs', open: true, children: [{ type: 'paragraph', text: 'Steel, 2 kg.' }] },
    ]);
  });
});
