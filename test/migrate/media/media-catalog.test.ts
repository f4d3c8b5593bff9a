import { parsePost, type Article } from '../../../src';
import { collectMedia, MediaCatalog } from '../../../src/migrate/media/media-catalog';
import { MediaEntrySchema } from '../../../src/migrate/schema';

const up = 'https://birds.test/wp-content/uploads';

function post(id: number, html: string, extra: Record<string, unknown> = {}): Article {
  return parsePost({ id, type: 'post', slug: `p${id}`, link: `https://birds.test/2024/05/p${id}/`, title: { rendered: `P${id}` }, content: { rendered: html }, ...extra } as never);
}

// A REST post whose featured image is embedded with its sizes (what `_embed` gives).
function withFeatured(id: number, file: string, sizes: Record<string, [string, number, number]>, alt = 'Featured alt'): Record<string, unknown> {
  return {
    featured_media: 900 + id,
    _embedded: {
      'wp:featuredmedia': [
        {
          id: 900 + id,
          source_url: file,
          alt_text: alt,
          caption: { rendered: '<p>Featured caption</p>' },
          media_details: {
            width: 1920,
            height: 1080,
            sizes: Object.fromEntries(Object.entries(sizes).map(([name, [url, w, h]]) => [name, { source_url: url, width: w, height: h, mime_type: 'image/jpeg' }])),
          },
        },
      ],
    },
  };
}

const heronBlock = `<figure class="wp-block-image size-large"><img src="${up}/2024/05/heron-1024x683.jpg" alt="A heron" width="1024" height="683" srcset="${up}/2024/05/heron-1024x683.jpg 1024w, ${up}/2024/05/heron-300x200.jpg 300w, ${up}/2024/05/heron.jpg 1600w" class="wp-image-5"><figcaption>Heron at dawn</figcaption></figure>`;

