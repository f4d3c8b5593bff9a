import { isUploadsUrl, originalOfFull, originalUrl, urlForms } from '../../../src/migrate/media/original-url';

const up = 'https://example.org/wp-content/uploads/2024/05';

describe('originalUrl', () => {
  it.each([
    // WordPress's resized copies: `{name}-{w}x{h}.{ext}` (WP_Image_Editor::generate_filename).
    [`${up}/photo-300x200.jpg`, `${up}/photo.jpg`],
    [`${up}/photo-1024x683.webp`, `${up}/photo.webp`],
    // Big uploads: the "full" size is `-scaled`, the sizes are made from the upload itself.
    [`${up}/photo-scaled.jpg`, `${up}/photo.jpg`],
    [`${up}/photo-rotated.jpg`, `${up}/photo.jpg`],
    // Sizes regenerated from the scaled file (corpus: dsgservisi-tr, `…-2025-scaled-300x300.jpg`).
    [`${up}/Dsg-Kavrama-2025-scaled-300x300.jpg`, `${up}/Dsg-Kavrama-2025.jpg`],
    // An edited image (`wp_save_image`: -e + time() + rand(100,999)) is what readers saw: kept.
    [`${up}/logo-1-e1759799507254.png`, `${up}/logo-1-e1759799507254.png`],
    [`${up}/logo-1-e1759799507254-150x150.png`, `${up}/logo-1-e1759799507254.png`],
    // Only one suffix of each kind: a name that looks like a size before the size stays.
    [`${up}/banner-1920x1080-300x169.jpg`, `${up}/banner-1920x1080.jpg`],
    // Numbered duplicates are real names.
    [`${up}/photo-1.jpg`, `${up}/photo-1.jpg`],
    // Multisite and WordPress.com forms.
    ['https://example.org/wp-content/uploads/sites/3/2020/01/a-768x512.png', 'https://example.org/wp-content/uploads/sites/3/2020/01/a.png'],
    ['https://example.org/files/2012/05/a-150x150.jpg', 'https://example.org/files/2012/05/a.jpg'],
    ['https://animalsofpnw.files.wordpress.com/2019/07/heron.jpg?w=640&h=427', 'https://animalsofpnw.files.wordpress.com/2019/07/heron.jpg'],
    ['https://blog.files.wordpress.com/2014/03/cat.jpg?w=300&zoom=2', 'https://blog.files.wordpress.com/2014/03/cat.jpg'],
    // Jetpack's image CDN: back to the site, over https only when Photon was told to use it.
    [`https://i0.wp.com/example.org/wp-content/uploads/2024/05/photo-scaled.jpg?resize=300%2C200&ssl=1`, `${up}/photo.jpg`],
    ['https://i2.wp.com/example.org/wp-content/uploads/2024/05/photo.jpg?fit=1200%2C800', 'http://example.org/wp-content/uploads/2024/05/photo.jpg'],
    ['https://i0-2.wp.com/www.example.org/wp-content/uploads/2024/05/p-300x300.png?w=300&ssl=1', 'https://www.example.org/wp-content/uploads/2024/05/p.png'],
    // Jetpack's lazy loader (research/markup-patterns.md): `&#038;` read undecoded puts ssl=1 after a `#`.
    ['https://i0.wp.com/example.org/wp-content/uploads/2024/05/a.jpg?resize=900%2C380&is-pending-load=1#038;ssl=1', `${up}/a.jpg`],
    ['https://i1.wp.com/example.org/wp-content/uploads/2024/05/a.jpg?resize=900%2C380&#038;ssl=1', `${up}/a.jpg`],
    [`${up}/a-900x380.jpg?is-pending-load=1`, `${up}/a.jpg`],
    // Resizing arguments on an uploads image go; other query arguments stay, in order.
    [`${up}/photo.jpg?w=1024&ver=3`, `${up}/photo.jpg?ver=3`],
    [`${up}/photo-300x200.jpg#x`, `${up}/photo.jpg`],
    // Relative URLs follow the same rules.
    ['/wp-content/uploads/2024/05/photo-300x200.jpg', '/wp-content/uploads/2024/05/photo.jpg'],
  ])('%s → %s', (url, expected) => {
    expect(originalUrl(url)).toBe(expected);
  });

  it.each([
    // Not an uploads folder: the name is the author's own.
    'https://cdn.example.net/img/logo-200x100.png',
    'https://example.org/images/photo-scaled.jpg',
    // Not an image: WordPress makes no sizes of a PDF's own file.
    `${up}/report-2020x2021.pdf`,
    `${up}/price-list-scaled.pdf`,
    // `?w=` of a file that is not an image is not a resize.
    `${up}/report.pdf?w=300`,
    // A size needs digits on both sides.
    `${up}/photo-300x.jpg`,
    `${up}/photo-x200.jpg`,
    'not a url at all',
    '',
  ])('keeps %s', (url) => {
    expect(originalUrl(url)).toBe(url);
  });

  it('gives each step', () => {
    expect(urlForms(`https://i1.wp.com/example.org/wp-content/uploads/2024/05/a-scaled-300x300.jpg?ssl=1`)).toEqual({
      file: `${up}/a-scaled-300x300.jpg`,
      parent: `${up}/a-scaled.jpg`,
      original: `${up}/a.jpg`,
    });
  });

  it('takes a full-size file as metadata names it: only -scaled/-rotated go', () => {
    expect(originalOfFull(`${up}/banner-1920x1080-scaled.jpg`)).toBe(`${up}/banner-1920x1080.jpg`);
    expect(originalOfFull(`${up}/banner-1920x1080.jpg`)).toBe(`${up}/banner-1920x1080.jpg`);
  });

  it('knows uploads URLs', () => {
    expect(isUploadsUrl(`${up}/a.pdf`)).toBe(true);
    expect(isUploadsUrl('https://x.files.wordpress.com/2019/07/a.pdf')).toBe(true);
    expect(isUploadsUrl('https://i0.wp.com/example.org/a.jpg')).toBe(true);
    expect(isUploadsUrl('https://example.org/downloads/a.pdf')).toBe(false);
  });
});
