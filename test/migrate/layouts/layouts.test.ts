import { parse } from 'yaml';
import { layouts } from '../../../src/migrate/layouts';
import { hugoUrlize } from '../../../src/migrate/layouts/hugo';
import { TERM_SLUG_JS, fileRedirects, termSlug } from '../../../src/migrate/layouts/layout-paths';
import type { LayoutItem, LayoutSite } from '../../../src/migrate/layout';
import type { PlannedPath } from '../../../src/migrate/schema';
import { renderFrontMatter } from '../../../src/render/front-matter';
import { makeArticle, p } from '../../render/make-article';

const post: LayoutItem = { id: 12, type: 'post', slug: 'hello', date: '2025-08-28T10:00:00', ancestors: [] };
const leafPage: LayoutItem = { id: 3, type: 'page', slug: 'our-team', date: null, ancestors: ['about-us'], hasChildren: false };
const trail: LayoutItem = { id: 40, type: 'trail', slug: 'spit-walk', date: null, ancestors: [] };
const article = makeArticle([p('Hi')], { id: 12, slug: 'hello', link: 'https://old.example.com/2025/08/28/hello/', featuredImage: null });
const draft = makeArticle([p('Hi')], { id: 13, status: 'draft', published: null, publishedLocal: null, link: 'https://old.example.com/?p=13' });

function planned(layout: keyof typeof layouts, item: LayoutItem, url: string, oldUrls: string[] = []): PlannedPath {
  const l = layouts[layout];
  const file = l.file(item, url, l.extension(false));
  const partial = { id: item.id, type: item.type, file, url, oldUrls, mediaDir: '', renamed: null };
  return { ...partial, mediaDir: l.mediaDir(partial) };
}
const yaml = (fields: Record<string, unknown>) => parse(renderFrontMatter(fields).slice(4, -4)) as Record<string, unknown>;
const HOSTILE = 'Say "hi" \\ </script> {{ x }} {% y %} ` ${z} \u2028 \x7f \ud800 \n[x]: #';

describe('the layouts table', () => {
  it('has the five layouts, each under its own name', () => {
    expect(Object.keys(layouts).sort()).toEqual(['astro', 'eleventy', 'hugo', 'jekyll', 'plain']);
    for (const [name, layout] of Object.entries(layouts)) expect(layout.name).toBe(name);
  });

  it('refuses MDX where the generator cannot read it, and names the MDX extension where it can', () => {
    for (const name of ['hugo', 'eleventy', 'jekyll'] as const) expect(() => layouts[name].extension(true)).toThrow(TypeError);
    expect(layouts.astro.extension(true)).toBe('.mdx');
    expect(layouts.plain.extension(true)).toBe('.mdx');
  });
});

