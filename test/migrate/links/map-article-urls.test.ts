import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/schema/article';
import type { Block, Image } from '../../../src/schema/block';
import { mapArticleUrls } from '../../../src/migrate/links/map-article-urls';
import { makeArticle, cell, ul } from '../../render/make-article';
import { fc } from '../../property/config';

const root = join(__dirname, '../../../fixtures');
const goldens: [string, Article][] = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'expected.article.json')))
  .sort()
  .map((d) => [d, JSON.parse(readFileSync(join(root, d, 'expected.article.json'), 'utf8')) as Article]);

function urlsOf(article: Article): string[] {
  const seen: string[] = [];
  mapArticleUrls(article, (u) => (seen.push(u), null));
  return seen;
}

const OLD = 'https://old.example/x?a=1&b=2';
const img = (src: string): Image => ({ type: 'image', src, alt: 'alt', title: null, width: null, height: null, caption: 'c', srcset: [{ url: src, descriptor: '2x' }], link: src });
const a = `<a href="${OLD.replace(/&/g, '&amp;')}">t</a>`;

// One article with the URL in every place an Article can hold one.
function everywhere(): Article {
  const body: Block[] = [
    { type: 'heading', level: 2, text: 't', html: a, anchor: 't' },
    { type: 'paragraph', text: 't', html: `${a}<img src="${OLD.replace(/&/g, '&amp;')}" srcset="${OLD.replace(/&/g, '&amp;')} 2x">` },
    ul([a, [a, ul([a])]]),
    img(OLD),
    { type: 'gallery', images: [img(OLD)], caption: null },
    { type: 'quote', text: 't', html: a, citation: null, variant: 'blockquote', children: [{ type: 'paragraph', text: 't', html: a }] },
    { type: 'table', caption: null, head: [[cell(a)]], body: [[cell(a)]], foot: [[cell(a)]] },
    { type: 'embed', provider: 'other', url: OLD, id: null, caption: null },
    { type: 'media', kind: 'file', src: OLD, title: null, caption: null },
    { type: 'button', text: 't', html: a, href: OLD },
    { type: 'details', summary: 's', open: false, children: [{ type: 'html', html: a }] },
    { type: 'footnotes', items: [{ id: '1', text: 't', html: a }] },
    { type: 'html', html: `<figure><video poster="${OLD.replace(/&/g, '&amp;')}"></video></figure>` },
  ];
  const base = makeArticle(body);
  return {
    ...base,
    lists: [ul([a])],
    images: [img(OLD)],
    links: [{ href: OLD, text: 't', title: null, rel: [], external: false }],
    html: a,
    featuredImage: { id: 1, url: OLD, alt: null, width: null, height: null, caption: null, variants: [{ name: 'thumb', url: OLD, width: null, height: null, mimeType: null }] },
    sources: [{ text: 't', title: null, publisher: null, url: OLD }],
    author: { id: 1, name: 'n', slug: 'n', url: OLD },
    comments: [{ id: 1, parent: null, author: 'c', authorUrl: OLD, date: null, html: a, text: 't' }],
    seo: {
      ...base.seo, canonical: OLD, prev: OLD, next: OLD,
      openGraph: { type: null, locale: null, title: null, description: null, url: OLD, siteName: null, images: [{ url: OLD, width: null, height: null, type: null, alt: null }], publishedTime: null, modifiedTime: null, publisher: null, author: null, section: null, tags: [] },
      twitter: { card: null, site: null, creator: null, title: null, description: null, image: OLD, labels: [] },
      breadcrumbs: [{ name: 'b', url: OLD }],
      schema: [{ '@type': 'WebPage', url: OLD }],
    },
    link: OLD,
  };
}

describe('mapArticleUrls', () => {
  it('reaches the URL in every field and HTML string that holds one; only the permalink and the JSON-LD graph keep it', () => {
    const before = everywhere();
    const frozen = JSON.stringify(before);
    const moved = mapArticleUrls(before, (u) => (u === OLD ? '/new/' : null));
    expect(JSON.stringify(before)).toBe(frozen);
    const json = JSON.stringify(moved);
    const left = json.split(OLD).length - 1 + json.split(OLD.replace(/&/g, '&amp;')).length - 1;
    expect(left).toBe(2);
    expect(moved.link).toBe(OLD);
    expect(moved.seo.schema).toEqual([{ '@type': 'WebPage', url: OLD }]);
    // The count: every place, the srcset candidates of each image included.
    expect(json.split('/new/').length - 1).toBe(urlsOf(before).length);
    expect(urlsOf(before).length).toBeGreaterThanOrEqual(40);
  });

  it('visits the body in document order, before the lists derived from it', () => {
    const article = makeArticle([{ type: 'paragraph', text: '', html: '<a href="/1">1</a>' }, img('/2')], { links: [{ href: '/0', text: '', title: null, rel: [], external: false }], seo: goldens[0]![1].seo });
    expect(urlsOf(article).slice(0, 5)).toEqual(['/1', '/2', '/2', '/2', '/0']);
  });

  it.each(goldens)('%s: the identity leaves the article deep-equal', (_name, article) => {
    expect(mapArticleUrls(article, (u) => u)).toEqual(article);
    expect(mapArticleUrls(article, () => null)).toEqual(article);
  });

  const withUrls = goldens.filter(([, a]) => urlsOf(a).length > 0);
  it('property: mapping one URL of a real article changes each of its occurrences and nothing else', () => {
    expect(withUrls.length).toBeGreaterThan(20);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (i, j) => {
        const [, article] = withUrls[i % withUrls.length]!;
        const urls = urlsOf(article);
        const url = urls[j % urls.length]!;
        const marker = 'https://moved.invalid/m';
        const moved = mapArticleUrls(article, (u) => (u === url ? marker : null));
        const after = urlsOf(moved);
        expect(after).not.toContain(url);
        expect(after.filter((u) => u === marker).length).toBe(urls.filter((u) => u === url).length);
        // Mapped back, it is the article again, byte for byte: nothing else moved.
        expect(mapArticleUrls(moved, (u) => (u === marker ? url : null))).toEqual(article);
      }),
    );
  });
});
