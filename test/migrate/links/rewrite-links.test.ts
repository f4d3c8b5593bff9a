import { buildLinkIndex } from '../../../src/migrate/links/build-link-index';
import { rewriteLinks } from '../../../src/migrate/links/rewrite-links';
import type { SiteEntry } from '../../../src/migrate/schema';
import type { Article } from '../../../src/schema/article';
import { makeArticle } from '../../render/make-article';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seo = (JSON.parse(readFileSync(join(__dirname, '../../../fixtures/builders-beaver-written/expected.article.json'), 'utf8')) as Article).seo;
const entry = (id: number, slug: string, link: string): SiteEntry => ({ id, type: 'post', slug, status: 'publish', link, guid: `https://old.example/?p=${id}`, parent: null, date: null, title: slug });
const index = buildLinkIndex({
  site: 'https://old.example',
  entries: [entry(1, 'one', 'https://old.example/2024/01/01/one/'), entry(2, 'two', 'https://old.example/2024/01/02/two/')],
  planned: [{ id: 1, url: '/blog/one-new/', oldUrls: [] }, { id: 2, url: '/blog/two-new/', oldUrls: [] }],
});

describe('rewriteLinks', () => {
  const body = `<a href="/?p=2">two</a>, <a href='https://old.example/gone/#x'>gone</a>, <a href="../../02/two/#top">two again</a>, <a href="https://elsewhere.org/">out</a>, <a href="#local">here</a>, <a href="https://old.example/gone/">gone again</a>, <a href="/missing">missing</a>`;
  const article = makeArticle([{ type: 'paragraph', text: '', html: body }, { type: 'button', text: 'b', html: 'b', href: 'https://old.example/2024/01/02/two' }], {
    id: 1,
    link: 'https://old.example/2024/01/01/one/',
    html: `<p>${body}</p>`,
    links: [{ href: '/?p=2', text: 'two', title: null, rel: [], external: false }, { href: 'https://old.example/gone/#x', text: 'gone', title: null, rel: [], external: false }],
    seo: { ...seo, canonical: 'https://old.example/2024/01/01/one/' },
  });
  const before = JSON.stringify(article);
  const { article: out, dangling } = rewriteLinks(article, index);

  it('points links to migrated items at their new paths, in the body, the html, the links list and the SEO', () => {
    expect((out.body[0] as { html: string }).html).toBe(
      `<a href="/blog/two-new/">two</a>, <a href='https://old.example/gone/#x'>gone</a>, <a href="/blog/two-new/#top">two again</a>, <a href="https://elsewhere.org/">out</a>, <a href="#local">here</a>, <a href="https://old.example/gone/">gone again</a>, <a href="/missing">missing</a>`,
    );
    expect(out.html).toBe(`<p>${(out.body[0] as { html: string }).html}</p>`);
    expect(out.links.map((l) => l.href)).toEqual(['/blog/two-new/', 'https://old.example/gone/#x']);
    expect((out.body[1] as { href: string }).href).toBe('/blog/two-new/');
    expect(out.seo.canonical).toBe('/blog/one-new/');
    expect(out.link).toBe('https://old.example/2024/01/01/one/');
  });

  it('lists dangling links once each, absolute and without fragment, in document order', () => {
    expect(dangling).toEqual(['https://old.example/gone/', 'https://old.example/missing']);
  });

  it('changes nothing the second time: the new paths are known to the index', () => {
    const again = rewriteLinks(out, index);
    expect(again.article).toEqual(out);
    expect(again.dangling).toEqual(dangling);
  });

  it('does not change its input', () => {
    expect(JSON.stringify(article)).toBe(before);
  });
});