describe('MediaCatalog', () => {
  it('makes one entry per original from every size, srcset and CDN form, with the posts using it', () => {
    const articles = [
      post(12, heronBlock),
      post(3, `<p><img src="https://i0.wp.com/birds.test/wp-content/uploads/2024/05/heron-768x512.jpg?resize=768%2C512&amp;ssl=1" alt=""></p>`),
    ];
    const entries = collectMedia(articles);
    expect(entries).toHaveLength(1);
    const [heron] = entries;
    expect(heron).toEqual({
      url: `${up}/2024/05/heron.jpg`,
      seen: [
        `${up}/2024/05/heron-1024x683.jpg`,
        `${up}/2024/05/heron-300x200.jpg`,
        `${up}/2024/05/heron.jpg`,
        'https://i0.wp.com/birds.test/wp-content/uploads/2024/05/heron-768x512.jpg?resize=768%2C512&ssl=1',
      ],
      kind: 'image',
      alt: 'A heron',
      caption: 'Heron at dawn',
      // The srcset's `1600w` describes the original itself; the 1024×683 attributes describe a copy.
      width: 1600,
      height: null,
      posts: [3, 12],
      local: null,
      status: 'listed',
      bytes: null,
      sha256: null,
      contentType: null,
      error: null,
    });
    expect(() => MediaEntrySchema.array().parse(entries)).not.toThrow();
  });

  it('lists files linked from the text, audio/video sources and galleries; leaves out other sites’ documents and data: URIs', () => {
    const html = [
      '<p>Read <a href="/wp-content/uploads/2023/11/report.pdf">the report</a>, <a href="https://birds.test/downloads/checklist.xlsx">the checklist</a>,',
      ' <a href="https://other.example/their-paper.pdf">their paper</a> and <a href="https://birds.test/about/">about</a>.</p>',
      `<figure class="wp-block-audio"><audio controls src="${up}/2023/11/song.mp3"></audio><figcaption>Wren song</figcaption></figure>`,
      `<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="${up}/2023/10/a-150x150.png" alt="A"></figure><figure class="wp-block-image"><img src="${up}/2023/10/b.png" alt="B"></figure></figure>`,
      '<p><img src="https://cdn.elsewhere.example/img/logo-200x100.png" alt="Partner"></p>',
      '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="dot"></p>',
    ].join('');
    const entries = collectMedia([post(8, html)]);
    expect(entries.map((e) => [e.url, e.kind, e.alt, e.caption, e.seen])).toEqual([
      ['https://birds.test/downloads/checklist.xlsx', 'file', null, null, ['https://birds.test/downloads/checklist.xlsx']],
      [`${up}/2023/10/a.png`, 'image', 'A', null, [`${up}/2023/10/a-150x150.png`]],
      [`${up}/2023/10/b.png`, 'image', 'B', null, [`${up}/2023/10/b.png`]],
      // Relative or made absolute by the parser (baseUrl): the form the article holds is kept.
      [`${up}/2023/11/report.pdf`, 'file', null, null, [expect.stringMatching(/^(?:https:\/\/birds\.test)?\/wp-content\/uploads\/2023\/11\/report\.pdf$/)]],
      [`${up}/2023/11/song.mp3`, 'file', null, 'Wren song', [`${up}/2023/11/song.mp3`]],
      // Another host's image keeps its own name (not an uploads folder).
      ['https://cdn.elsewhere.example/img/logo-200x100.png', 'image', 'Partner', null, ['https://cdn.elsewhere.example/img/logo-200x100.png']],
    ]);
  });

  it('takes the featured image and its sizes from attachment metadata, even for a size-like name', () => {
    const file = `${up}/2022/01/banner-1920x1080.jpg`;
    const featured = post(
      20,
      '<p>Text.</p>',
      withFeatured(20, file, {
        thumbnail: [`${up}/2022/01/banner-1920x1080-150x150.jpg`, 150, 150],
        full: [file, 1920, 1080],
      }),
    );
    // Another post shows the full file alone: metadata says it is an original.
    const other = post(4, `<p><img src="${file}" alt=""></p>`);
    for (const order of [[featured, other], [other, featured]]) {
      const entries = collectMedia(order);
      expect(entries.map((e) => [e.url, e.seen, e.posts, e.alt, e.caption, e.width, e.height])).toEqual([
        [file, [`${up}/2022/01/banner-1920x1080-150x150.jpg`, file], [4, 20], 'Featured alt', 'Featured caption', 1920, 1080],
      ]);
    }
  });

  it('keeps a size-like name whose own resized copies are in use', () => {
    const html = `<figure class="wp-block-image"><img src="${up}/2022/01/map-800x600-300x225.png" srcset="${up}/2022/01/map-800x600.png 800w, ${up}/2022/01/map-800x600-300x225.png 300w" alt="Map"></figure>`;
    expect(collectMedia([post(1, html)]).map((e) => [e.url, e.width])).toEqual([[`${up}/2022/01/map-800x600.png`, 800]]);
    // Alone, the name is read as WordPress's own size suffix.
    expect(collectMedia([post(1, `<p><img src="${up}/2022/01/map-800x600.png" alt=""></p>`)]).map((e) => e.url)).toEqual([`${up}/2022/01/map.png`]);
  });

  it('gives the same entries whatever order articles are added in', () => {
    const a = post(5, `<p><img src="${up}/2024/01/x-300x300.jpg" alt="first alt"></p>`);
    const b = post(2, `<p><img src="${up}/2024/01/x.jpg" alt="second alt"></p><p><a href="${up}/2024/01/doc.pdf">doc</a></p>`);
    const forward = collectMedia([a, b]);
    expect(collectMedia([b, a])).toEqual(forward);
    // The lowest post id gives the alt text.
    expect(forward.map((e) => [e.url, e.alt, e.posts])).toEqual([
      [`${up}/2024/01/doc.pdf`, null, [2]],
      [`${up}/2024/01/x.jpg`, 'second alt', [2, 5]],
    ]);
  });

  it('finds the entry of any form: seen, another size, the CDN form', () => {
    const catalog = new MediaCatalog();
    catalog.add(post(12, heronBlock));
    const original = `${up}/2024/05/heron.jpg`;
    expect(catalog.find(`${up}/2024/05/heron-300x200.jpg`)?.url).toBe(original);
    expect(catalog.find(`${up}/2024/05/heron-2048x1365.jpg`)?.url).toBe(original);
    expect(catalog.find(`https://i1.wp.com/birds.test/wp-content/uploads/2024/05/heron.jpg?w=200&ssl=1`)?.url).toBe(original);
    expect(catalog.find(`${up}/2024/05/crane.jpg`)).toBeUndefined();
    // Adding more changes what entries() says; returned entries are copies.
    catalog.entries()[0]!.posts.push(99);
    catalog.add(post(13, `<p><img src="${up}/2024/05/heron-300x200.jpg" alt=""></p>`));
    expect(catalog.entries()[0]!.posts).toEqual([12, 13]);
  });

  it('reads images inside tables, lists, quotes and details', () => {
    const html = [
      `<table><tr><td><a href="${up}/2021/02/t.pdf">t</a></td></tr></table>`,
      `<ul><li><a href="${up}/2021/02/l.zip">l</a></li></ul>`,
      `<blockquote><p><a href="${up}/2021/02/q.docx">q</a></p></blockquote>`,
      `<details><summary>More</summary><p><img src="${up}/2021/02/d-100x100.gif" alt="d"></p></details>`,
    ].join('');
    expect(collectMedia([post(1, html)]).map((e) => e.url)).toEqual([`${up}/2021/02/d.gif`, `${up}/2021/02/l.zip`, `${up}/2021/02/q.docx`, `${up}/2021/02/t.pdf`]);
  });

  it('learns attachments from the site index (an export), without listing what no post uses', () => {
    const catalog = new MediaCatalog();
    catalog.addAttachment({ url: `${up}/2022/01/banner-1920x1080.jpg`, width: 1920, height: 1080, variants: [{ url: `${up}/2022/01/banner-1920x1080-150x150.jpg`, width: 150, height: 150 }] });
    catalog.addAttachment({ url: `${up}/2023/03/sunset-scaled.jpg`, width: 2560, height: 1440, variants: [{ url: `${up}/2023/03/sunset-300x169.jpg`, width: 300, height: 169 }] });
    catalog.addAttachment({ url: `${up}/2023/03/unused.png`, width: 10, height: 10, variants: [] });
    expect(catalog.entries()).toEqual([]);
    catalog.add(post(6, `<p><img src="${up}/2022/01/banner-1920x1080.jpg" alt="Banner"><img src="${up}/2023/03/sunset-300x169.jpg" alt="Sunset"></p>`));
    expect(catalog.entries().map((e) => [e.url, e.alt, e.width, e.height])).toEqual([
      [`${up}/2022/01/banner-1920x1080.jpg`, 'Banner', 1920, 1080],
      // The upload behind a scaled full size: its own size is not in the metadata.
      [`${up}/2023/03/sunset.jpg`, 'Sunset', null, null],
    ]);
  });

  it('reads back entries an earlier catalog made (media.json, a manifest) to the same entries', () => {
    const file = `${up}/2022/01/banner-1920x1080.jpg`;
    const articles = [
      post(12, heronBlock),
      post(20, `<p><a href="/wp-content/uploads/2023/11/report.pdf">report</a></p>`, withFeatured(20, file, { thumbnail: [`${up}/2022/01/banner-1920x1080-150x150.jpg`, 150, 150], full: [file, 1920, 1080] })),
      post(4, `<p><img src="${file}" alt=""></p>`),
    ];
    const whole = collectMedia(articles);
    const again = new MediaCatalog();
    for (const e of JSON.parse(JSON.stringify(whole))) again.addEntry(e);
    expect(again.entries()).toEqual(whole);
    // Each post's own entries, merged: what `--resume` has for posts it does not convert again.
    const merged = new MediaCatalog();
    for (const a of articles) for (const e of collectMedia([a])) merged.addEntry(e);
    merged.add(post(30, `<p><img src="${up}/2024/05/heron-300x200.jpg" alt="Later"></p>`));
    expect(merged.entries().map((e) => [e.url, e.posts])).toEqual([
      [file, [4, 20]],
      [`${up}/2023/11/report.pdf`, [20]],
      [`${up}/2024/05/heron.jpg`, [12, 30]],
    ]);
  });

  it('makes one entry of a file reached over http and https (Photon without ssl=1 names the http form)', () => {
    const entries = collectMedia([
      post(1, `<p><img src="https://i0.wp.com/birds.test/wp-content/uploads/2024/05/owl.jpg?w=300" alt="Owl"></p>`),
      post(2, `<p><img src="${up}/2024/05/owl-1024x768.jpg" srcset="${up}/2024/05/owl.jpg 1600w" alt=""></p>`),
    ]);
    expect(entries.map((e) => [e.url, e.posts, e.width, e.seen.length])).toEqual([[`${up}/2024/05/owl.jpg`, [1, 2], 1600, 3]]);
  });

  it('makes one entry of one file spelt percent-encoded or not, with its host in any case', () => {
    const catalog = new MediaCatalog();
    catalog.add(post(1, `<p><img src="${up}/2024/04/Шампоан-450x650.jpg" alt="Шампоан"></p>`));
    catalog.add(post(2, `<p><img src="https://BIRDS.test/wp-content/uploads/2024/04/%D0%A8%D0%B0%D0%BC%D0%BF%D0%BE%D0%B0%D0%BD.jpg" alt=""></p>`));
    const entries = catalog.entries();
    expect(entries.map((e) => [e.posts, e.seen.length, e.alt])).toEqual([[[1, 2], 2, 'Шампоан']]);
    expect(catalog.find(`${up}/2024/04/%D0%A8%D0%B0%D0%BC%D0%BF%D0%BE%D0%B0%D0%BD-1024x768.jpg`)?.posts).toEqual([1, 2]);
    // A slash written as %2F is part of a name, not a folder.
    expect(collectMedia([post(3, `<p><img src="${up}/2024/04/a%2Fb.jpg" alt=""><img src="${up}/2024/04/a/b.jpg" alt=""></p>`)])).toHaveLength(2);
  });

  it('resolves a relative URL the article holds against its permalink, and keeps the form as written', () => {
    const base = post(9, '<p>x</p>');
    const article: Article = {
      ...base,
      body: [{ type: 'paragraph', text: 'report', html: '<a href="../../../wp-content/uploads/2023/11/report.pdf">report</a>' }],
      links: [],
      images: [],
    };
    expect(collectMedia([article]).map((e) => [e.url, e.seen])).toEqual([[`${up}/2023/11/report.pdf`, ['../../../wp-content/uploads/2023/11/report.pdf']]]);
  });
});
