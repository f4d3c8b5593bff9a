import fc from 'fast-check';
import { imageUrl, isPlaceholderSrc, placeholderSrc } from '../../../src/extract/body/read-image';
import { originalImageUrl } from '../../../src/extract/body/images/original-image-url';
import type { Block, Image } from '../../../src/schema/block';
import { blocksOf } from '../builders/helpers';

const images = (blocks: Block[]): Image[] => blocks.flatMap((b) => (b.type === 'image' ? [b] : b.type === 'gallery' ? b.images : []));

describe('lazy images', () => {
  it('#26 WP Rocket: the data-lazy-src URL, never the SVG placeholder; data-lazy-srcset recorded widest first', () => {
    const { blocks } = blocksOf('<p><img src="data:image/svg+xml,%3Csvg%20xmlns=\'http://www.w3.org/2000/svg\'%20viewBox=\'0%200%20800%20600\'%3E%3C/svg%3E" data-lazy-src="https://x.test/a.jpg" data-lazy-srcset="https://x.test/a-300x225.jpg 300w, https://x.test/a.jpg 800w" alt="A"><noscript><img src="https://x.test/a.jpg" alt="A"></noscript></p>');
    expect(images(blocks)).toEqual([
      { type: 'image', src: 'https://x.test/a.jpg', alt: 'A', title: null, width: null, height: null, caption: null, link: null, srcset: [{ url: 'https://x.test/a.jpg', descriptor: '800w' }, { url: 'https://x.test/a-300x225.jpg', descriptor: '300w' }] },
    ]);
  });

  it('#27 Jetpack: one image, without the is-pending-load marker; de-CDN\'d only when asked', () => {
    const html = '<p><img class="size-full jetpack-lazy-image" data-lazy-src="https://i0.wp.com/site.test/a-1024x576.jpg?resize=900%2C380&amp;is-pending-load=1#038;ssl=1" srcset="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="x"><noscript><img class="size-full" src="https://i0.wp.com/site.test/a-1024x576.jpg?resize=900%2C380&#038;ssl=1" alt="x"></noscript></p>';
    const plain = images(blocksOf(html).blocks);
    expect(plain.map((i) => i.src)).toEqual(['https://i0.wp.com/site.test/a-1024x576.jpg?resize=900%2C380&ssl=1']);
    const resolved = images(blocksOf(html, { resolveImageOriginals: true }).blocks);
    expect(resolved.map((i) => i.src)).toEqual(['https://site.test/a.jpg']);
  });

  it('#28 data-src without src (lazysizes, Elementor carousel); a data-lazy="1" flag is not a URL', () => {
    expect(images(blocksOf('<div><img data-src="https://x.test/a.jpg" class="lazyload" alt=""></div>').blocks).map((i) => i.src)).toEqual(['https://x.test/a.jpg']);
    expect(imageUrl({ 'data-lazy': '1', 'data-tf-src': 'https://x.test/t.jpg', src: 'data:image/svg+xml,x' })).toBe('https://x.test/t.jpg');
  });

  it('#30 the real image survives when its only URL is inside <noscript> (as markup or as text)', () => {
    const asMarkup = blocksOf('<div><img class="lazy" src="data:image/gif;base64,R0lGOD" alt="N"><noscript><img src="https://x.test/n.jpg" alt="N"></noscript></div>');
    expect(images(asMarkup.blocks).map((i) => [i.src, i.alt])).toEqual([['https://x.test/n.jpg', 'N']]);
    const alone = blocksOf('<div><noscript><img src="https://x.test/only.jpg" alt="O"></noscript></div>');
    expect(images(alone.blocks).map((i) => i.src)).toEqual(['https://x.test/only.jpg']);
    const asText = blocksOf('<div><img alt="T"><noscript>&lt;img src="https://x.test/t.jpg"&gt;</noscript></div>');
    expect(images(asText.blocks).map((i) => i.src)).toEqual(['https://x.test/t.jpg']);
  });

  it('a tracking pixel or tag-manager iframe in <noscript> is not content', () => {
    const { blocks, ctx } = blocksOf('<p>Text</p><noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/></noscript><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X"></iframe></noscript>');
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Text', html: 'Text' }]);
    expect(ctx.images).toEqual([]);
  });

  it('#31 emoji images become the character (alt, else the file name code points)', () => {
    const { blocks, ctx } = blocksOf('<p>Hi <img draggable="false" role="img" class="emoji" alt="🙂" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f642.svg"> and <img class="wp-smiley" src="https://s.w.org/images/core/emoji/72x72/1f1fa-1f1f8.png" style="height: 1em; max-height: 1em;" /></p>');
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Hi 🙂 and 🇺🇸', html: 'Hi 🙂 and 🇺🇸' }]);
    expect(ctx.images).toEqual([]);
  });

  it('#32 a placeholder src with a srcset uses the widest candidate; a real src is kept and the srcset recorded', () => {
    const [ph] = images(blocksOf('<div><img src="https://x.test/wp-content/plugins/lazy/blank.gif" srcset="https://x.test/a-300.jpg 300w, https://x.test/a-1024.jpg 1024w, https://x.test/a.jpg 2048w"></div>').blocks);
    expect(ph!.src).toBe('https://x.test/a.jpg');
    const [real] = images(blocksOf('<div><img src="https://x.test/a-300.jpg" srcset="https://x.test/a-300.jpg 300w, https://x.test/a-1024.jpg 1024w, https://x.test/a.jpg 2048w"></div>').blocks);
    expect(real!.src).toBe('https://x.test/a-300.jpg');
    expect(real!.srcset[0]).toEqual({ url: 'https://x.test/a.jpg', descriptor: '2048w' });
  });

  it('a real src is never replaced by a srcset candidate, whatever words its file name holds', () => {
    // A 600px logo whose name ends in a placeholder word, with WordPress's smaller sizes in srcset.
    const logo = '<p><img width="600" height="600" src="https://x.test/wp-content/uploads/2024/01/logo-transparent.png" srcset="https://x.test/wp-content/uploads/2024/01/logo-transparent-300x300.png 300w, https://x.test/wp-content/uploads/2024/01/logo-transparent-150x150.png 150w" alt="Logo"></p>';
    const [img] = images(blocksOf(logo).blocks);
    expect(img!.src).toBe('https://x.test/wp-content/uploads/2024/01/logo-transparent.png');
    expect(img!.srcset.map((c) => c.descriptor)).toEqual(['300w', '150w']);
    for (const name of ['header-grey.png', 'button-loading.gif', 'team-pixel.png', 'banner-blank.svg']) {
      expect(imageUrl({ src: `https://x.test/u/${name}`, srcset: 'https://x.test/u/small-150x150.png 150w' })).toBe(`https://x.test/u/${name}`);
    }
  });

  it('an image with a real src and no srcset is kept, with or without a noscript twin', () => {
    const { blocks, ctx } = blocksOf('<p><img src="https://x.test/wp-content/uploads/badge-gray.png" alt="Badge"></p><div><img src="https://x.test/u/map-spacer.png" alt="M"><noscript><img src="https://x.test/u/map-spacer.png" alt="M"></noscript></div>');
    expect(images(blocks).map((i) => i.src)).toEqual(['https://x.test/wp-content/uploads/badge-gray.png', 'https://x.test/u/map-spacer.png']);
    expect(ctx.warnings).toEqual([]);
  });

  it('lazy-loading needs positive evidence: a lazy attribute, or a src that is a placeholder', () => {
    // data-src / data-lazy-src: the URL the plugin swaps in, over a real-looking low-quality src.
    expect(imageUrl({ src: 'https://x.test/u/a-20x13.jpg', 'data-src': 'https://x.test/u/a.jpg' })).toBe('https://x.test/u/a.jpg');
    expect(imageUrl({ src: 'https://x.test/u/a-20x13.jpg', 'data-lazy-src': 'https://x.test/u/a.jpg' })).toBe('https://x.test/u/a.jpg');
    // A placeholder src: the srcset's widest candidate; a plain file name is no evidence.
    expect(imageUrl({ src: 'https://x.test/img/lazy-placeholder.gif', srcset: 'https://x.test/u/a-300x200.jpg 300w, https://x.test/u/a.jpg 900w' })).toBe('https://x.test/u/a.jpg');
    expect(imageUrl({ src: 'https://x.test/u/harbour-transparent.png', srcset: 'https://x.test/u/harbour-transparent-300x200.png 300w' })).toBe('https://x.test/u/harbour-transparent.png');
  });

  it('an image with no usable URL at all is dropped with a warning', () => {
    const { blocks, ctx } = blocksOf('<div><img src="data:image/gif;base64,R0lGOD" class="lazyload"></div>');
    expect(blocks).toEqual([]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['image_without_url']);
  });
});