describe('hugo', () => {
  const hugo = layouts.hugo;
  it('places posts as page bundles, pages at their hierarchy (branch bundles unless known to be leaves)', () => {
    expect(hugo.file(post, '/2025/08/28/hello/', '.md')).toBe('content/posts/hello/index.md');
    expect(hugo.file(leafPage, '/about-us/our-team/', '.md')).toBe('content/about-us/our-team/index.md');
    expect(hugo.file({ ...leafPage, hasChildren: undefined }, '/x/', '.md')).toBe('content/about-us/our-team/_index.md');
    expect(hugo.file({ ...leafPage, hasChildren: true }, '/x/', '.md')).toBe('content/about-us/our-team/_index.md');
    expect(hugo.file(trail, '/trail/spit-walk/', '.md')).toBe('content/trail/spit-walk/index.md');
    expect(hugo.url(post)).toBe('/posts/hello/');
    expect(hugo.url(leafPage)).toBe('/about-us/our-team/');
  });

  it('serves the item at its url, old paths as aliases (decoded; no query, no self, no `..`)', () => {
    const at = planned('hugo', post, '/posts/hello/', ['/2025/08/28/hello/', '/2025/08/28/hello', '/?p=12', '/posts/hello', '/%E4%BA%AC/', '/a/../etc/']);
    const fm = hugo.frontMatter(article, '', at);
    expect(fm).toMatchObject({ url: '/posts/hello/', aliases: ['/2025/08/28/hello/', '/京/'], title: 'Hello world', draft: false });
    expect(hugo.frontMatter(article, '', planned('hugo', post, '/2025/08/28/hello/', ['/2025/08/28/hello/'])).aliases).toBeNull();
  });

  it('keeps a bundle’s media beside it, a branch page’s in static/, and refers to them so the render hooks find them', () => {
    const bundle = planned('hugo', post, '/posts/hello/');
    expect(bundle.mediaDir).toBe('content/posts/hello');
    expect(hugo.mediaRef('content/posts/hello/2025/08/a.jpg', bundle)).toBe('./2025/08/a.jpg');
    expect(hugo.mediaRef('content/posts/other/a.jpg', bundle)).toBe('../other/a.jpg');
    const branch = planned('hugo', { ...leafPage, hasChildren: true }, '/about-us/our-team/');
    expect(branch.mediaDir).toBe('static/media');
    expect(hugo.mediaRef('static/media/2025/08/a b.jpg', branch)).toBe('/media/2025/08/a b.jpg');
  });

  it('names term archives as Hugo does', () => {
    expect(hugo.termUrl!('post_tag', 'bird-watching', 'Bird Watching')).toBe('/tags/bird-watching/');
    expect(hugo.termUrl!('category', 'x', 'Öko Café')).toBe('/categories/öko-café/');
    expect(hugo.termUrl!('genre', 'x', 'X')).toBeNull();
    expect(hugoUrlize('  C++ & "Go" ')).toBe('c++-go');
    expect(hugoUrlize('Birds & Bees')).toBe('birds-bees');
  });

  it('writes a hostile site title as one TOML string, and every layout the issue asks for', () => {
    const files = hugo.scaffold({ title: HOSTILE, url: null, language: 'en', redirects: [] });
    expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(['hugo.toml', 'layouts/index.html', 'layouts/_default/list.html', 'layouts/_default/single.html', 'layouts/_default/taxonomy.html', 'layouts/404.html']));
    const line = files['hugo.toml']!.split('\n').find((l) => l.startsWith('title = '))!;
    expect(line).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(JSON.parse(line.slice(8).replace('\\u007F', '\\u007f'))).toBe(HOSTILE.replace('\ud800', '\ufffd'));
  });
});

describe('astro', () => {
  const astro = layouts.astro;
  it('places items in the content collections the schema declares, served at `path`', () => {
    expect(astro.file(post, '/2025/08/28/hello/', '.mdx')).toBe('src/content/blog/hello.mdx');
    expect(astro.file(leafPage, '/about-us/our-team/', '.md')).toBe('src/content/pages/about-us/our-team.md');
    expect(astro.file(trail, '/trail/spit-walk/', '.md')).toBe('src/content/other/trail/spit-walk.md');
    expect(astro.frontMatter(article, '', planned('astro', post, '/2025/08/28/hello/'))).toMatchObject({ path: '2025/08/28/hello', title: 'Hello world' });
    const schema = astro.scaffold({ title: null, url: null, language: null, redirects: [] })['src/content.config.ts']!;
    for (const c of ['blog', 'pages', 'other']) expect(schema).toContain(`${c}: collection('./src/content/${c}')`);
  });

  it('writes a draft without pubDate and with draft: true, which the schema accepts', () => {
    const fm = yaml(astro.frontMatter(draft, '', planned('astro', { ...post, id: 13 }, '/drafts/x/')));
    expect(fm.pubDate).toBeUndefined();
    expect(fm.draft).toBe(true);
    const schema = astro.scaffold({ title: null, url: null, language: null, redirects: [] })['src/content.config.ts']!;
    expect(schema).toContain('pubDate: z.coerce.date().optional()');
    expect(schema).toContain('draft: z.boolean().default(false)');
    // Every field the layout writes is one the schema names (none dropped silently).
    for (const key of Object.keys(astro.frontMatter(article, '', planned('astro', post, '/x/')))) expect(schema).toMatch(new RegExp(`\\b${key}: z`));
  });

  it('keeps images in src/assets referenced relatively, other files in public/', () => {
    const at = planned('astro', post, '/2025/08/28/hello/');
    expect(astro.mediaDir(at, { kind: 'image', url: 'x' })).toBe('src/assets');
    expect(astro.mediaDir(at, { kind: 'file', url: 'x' })).toBe('public/media');
    expect(astro.mediaRef('src/assets/2025/08/a.jpg', at)).toBe('../../assets/2025/08/a.jpg');
    expect(astro.mediaRef('public/media/2025/08/a.pdf', at)).toBe('/media/2025/08/a.pdf');
  });

  it('configures redirects Astro can serve: paths only, decoded, no self-redirect, no route parameters', () => {
    const redirects = [
      { from: '/2025/08/hello/', to: '/blog/hello/', status: 301 as const },
      { from: '/blog/hello', to: '/blog/hello/', status: 301 as const },
      { from: '/?p=12', to: '/blog/hello/', status: 301 as const },
      { from: '/[slug]/', to: '/blog/hello/', status: 301 as const },
      { from: '/%E4%BA%AC/', to: '/blog/kyoto/', status: 301 as const },
    ];
    expect(JSON.parse(astro.generated!({ title: null, url: null, language: null, redirects })['src/unpress-redirects.json']!)).toEqual({ '/2025/08/hello/': '/blog/hello/', '/京/': '/blog/kyoto/' });
  });

  it('writes a hostile site title as a JavaScript string that reads back as itself', () => {
    const consts = astro.scaffold({ title: HOSTILE, url: null, language: null, redirects: [] })['src/consts.ts']!;
    const title = new Function(`${consts.replace(/export /g, '')}; return SITE_TITLE;`)();
    expect(title).toBe(HOSTILE.replace('\ud800', '\ufffd'));
    expect(consts).not.toContain('</script>');
  });
});

