import type { Article } from '../../src/schema/article';
import type { Block, HeadingLevel, ListBlock, TableCell } from '../../src/schema/block';

/** A valid Article around `body`, every other field empty; `over` replaces fields. */
export function makeArticle(body: Block[], over: Partial<Article> = {}): Article {
  return {
    id: 1, type: 'post', slug: 'hello-world', status: 'publish', link: 'https://old.example.com/2024/05/hello-world/', format: 'standard',
    sticky: false, protected: false, editor: 'gutenberg', parent: null, menuOrder: null, template: null,
    title: 'Hello world', subtitle: null, excerpt: null,
    published: '2024-05-06T07:08:09.000Z', modified: '2024-06-01T10:00:00.000Z',
    publishedLocal: '2024-05-06T09:08:09+02:00', modifiedLocal: '2024-06-01T12:00:00+02:00', timezoneOffset: 120,
    author: null, categories: null, tags: null, terms: {}, featuredImage: null, language: null,
    body, headings: [], outline: [], lists: [], images: [], links: [], sources: [],
    seo: {
      source: null, sources: {}, title: null, description: null, canonical: null, prev: null, next: null, author: null, robots: null,
      openGraph: {} as Article['seo']['openGraph'], twitter: {} as Article['seo']['twitter'], schema: [], breadcrumbs: [], article: null,
      faq: [], howTo: null, organization: null, website: null, unresolved: [],
    },
    html: '', text: '', stats: { words: 0, characters: 0, readingMinutes: 0 }, comments: [], warnings: [],
    ...over,
  };
}

export const p = (html: string, text = html.replace(/<br>/g, '\n').replace(/<[^>]*>/g, '')): Block => ({ type: 'paragraph', html, text });
export const h = (level: HeadingLevel, text: string, anchor = text.toLowerCase().replace(/\W+/g, '-')): Block => ({ type: 'heading', level, text, html: text, anchor });
export const cell = (html: string, o: Partial<TableCell> = {}): TableCell => ({ html, text: html.replace(/<br>/g, '\n').replace(/<[^>]*>/g, ''), header: false, colspan: 1, rowspan: 1, ...o });
export function ul(items: (string | [string, ListBlock])[], o: Partial<ListBlock> = {}): ListBlock {
  return {
    type: 'list', ordered: false, start: null, reversed: false,
    items: items.map((i) => (typeof i === 'string' ? { html: i, text: i.replace(/<[^>]*>/g, ''), value: null, children: null } : { html: i[0], text: i[0].replace(/<[^>]*>/g, ''), value: null, children: i[1] })),
    ...o,
  };
}
export const ol = (items: (string | [string, ListBlock])[], o: Partial<ListBlock> = {}): ListBlock => ul(items, { ordered: true, ...o });