describe('originalImageUrl', () => {
  it.each([
    ['https://i0.wp.com/site.test/wp-content/uploads/a-300x200.jpg?resize=300%2C200&ssl=1', 'https://site.test/wp-content/uploads/a.jpg'],
    ['https://i2.wp.com/site.test/b.png?w=640&quality=80&v=3', 'https://site.test/b.png?v=3'],
    ['https://site.test/uploads/photo-scaled.jpeg', 'https://site.test/uploads/photo.jpeg'],
    ['https://site.test/uploads/photo-1024x683.webp?x=1', 'https://site.test/uploads/photo.webp?x=1'],
    ['https://site.test/uploads/logo-2x1.svg', 'https://site.test/uploads/logo.svg'],
    ['https://site.test/uploads/plain.jpg', 'https://site.test/uploads/plain.jpg'],
    ['/wp-content/uploads/rel-150x150.jpg', '/wp-content/uploads/rel.jpg'],
  ])('%s → %s', (input, expected) => {
    expect(originalImageUrl(input)).toBe(expected);
  });
});

describe('isPlaceholderSrc', () => {
  it.each([
    ['data:image/gif;base64,R0lGOD', true],
    ['https://x.test/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif', true],
    ['https://x.test/wp-content/plugins/lazy-load/images/1x1.trans.gif', true],
    ['https://x.test/wp-content/themes/t/img/blank.gif?v=2', true],
    ['https://x.test/wp-content/uploads/2023/07/transparent-logo.png', false],
    ['https://x.test/wp-content/uploads/2023/07/pixel-art.png', false],
    ['https://x.test/wp-content/uploads/2023/07/harbour.jpg', false],
    ['https://x.test/wp-content/uploads/2024/01/logo-transparent.png', false],
    ['https://x.test/wp-content/uploads/2024/01/Header-Grey.png', false],
    ['https://x.test/wp-content/uploads/2024/01/site-loading-screen.gif', false],
    ['https://x.test/wp-content/uploads/2024/01/image.png', false],
    ['https://x.test/wp-content/uploads/2024/01/2024.png', false],
    ['https://x.test/wp-content/themes/t/img/lazy_placeholder.gif', true],
    ['https://x.test/wp-content/themes/t/img/placeholder-300x200.png', true],
    ['https://x.test/wp-content/themes/t/img/spinner-64x64.svg', true],
    ['https://x.test/img/1x1.gif', true],
    ['https://x.test/img/Transparent.PNG', true],
  ])('%s → %s', (src, expected) => {
    expect(isPlaceholderSrc(src)).toBe(expected);
  });

  it('isPlaceholderSrc answers plain URLs at once, as the definition does', () => {
    // Starts and ends near the fast path's edges (data:, spaces, query, fragment, extensions in any case).
    const start = fc.constantFrom('https://x.example/', 'data:', 'DATA:', ' data:', '\u00a0data:', '\ufeffdata:', 'd', '/', 'x', '', ' ', '\n');
    const middle = fc.array(fc.constantFrom('wp-content/plugins/lazy-load/', 'uploads/', 'blank', 'photo', '-', '_', '1x1', '300x200', '.', '?', '#', 'a=1', '\n', ' '), { maxLength: 6 }).map((a) => a.join(''));
    const end = fc.constantFrom('.gif', '.GIF', '.png', '.Png', '.svg', '.sVg', '.jpg', '.webp', '', 'gif', '.gif?x', '.gif#y', '.png\n', '.svg ');
    fc.assert(fc.property(start, middle, end, (a, b, c) => {
      expect(isPlaceholderSrc(a + b + c)).toBe(placeholderSrc(a + b + c));
    }), { numRuns: 20000, seed: 11 });
  });
});
