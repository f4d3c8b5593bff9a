import type { LayoutSite } from '../layout';
import { yamlDocument } from './scaffold-strings';

const DEFAULT = `<!doctype html>
<html lang="{{ site.lang | escape }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% if page.title %}{{ page.title | escape }} · {% endif %}{{ site.title | escape }}</title>
{% if page.description %}<meta name="description" content="{{ page.description | escape }}">{% endif %}
<style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 system-ui,sans-serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<header><nav><a href="{{ '/' | relative_url }}">{{ site.title | escape }}</a></nav></header>
<main>{{ content }}</main>
</body>
</html>
`;

/**
 * The files a Jekyll 4 site needs to build the migrated content: `_config.yml` (title and
 * language written by the front-matter writer; jekyll-redirect-from; the migration's own files
 * excluded), `Gemfile`, layouts (default, post, page), home and 404 pages. Liquid layouts print
 * every value through `escape`.
 */
export function jekyllScaffold(site: LayoutSite): Record<string, string> {
  return {
    '_config.yml': yamlDocument({
      title: site.title ?? 'Site',
      lang: site.language ?? 'en',
      markdown: 'kramdown',
      plugins: ['jekyll-redirect-from'],
      exclude: ['report.html', 'report.json', 'media.json', 'redirects.csv', 'nginx-redirects.map', 'vercel.json', '_redirects', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor'],
    }),
    Gemfile: `source "https://rubygems.org"\n\ngem "jekyll", "~> 4.3"\ngem "jekyll-redirect-from", "~> 0.16"\n`,
    '_layouts/default.html': DEFAULT,
    '_layouts/post.html': `---\nlayout: default\n---\n<article>\n<h1>{{ page.title | escape }}</h1>\n<p><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%Y-%m-%d" }}</time></p>\n{{ content }}\n</article>\n`,
    '_layouts/page.html': `---\nlayout: default\n---\n<article>\n<h1>{{ page.title | escape }}</h1>\n{{ content }}\n</article>\n`,
    'index.html': `---\nlayout: default\n---\n<h1>{{ site.title | escape }}</h1>\n<ul>\n{% for post in site.posts %}<li><a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a></li>\n{% endfor %}</ul>\n`,
    '404.html': `---\nlayout: default\npermalink: /404.html\ntitle: Not found\n---\n<h1>Not found</h1>\n`,
  };
}
