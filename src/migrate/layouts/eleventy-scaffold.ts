import type { LayoutSite } from '../layout';
import type { Redirect } from '../schema';
import { TERM_SLUG_JS, fileRedirects } from './layout-paths';
import { jsonFile } from './scaffold-strings';

/** The Eleventy version the scaffold's `package.json` asks for (the one the build test runs). */
export const ELEVENTY_VERSION = '^3.1.8';

const CONFIG = `// Built by \`npx @11ty/eleventy\`: content/ → _site/.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ media: 'media' });
  return {
    dir: { input: 'content', includes: '../_includes', data: '../_data', output: '_site' },
    // Old WordPress text may hold {{ or {%: shown as written, never run as a template (content
    // files also say \`dynamicPermalink: false\`, so their permalinks are taken as written).
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
`;

const BASE = `<!doctype html>
<html lang="{{ site.language | escape }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if title %}{{ title | escape }} · {% endif %}{{ site.title | escape }}</title>
{% if description %}<meta name="description" content="{{ description | escape }}">{% endif %}
<style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 system-ui,sans-serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<header><nav><a href="/">{{ site.title | escape }}</a></nav></header>
<main>{{ content | safe }}</main>
</body>
</html>
`;

const REDIRECTS = `// One page per old path (\`_data/unpressRedirects.json\`, rewritten by every \`unpress migrate\`
// run) sending the reader to the new one.
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');

export default class {
  data() {
    return {
      pagination: { data: 'unpressRedirects', size: 1, alias: 'redirect' },
      permalink: (data) => data.redirect.from,
      eleventyExcludeFromCollections: true,
    };
  }
  render({ redirect }) {
    const to = escape(redirect.to);
    return '<!doctype html><meta charset="utf-8"><title>Redirecting…</title><link rel="canonical" href="' + to + '"><meta http-equiv="refresh" content="0; url=' + to + '"><a href="' + to + '">' + to + '</a>';
  }
}
`;

// One page per category or tag (Eleventy's collections: the layout writes categories as tags
// too) at \`/tags/<termSlug>/\`, listing its posts; names that make the same folder share it.
const TERMS = `const termSlug = ${TERM_SLUG_JS};
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');

export default class {
  data() {
    return {
      pagination: {
        data: 'collections',
        size: 1,
        alias: 'tag',
        before: (names) => [...new Map(names.filter((n) => n !== 'all' && termSlug(n)).map((n) => [termSlug(n), n])).values()],
      },
      permalink: (data) => '/tags/' + termSlug(data.tag) + '/',
      layout: 'base.njk',
      eleventyExcludeFromCollections: true,
    };
  }
  render({ tag, collections }) {
    const slug = termSlug(tag);
    const posts = Object.keys(collections).filter((n) => n !== 'all' && termSlug(n) === slug).flatMap((n) => collections[n]);
    const items = [...new Set(posts)].map((p) => '<li><a href="' + escape(p.url) + '">' + escape(p.data.title) + '</a></li>').join('');
    return '<h1>' + escape(tag) + '</h1><ul>' + items + '</ul>';
  }
}
`;

/**
 * The files an Eleventy 3 site needs to build the migrated content: config, layouts (base,
 * post, page), home and 404 pages, the redirect pages' and term pages' templates, the site's data,
 * `package.json`. Nunjucks layouts print every value through `escape`.
 */
export function eleventyScaffold(site: LayoutSite): Record<string, string> {
  return {
    'package.json': jsonFile({ name: 'migrated-site', private: true, type: 'module', scripts: { build: 'eleventy' }, dependencies: { '@11ty/eleventy': ELEVENTY_VERSION } }),
    'eleventy.config.js': CONFIG,
    '_data/site.json': jsonFile({ title: site.title ?? 'Site', language: site.language ?? 'en' }),
    '_includes/base.njk': BASE,
    '_includes/post.njk': `---\nlayout: base.njk\n---\n<article>\n<h1>{{ title | escape }}</h1>\n{% if date %}<p><time datetime="{{ page.date.toISOString() }}">{{ page.date.toISOString().slice(0, 10) }}</time></p>{% endif %}\n{{ content | safe }}\n</article>\n`,
    '_includes/page.njk': `---\nlayout: base.njk\n---\n<article>\n<h1>{{ title | escape }}</h1>\n{{ content | safe }}\n</article>\n`,
    'content/index.njk': `---\nlayout: base.njk\npermalink: /\n---\n<h1>{{ site.title | escape }}</h1>\n<ul>\n{%- for post in collections.posts | reverse %}\n<li><a href="{{ post.url | escape }}">{{ post.data.title | escape }}</a></li>\n{%- endfor %}\n</ul>\n`,
    'content/404.njk': `---\nlayout: base.njk\npermalink: /404.html\ntitle: Not found\n---\n<h1>Not found</h1>\n<p><a href="/">{{ site.title | escape }}</a></p>\n`,
    'content/unpress-redirects.11ty.js': REDIRECTS,
    'content/unpress-terms.11ty.js': TERMS,
    // Also in `generated` (rewritten at every run); here so a site is whole after the first run.
    '_data/unpressRedirects.json': eleventyRedirects(site.redirects),
  };
}

/**
 * The redirect pages' data: `[{ from, to }]`, the redirects a static site serves as files
 * (`fileRedirects`), `index.html` inside a path ending in `/`.
 *
 * @example eleventyRedirects([{ from: '/2025/08/hello/', to: '/posts/hello/', status: 301 }]) // → '[{"from":"/2025/08/hello/index.html","to":"/posts/hello/"}]' (indented)
 */
export function eleventyRedirects(redirects: Redirect[]): string {
  return jsonFile(fileRedirects(redirects).map((r) => ({ from: r.from.endsWith('/') ? `${r.from}index.html` : r.from, to: r.to })));
}
