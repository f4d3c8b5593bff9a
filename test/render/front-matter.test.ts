import { parse } from 'yaml';
import { renderFrontMatter } from '../../src/render/front-matter';
import { jekyllDate } from '../../src/render/front-matter/jekyll';
import { toMarkdown } from '../../src/render/to-markdown';
import { makeArticle } from './make-article';

const article = makeArticle([], {
  title: 'yes',
  excerpt: 'An excerpt',
  categories: [{ id: 1, name: 'News', slug: 'news' }],
  tags: [{ id: 2, name: 'on', slug: 'on' }, { id: 3, name: null, slug: 'null' }],
  featuredImage: { id: 9, url: 'https://ex.com/hero.jpg', alt: 'Hero', width: 1, height: 1, caption: null, variants: [] },
  author: { id: 1, name: '@ann', slug: 'ann', url: null },
});
const front = (md: string) => /^---\n([\s\S]*?)---\n/.exec(md)![1]!;

describe('renderFrontMatter', () => {
  const tricky = ['yes', 'no', 'on', 'off', 'y', 'N', 'true', 'null', '~', '', '123', '1.5', '0o17', '0x1F', '1:20', '.inf', '2024-05-06', 'a: b', '@handle', '`tick', '# hash', '- dash', '[x]', '{x}', '*star', '&anchor', '!tag', '%percent', '|', '>', "'q'", '"dq"', ' padded ', 'two\nlines', 'trailing:'];
  it.each(tricky)('%j reads back as the same string under YAML 1.2 and 1.1', (value) => {
    const yaml = front(renderFrontMatter({ value }));
    expect(parse(yaml)).toEqual({ value });
    expect(parse(yaml, { version: '1.1' })).toEqual({ value });
  });
  it('leaves ordinary strings plain, drops null and empty values, writes dates as timestamps', () => {
    expect(renderFrontMatter({ title: 'Hello: world', plain: 'Just text', none: null, empty: [], date: new Date('2024-05-06T07:08:09Z') })).toBe(
      '---\ntitle: "Hello: world"\nplain: Just text\ndate: 2024-05-06T07:08:09.000Z\n---\n',
    );
  });
});
  it('prunes nulls and empty lists at every depth, and keeps a `__proto__` field as a field', () => {
    // Fields parsed from JSON (custom fields, ACF) may carry any key.
    const fields = JSON.parse('{"__proto__":{"x":"y"},"title":"a","tags":[null,"b",[]],"nested":{"gone":null,"kept":{"deep":[null]}},"empty":{"a":null}}');
    expect(renderFrontMatter(fields)).toBe('---\n__proto__:\n  x: "y"\ntitle: a\ntags:\n  - b\n---\n');
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });

describe('presets', () => {
  it('default', () => {
    expect(front(toMarkdown(article))).toBe(
      'title: "yes"\nslug: hello-world\ndate: 2024-05-06T09:08:09+02:00\nmodified: 2024-06-01T12:00:00+02:00\nauthor: "@ann"\ncategories:\n  - News\ntags:\n  - "on"\n  - "null"\nexcerpt: An excerpt\nurl: /2024/05/hello-world/\nimage: https://ex.com/hero.jpg\nimageAlt: Hero\n',
    );
  });
  it('astro: title, description, pubDate, updatedDate, heroImage, tags', () => {
    const fm = parse(front(toMarkdown(article, { frontMatter: 'astro' })));
    expect(fm).toEqual({ title: 'yes', description: 'An excerpt', pubDate: '2024-05-06T09:08:09+02:00', updatedDate: '2024-06-01T12:00:00+02:00', heroImage: 'https://ex.com/hero.jpg', heroImageAlt: 'Hero', tags: ['on', 'null'], author: '@ann' });
    expect(new Date(fm.pubDate).toISOString()).toBe('2024-05-06T07:08:09.000Z');
  });
  it('hugo: date, lastmod, draft, slug, categories, tags, aliases', () => {
    expect(parse(front(toMarkdown(makeArticle([], { ...article, status: 'draft' }), { frontMatter: 'hugo' })))).toEqual({
      title: 'yes', date: '2024-05-06T09:08:09+02:00', lastmod: '2024-06-01T12:00:00+02:00', draft: true, slug: 'hello-world', description: 'An excerpt',
      categories: ['News'], tags: ['on', 'null'], aliases: ['/2024/05/hello-world/'], images: ['https://ex.com/hero.jpg'],
    });
  });
  it('jekyll: layout, date as YYYY-MM-DD HH:MM:SS +TTTT, permalink', () => {
    const yaml = front(toMarkdown(article, { frontMatter: 'jekyll' }));
    expect(yaml).toContain('date: 2024-05-06 09:08:09 +0200\n');
    expect(parse(yaml)).toMatchObject({ layout: 'post', title: 'yes', categories: ['News'], tags: ['on', 'null'], permalink: '/2024/05/hello-world/', last_modified_at: '2024-06-01 12:00:00 +0200' });
    expect(jekyllDate('2024-01-02T03:04:05.000Z')).toBe('2024-01-02 03:04:05 +0000');
    expect(jekyllDate('2024-01-02T03:04:05-03:30')).toBe('2024-01-02 03:04:05 -0330');
  });
  it('eleventy: date, tags with posts, permalink; pages get eleventyNavigation', () => {
    expect(parse(front(toMarkdown(article, { frontMatter: 'eleventy' })))).toEqual({
      title: 'yes', description: 'An excerpt', date: '2024-05-06T09:08:09+02:00', tags: ['posts', 'on', 'null', 'News'], permalink: '/2024/05/hello-world/',
    });
    const page = makeArticle([], { type: 'page', title: 'About', menuOrder: 3, link: 'https://ex.com/about' });
    expect(parse(front(toMarkdown(page, { frontMatter: 'eleventy' })))).toMatchObject({ permalink: '/about/', eleventyNavigation: { key: 'About', order: 3 } });
  });
  // Jekyll runs every post through Liquid, and Eleventy reads Markdown as Liquid first: a post
  // about Vue or Jinja showing `{{ message }}` lost it (or failed the build).
  it('jekyll and eleventy: a body Liquid would read switches Liquid off for that post only', () => {
    const vue = makeArticle([{ type: 'paragraph', text: 'Write {{ message }}', html: 'Write <code>{{ message }}</code>' }, { type: 'code', language: null, text: '{% raw %}' }]);
    expect(parse(front(toMarkdown(vue, { frontMatter: 'jekyll' })))).toMatchObject({ render_with_liquid: false });
    expect(parse(front(toMarkdown(vue, { frontMatter: 'eleventy' })))).toMatchObject({ templateEngineOverride: 'md' });
    for (const preset of ['jekyll', 'eleventy'] as const) {
      const plain = front(toMarkdown(article, { frontMatter: preset }));
      expect(plain).not.toMatch(/render_with_liquid|templateEngineOverride/);
    }
    // A mapping function is told the body too.
    expect(toMarkdown(vue, { frontMatter: (_a, body) => ({ liquid: body.includes('{{') }) })).toMatch(/^---\nliquid: true\n---\n/);
  });
  it('a mapping function, or none', () => {
    expect(toMarkdown(article, { frontMatter: (a) => ({ id: a.id, t: a.title }) })).toBe('---\nid: 1\nt: "yes"\n---\n');
    expect(toMarkdown(article, { frontMatter: false })).toBe('');
  });
});
