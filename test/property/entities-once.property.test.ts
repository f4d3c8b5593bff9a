import he from 'he';
import { parse as parseYaml } from 'yaml';
import { parsePost, toMarkdown, type Article } from '../../src';
import { renderCommonMark } from '../checklist/helpers';
import { fc, timeout } from './config';

// Text an author could type, heavy on what looks like markup or entities once decoded:
// `&lt;p&gt;`, `&amp;amp;`, `<div>`. Brackets are left out (shortcodes are another class).
const piece = fc.constantFrom('a', 'Zoë', '京', ' ', '\n', '<', '>', '&', ';', '#', '"', "'", 'lt', 'amp', '&amp;', '&lt;p&gt;', '&amp;lt;', '&#8217;', '&#x27;', '<div>', '</b>', '<!--', '*', '_', '`', '\\', '1.', '#x', '&bogus;');
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join('')).filter((t) => /\S/.test(t));

// The ways WordPress (and PHP under it) escapes text into HTML: `esc_html`-like (`&`, `<`, `>`,
// quotes as numeric references), and `htmlentities`-like (every non-ASCII character too).
const encoder = fc.constantFrom(
  (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;'),
  (t: string) => he.encode(t, { useNamedReferences: true }),
  (t: string) => he.encode(t, { encodeEverything: true, decimal: true }),
);

const oneLine = (t: string) => t.replace(/\s+/g, ' ').trim();

function post(t: string, enc: (t: string) => string): Article {
  const e = enc(t);
  return parsePost({
    id: 1,
    title: { rendered: e },
    excerpt: { rendered: `<p>${e}</p>\n` },
    content: { rendered: `<p>${e}</p>\n<figure><img src="https://x.test/a.jpg" alt="${e}"><figcaption>${e}</figcaption></figure>` },
    categories: [3],
    _embedded: { 'wp:term': [[{ id: 3, name: e, slug: 'c', taxonomy: 'category' }]] },
    yoast_head_json: { og_title: e, og_description: e },
  });
}

describe('entities are decoded exactly once, in every field', () => {
  it('for any text t, WordPress-escaped t reads back as t: title, excerpt, text, alt, caption, term, SEO', () => {
    fc.assert(fc.property(text, encoder, (t, enc) => {
      const a = post(t, enc);
      const want = oneLine(t);
      expect(a.title).toBe(want);
      expect(a.excerpt).toBe(want);
      expect(a.body[0]).toMatchObject({ type: 'paragraph', text: want });
      expect(a.body[1]).toMatchObject({ type: 'image', alt: want, caption: want });
      expect(a.categories).toEqual([{ id: 3, name: want, slug: 'c' }]);
      expect(a.seo.openGraph.title).toBe(want);
      expect(a.seo.openGraph.description).toBe(want);
      // The same values in head HTML (`yoast_head` without the JSON, Rank Math, a saved page).
      const head = parsePost({ id: 1, yoast_head: `<title>${enc(t)}</title><meta property="og:description" content="${enc(t)}" />` }).seo;
      expect([head.title, head.openGraph.description]).toEqual([want, want]);
    }));
  }, timeout);

  it('writes the text back escaped: the html and the Markdown show t, and the front matter holds it', () => {
    fc.assert(fc.property(text, encoder, (t, enc) => {
      const a = post(t, enc);
      const want = oneLine(t);
      // The html, read again, is the same text.
      const again = parsePost({ id: 2, content: { rendered: a.html } });
      expect(again.body[0]).toMatchObject({ text: want });
      expect(again.body[1]).toMatchObject({ alt: want, caption: want });
      // A CommonMark parser shows the Markdown's paragraph as the text, and no tag of it.
      const md = toMarkdown(a);
      const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(md)!;
      const html = renderCommonMark(body!.split('\n\n')[0]!);
      expect(html.startsWith('<p>')).toBe(true);
      expect(he.decode(html.replace(/^<p>|<\/p>\n$/g, ''))).toBe(want);
      const img = /<img src="[^"]*" alt="([^"]*)"/.exec(renderCommonMark(body!.split('\n\n')[1]!));
      expect(he.decode(img![1]!)).toBe(want);
      // YAML is data: the title is the text, as it is.
      expect(parseYaml(yaml!)).toMatchObject({ title: want, excerpt: want, categories: [want] });
    }));
  }, timeout);
});