describe('eleventy', () => {
  const eleventy = layouts.eleventy;
  it('serves each item at its permalink, taken as written; drafts not written', () => {
    expect(eleventy.file(post, '/2025/08/28/hello/', '.md')).toBe('content/posts/hello.md');
    expect(eleventy.file(leafPage, '/about-us/our-team/', '.md')).toBe('content/pages/about-us/our-team.md');
    expect(eleventy.frontMatter(article, '', planned('eleventy', post, '/2025/08/28/hello/'))).toMatchObject({ permalink: '/2025/08/28/hello/', dynamicPermalink: false, layout: 'post.njk' });
    expect(eleventy.frontMatter(draft, '', planned('eleventy', post, '/x/'))).toMatchObject({ permalink: false, eleventyExcludeFromCollections: true });
  });

  it('refers to media from the site root, copied from media/', () => {
    const at = planned('eleventy', post, '/x/');
    expect(at.mediaDir).toBe('media');
    expect(eleventy.mediaRef('media/2025/08/a.jpg', at)).toBe('/media/2025/08/a.jpg');
    expect(eleventy.scaffold({ title: null, url: null, language: null, redirects: [] })['eleventy.config.js']).toContain("addPassthroughCopy({ media: 'media' })");
  });

  it('lists redirect pages to write (index.html inside a folder path), the site title as JSON data', () => {
    const site: LayoutSite = { title: HOSTILE, url: null, language: null, redirects: [{ from: '/old/', to: '/new/', status: 301 }, { from: '/old.html', to: '/new/', status: 301 }, { from: '/new', to: '/new/', status: 301 }] };
    expect(JSON.parse(eleventy.generated!(site)['_data/unpressRedirects.json']!)).toEqual([{ from: '/old/index.html', to: '/new/' }, { from: '/old.html', to: '/new/' }]);
    expect(JSON.parse(eleventy.scaffold(site)['_data/site.json']!).title).toBe(HOSTILE.replace('\ud800', '\ufffd'));
    // Layouts print values through `escape`; Markdown is never read as Liquid.
    const files = eleventy.scaffold(site);
    expect(files['_includes/base.njk']).toContain('{{ title | escape }}');
    expect(files['eleventy.config.js']).toContain('markdownTemplateEngine: false');
  });
});

