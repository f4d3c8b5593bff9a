import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { parsePost, streamPosts, toMarkdown, UnpressError } from '../../../src';
import { WpPostSchema } from '../../../src/schema/wp-post';
import { readWxr } from '../../../src/sources/wxr/read-wxr';
import { collect as all } from '../../support/collect';

const DIR = join(__dirname, '..', '..', '..', 'fixtures', 'wxr');
const SITE = join(DIR, 'written-site.xml');
const MEDIA = join(DIR, 'written-media.xml');


describe('readWxr: a WordPress export as REST posts', () => {
  it('reads split files as one site: posts of every file, references resolved across them', async () => {
    let site: unknown = null;
    const posts = await all(readWxr([SITE, MEDIA], { onSite: (s) => (site = s) }));
    expect(posts.map((p) => [p.id, p.type, p.status])).toEqual([[3, 'post', 'publish'], [4, 'post', 'publish']]);
    for (const p of posts) expect(WpPostSchema.safeParse(p).success).toBe(true);
    expect(site).toEqual({ title: 'Field Notes', link: 'https://notes.example.org', description: 'Walks & birds', language: 'en-GB', baseSiteUrl: 'https://notes.example.org', baseBlogUrl: 'https://notes.example.org', wxrVersion: '1.2' });
  });

  it('gives the article the site shows: author, terms, featured image with sizes, excerpt, SEO', async () => {
    const [post] = await all(readWxr([SITE, MEDIA]));
    const a = parsePost(post);
    expect([a.title, a.slug, a.sticky, a.published, a.publishedLocal]).toEqual(['Terns at dusk', 'terns-at-dusk', true, '2026-05-06T18:30:00.000Z', '2026-05-06T19:30:00+01:00']);
    expect(a.author).toEqual({ id: 2, name: 'Mara Quill', slug: 'mara', url: null });
    expect(a.categories).toEqual([{ id: 5, name: 'Birds & Bees', slug: 'birds' }]);
    expect(a.tags).toEqual([{ id: 8, name: 'Estuary', slug: 'estuary' }]);
    expect(a.terms).toEqual({ region: [{ id: 12, name: 'North', slug: 'north' }] });
    // The sizes come from serialised metadata whose byte count is off by the CRLF XML read as LF.
    expect(a.featuredImage).toMatchObject({ id: 10, alt: 'A tern over the mud', width: 1600, height: 1067, caption: 'Common tern, Blakeney' });
    expect(a.featuredImage?.variants.map((v) => v.url)).toEqual(['https://notes.example.org/wp-content/uploads/2026/05/tern-300x200.jpg']);
    expect(a.excerpt).toBe('The tide turned at six, and the terns came in low. We left when the light went.');
    expect(a.comments).toEqual([{ id: 40, parent: null, author: 'Ian', authorUrl: 'https://ian.example.net', date: '2026-05-06T21:00:00', html: '<p>Lovely evening.</p>', text: 'Lovely evening.' }]);
    expect([a.seo.title, a.seo.description]).toEqual(['Terns at dusk on the estuary - Field Notes', 'An evening with the terns at Blakeney.']);
  });

  it('lays out classic content as WordPress renders it: paragraphs, caption, embed, gallery from ids', async () => {
    const [post] = await all(readWxr([SITE, MEDIA]));
    const a = parsePost(post);
    expect(a.body.map((b) => b.type)).toEqual(['paragraph', 'image', 'embed', 'gallery', 'paragraph']);
    expect(a.body[0]).toMatchObject({ text: 'The tide turned at six,\nand the terns came in low.' });
    const gallery = a.body[3] as Extract<(typeof a.body)[number], { type: 'gallery' }>;
    expect(gallery.images.map((i) => [i.alt, i.caption])).toEqual([['Mudflats at low water', 'Low water'], ['The bird hide', null]]);
    expect(a.warnings).toEqual([]);
  });

  it('resolves synced patterns, footnotes, latest posts and archives, and warns of what the export cannot give', async () => {
    const [, post] = await all(readWxr([SITE, MEDIA]));
    const a = parsePost(post);
    expect(toMarkdown(a, { frontMatter: false })).toBe(
      'We count in pairs[^1].\n\nSeen something? Write to the warden.\n\n' +
        '- [Notes on counting](https://notes.example.org/2026/06/notes-on-counting/) June 1, 2026\n- [Terns at dusk](https://notes.example.org/2026/05/terns-at-dusk/) May 6, 2026\n\n' +
        '* [June 2026](https://notes.example.org/2026/06/)\n* [May 2026](https://notes.example.org/2026/05/)\n\n' +
        '[^1]: Two birds seen together count once.\n',
    );
    // Latest posts and archives are made from the export's own posts; the archives' links follow
    // WordPress's default date permalinks, which the export cannot confirm.
    expect(a.warnings.map((w) => [w.code, w.path])).toEqual([['dynamic_block_approximate', 'wp:archives'], ['missing_reference', 'wp:postmeta._thumbnail_id']]);
    expect(a.featuredImage).toBeNull();
  });

  it('warns of an attachment in no file given (one file of a split export)', async () => {
    const [post] = await all(readWxr(SITE));
    const a = parsePost(post);
    expect(a.warnings.map((w) => [w.code, w.path, w.message])).toEqual([
      ['missing_reference', '[gallery]', 'Gallery image 11 is in no file of the export'],
      ['missing_reference', '[gallery]', 'Gallery image 12 is in no file of the export'],
      ['missing_reference', 'wp:postmeta._thumbnail_id', 'The featured image (attachment 10) is in no file of the export'],
      ['unresolved_shortcode', '[gallery]', '[gallery ids="11,12"] needs media library items the post does not include'],
    ]);
  });

  it('reads drafts only when asked, with no GMT date and no slug', async () => {
    const posts = await all(readWxr([SITE, MEDIA], { statuses: ['publish', 'draft'], types: ['page'] }));
    expect(posts.map((p) => [p.id, p.status, p.date_gmt, p.slug])).toEqual([[5, 'draft', null, '']]);
  });

  it('never passes on commenters’ or authors’ e-mail and IP addresses', async () => {
    const text = JSON.stringify(await all(readWxr([SITE, MEDIA], { statuses: ['publish', 'draft', 'private'] })));
    for (const secret of ['ian@example.net', '192.0.2.7', 'mara@example.org', 'ot@example.org']) expect(text).not.toContain(secret);
  });

  it('gives the posts before a break in the XML, then an error with its line and column', async () => {
    const xml = readFileSync(SITE, 'utf8');
    const cut = xml.slice(0, xml.indexOf('<title><![CDATA[Notes on counting') + 30);
    const seen: unknown[] = [];
    let error: unknown = null;
    try {
      for await (const p of readWxr(Buffer.from(cut))) seen.push((p as { id: number }).id);
    } catch (e) {
      error = e;
    }
    expect(seen).toEqual([3]);
    expect(error).toBeInstanceOf(UnpressError);
    expect((error as UnpressError).code).toBe('invalid_xml');
    expect((error as UnpressError).message).toMatch(/^input 1: the XML breaks at line \d+, column \d+: /);
  });

  it('fails an item without an id or a type alone; the others convert', async () => {
    const xml = readFileSync(SITE, 'utf8').replace('<wp:post_id>4</wp:post_id>', '').replace('<wp:post_type><![CDATA[post]]></wp:post_type>', '');
    const results = await all(streamPosts(Readable.from([Buffer.from(xml)])));
    expect(results.map((r) => (r.ok ? `ok ${r.article.id}` : `${r.error.code} ${r.error.issues[0]?.path.join('.')}`))).toEqual(['invalid_post 0.wp:post_type', 'invalid_post 1.id']);
  });

  it('says when XML is not a WordPress export, and where XML that is neither breaks', async () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>A</title><description>Hi</description></item></channel></rss>';
    await expect(all(readWxr(rss))).rejects.toThrow('input 1: not a WordPress export (no WordPress export fields (wp:): an RSS feed or other XML, not the file Tools → Export or wp export writes)');
    await expect(all(readWxr('<rss><channel>\n<title>Feed</channel></rss>'))).rejects.toThrow('input 1: the XML breaks at line 2, column 21: unexpected close tag.');
  });

  it('is what streamPosts reads when the stream is XML', async () => {
    const results = await all(streamPosts(createReadStream(SITE)));
    expect(results.map((r) => (r.ok ? r.article.title : r.error.message))).toEqual(['Terns at dusk', 'Notes on counting']);
  });
});
