import { blocksOf, doc, widgetBlocks, widget } from './helpers';

const img = (attrs = '') => `<img width="800" height="600" src="https://x.test/a-800x600.jpg" class="attachment-large size-large wp-image-5" alt="A cat" ${attrs}>`;
const image = (extra: Partial<Record<string, unknown>> = {}) => ({
  type: 'image', src: 'https://x.test/a-800x600.jpg', alt: 'A cat', title: null, width: 800, height: 600, caption: null, srcset: [], link: null, ...extra,
});

describe('elementor image widget', () => {
  it('drops the lightbox link and keeps the caption', () => {
    const html = `<figure class="wp-caption"><a href="https://x.test/a.jpg" data-elementor-open-lightbox="yes">${img()}</a><figcaption class="widget-image-caption wp-caption-text">Our cat</figcaption></figure>`;
    expect(widgetBlocks(widget('image', html))).toEqual([image({ caption: 'Our cat' })]);
  });

  it('keeps a link to a page, and reads the old div.elementor-image wrapper', () => {
    const html = `<div class="elementor-image"><a href="https://x.test/cats/">${img()}</a></div>`;
    expect(widgetBlocks(widget('image', html, { container: false }))).toEqual([image({ link: 'https://x.test/cats/' })]);
  });
});

describe('elementor image box and icon box widgets', () => {
  it('image box → image, heading, paragraph', () => {
    const html = `<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><a href="https://x.test/p" tabindex="-1">${img()}</a></figure>
      <div class="elementor-image-box-content"><h3 class="elementor-image-box-title"><a href="https://x.test/p">Cats</a></h3><p class="elementor-image-box-description">All about cats.</p></div></div>`;
    expect(widgetBlocks(widget('image-box', html))).toEqual([
      image({ link: 'https://x.test/p' }),
      { type: 'heading', level: 3, text: 'Cats', html: '<a href="https://x.test/p">Cats</a>', anchor: '' },
      { type: 'paragraph', text: 'All about cats.', html: 'All about cats.' },
    ]);
  });

  it('icon box → heading and paragraph, icon dropped; a div title is a paragraph', () => {
    const html = `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon"><span class="elementor-icon elementor-animation-"><svg viewBox="0 0 1 1"><path d="M0 0"/></svg></span></div>
      <div class="elementor-icon-box-content"><div class="elementor-icon-box-title"><span>Fast</span></div><p class="elementor-icon-box-description">We ship in a day.</p></div></div>`;
    expect(widgetBlocks(widget('icon-box', html))).toEqual([
      { type: 'paragraph', text: 'Fast', html: 'Fast' },
      { type: 'paragraph', text: 'We ship in a day.', html: 'We ship in a day.' },
    ]);
  });
});

describe('elementor video widget', () => {
  it('#37 the YouTube URL lives only in data-settings', () => {
    const attrs = `data-settings="{&quot;youtube_url&quot;:&quot;https:\\/\\/youtu.be\\/XHOmBV4js_E&quot;,&quot;video_type&quot;:&quot;youtube&quot;}"`;
    const html = '<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div>';
    expect(widgetBlocks(widget('video', html, { attrs }))).toEqual([
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=XHOmBV4js_E', id: 'XHOmBV4js_E', caption: null },
    ]);
  });

  it('Vimeo iframe with an image overlay → embed, overlay dropped', () => {
    const attrs = `data-settings='{"video_type":"vimeo","show_image_overlay":"yes"}'`;
    const html = '<div class="elementor-wrapper"><iframe class="elementor-video-iframe" src="https://player.vimeo.com/video/235215203?color&autopause=0"></iframe><div class="elementor-custom-embed-image-overlay" style="background-image:url(p.jpg)"><div class="elementor-custom-embed-play"><i class="eicon-play"></i><span class="elementor-screen-only">Play Video</span></div></div></div>';
    expect(widgetBlocks(widget('video', html, { attrs }))).toEqual([{ type: 'embed', provider: 'vimeo', url: 'https://vimeo.com/235215203', id: '235215203', caption: null }]);
  });

  it('hosted video → media block', () => {
    const attrs = `data-settings='{"video_type":"hosted","hosted_url":{"url":"https://x.test/v.mp4","id":9}}'`;
    const html = '<div class="e-hosted-video elementor-wrapper elementor-open-inline"><video class="elementor-video" src="https://x.test/v.mp4" controls preload="metadata"></video></div>';
    expect(widgetBlocks(widget('video', html, { attrs }))).toEqual([{ type: 'media', kind: 'video', src: 'https://x.test/v.mp4', title: null, caption: null }]);
  });

  it('a video widget with no URL anywhere is dropped with a warning', () => {
    const { blocks, ctx } = blocksOf(doc(widget('video', '<div class="elementor-video"></div>')));
    expect(blocks).toEqual([]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['dropped_embed']);
  });
});

describe('elementor google maps widget', () => {
  it('the map iframe survives as an embed', () => {
    const html = '<div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.com/maps?q=London%20Eye&amp;t=m&amp;z=14&amp;output=embed&amp;iwloc=near" title="London Eye" aria-label="London Eye"></iframe></div>';
    expect(widgetBlocks(widget('google_maps', html))).toEqual([
      { type: 'embed', provider: 'google-maps', url: 'https://www.google.com/maps?q=London%20Eye&t=m&z=14&output=embed&iwloc=near', id: null, caption: null },
    ]);
  });
});