describe('jekyll', () => {
  const jekyll = layouts.jekyll;
  it('names posts by date in _posts (undated in _drafts), pages by hierarchy', () => {
    expect(jekyll.file(post, '/2025/08/28/hello/', '.md')).toBe('_posts/2025-08-28-hello.md');
    expect(jekyll.file({ ...post, date: null }, '/hello/', '.md')).toBe('_drafts/hello.md');
    expect(jekyll.file(leafPage, '/about-us/our-team/', '.md')).toBe('pages/about-us/our-team.md');
    expect(jekyll.url(post)).toBe('/2025/08/28/hello/');
  });

  it('writes permalink and redirect_from', () => {
    const fm = jekyll.frontMatter(article, '', planned('jekyll', post, '/2025/08/28/hello/', ['/hello/', '/?p=12']));
    expect(fm).toMatchObject({ permalink: '/2025/08/28/hello/', redirect_from: ['/hello/'], layout: 'post' });
  });

  it('writes _config.yml that YAML reads back, hostile title included, with jekyll-redirect-from', () => {
    const config = parse(jekyll.scaffold({ title: HOSTILE, url: null, language: 'fr', redirects: [] })['_config.yml']!) as Record<string, unknown>;
    expect(config).toMatchObject({ title: HOSTILE.replace('\ud800', '\ufffd'), lang: 'fr', plugins: ['jekyll-redirect-from'] });
    expect(config.exclude).toContain('report.html');
  });
});

describe('plain', () => {
  const plain = layouts.plain;
  it('writes Markdown at the URL’s path, media relative, and an articles.json entry per item', () => {
    const at = planned('plain', post, '/2025/08/28/hello/');
    expect(at.file).toBe('2025/08/28/hello.md');
    expect(plain.mediaRef('media/2025/08/a.jpg', at)).toBe('../../../media/2025/08/a.jpg');
    expect(plain.frontMatter(article, '', at)).toMatchObject({ path: '/2025/08/28/hello/', url: '/2025/08/28/hello/' });
    expect(plain.index!.file).toBe('articles.json');
    expect(plain.index!.entry(article, at)).toMatchObject({ id: 12, title: 'Hello world', url: '/2025/08/28/hello/', file: '2025/08/28/hello.md', oldUrl: article.link });
  });
});

describe('fileRedirects', () => {
  it('keeps one redirect per served file, none to the page itself, none a server could not serve', () => {
    const r = (from: string, to = '/new/') => ({ from, to, status: 301 as const });
    expect(fileRedirects([r('/old/'), r('/old'), r('/new'), r('//evil.example/'), r('/a\\b/'), r('/a/../b/'), r('/x?y=1'), r('/%zz/'), r('/caf%C3%A9/'), r('/solo'), r('/p.html')]).map((x) => x.from)).toEqual(['/old/', '/%zz/', '/café/', '/solo/', '/p.html']);
  });

  it('decodes the target too (generators encode it themselves: encoded twice it reaches nothing)', () => {
    expect(fileRedirects([{ from: '/2026/06/x/', to: '/blog/%E4%BA%AC/' }])).toEqual([{ from: '/2026/06/x/', to: '/blog/京/' }]);
  });
});

describe('term archives', () => {
  it('names them the same in the layouts (termUrl) and in the scaffolds’ templates (TERM_SLUG_JS)', () => {
    const inTemplates = new Function(`return (${TERM_SLUG_JS});`)() as (name: string) => string | null;
    for (const name of ['Bird Watching', 'Öko  Café', 'C++ & "Go"', '..', '?', '京都の鳥', 'e\u0301t\u00e9', 'a/b\\c']) expect([name, inTemplates(name)]).toEqual([name, termSlug(name)]);
    expect(termSlug('..')).toBeNull();
    expect(layouts.eleventy.termUrl!('category', 'birds', 'Bird Watching')).toBe('/tags/bird-watching/');
    expect(layouts.astro.termUrl!('post_tag', 'x', '京都')).toBe('/tags/京都/');
    expect(layouts.astro.termUrl!('genre', 'x', 'X')).toBeNull();
    expect(layouts.jekyll.termUrl!('category', 'x', 'X')).toBeNull();
  });
});
