import type { LayoutSite } from '../layout';
import type { Redirect } from '../schema';
import { TERM_SLUG_JS, fileRedirects } from './layout-paths';
import { jsString, jsonFile } from './scaffold-strings';

/** The generator versions the scaffold's `package.json` asks for (the ones the build test runs). */
export const ASTRO_VERSIONS = { astro: '^5.18.2', '@astrojs/mdx': '^4.3.14' };

const SCHEMA = `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

// The front matter unpress writes (the blog starter's fields, plus path and categories).
// Drafts have no pubDate; the route does not build them.
const entry = ({ image }) =>
  z.object({
    title: z.string(),
    description: z.string().default(''),
    pubDate: z.coerce.date().optional(),
    updatedDate: z.coerce.date().optional(),
    // A downloaded image (relative, optimised by Astro) or the old site's URL.
    heroImage: z.union([z.string().url(), image()]).optional(),
    heroImageAlt: z.string().optional(),
    tags: z.array(z.string()).default([]),
    categories: z.array(z.string()).default([]),
    author: z.string().optional(),
    draft: z.boolean().default(false),
    // Where the site serves the entry, without the outer slashes.
    path: z.string(),
  });

const collection = (base) => defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base }), schema: entry });

export const collections = {
  blog: collection('./src/content/blog'),
  pages: collection('./src/content/pages'),
  other: collection('./src/content/other'),
};
`;

const ENTRIES = `import { getCollection } from 'astro:content';

/** Every published entry of every collection. */
export async function publishedEntries() {
  const all = await Promise.all(['blog', 'pages', 'other'].map((name) => getCollection(name)));
  return all.flat().filter((entry) => !entry.data.draft);
}
`;

// The components MDX embeds are written as (\`embeds: 'mdx'\`): a player where the provider has
// an embeddable address, else a link; every prop through Astro's escaping.
const EMBEDS: Record<string, string> = {
  YouTube: 'const src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(Astro.props.id)}`;\n---\n<iframe src={src} title="YouTube video" width="560" height="315" loading="lazy" allowfullscreen></iframe>',
  Vimeo: 'const src = `https://player.vimeo.com/video/${encodeURIComponent(Astro.props.id)}`;\n---\n<iframe src={src} title="Vimeo video" width="560" height="315" loading="lazy" allowfullscreen></iframe>',
  Tweet: 'const href = `https://twitter.com/i/status/${encodeURIComponent(Astro.props.id)}`;\n---\n<p><a href={href}>{href}</a></p>',
  Instagram: 'const href = `https://www.instagram.com/p/${encodeURIComponent(Astro.props.id)}/`;\n---\n<p><a href={href}>{href}</a></p>',
  TikTok: 'const href = `https://www.tiktok.com/embed/v2/${encodeURIComponent(Astro.props.id)}`;\n---\n<iframe src={href} title="TikTok video" width="325" height="575" loading="lazy"></iframe>',
  Spotify: 'const href = `https://open.spotify.com/${String(Astro.props.id).split(\':\').map(encodeURIComponent).join(\'/\')}`;\n---\n<p><a href={href}>{href}</a></p>',
  Embed: 'const { provider, url } = Astro.props;\nconst href = /^https?:\\/\\//i.test(url) ? url : undefined;\n---\n<p>{href ? <a href={href}>{url}</a> : url} ({provider})</p>',
};

const ROUTE = `---
import { render } from 'astro:content';
import { Image } from 'astro:assets';
import Base from '../layouts/Base.astro';
import { publishedEntries } from '../entries';
${Object.keys(EMBEDS).map((name) => `import ${name} from '../components/embeds/${name}.astro';`).join('\n')}

export async function getStaticPaths() {
  const entries = await publishedEntries();
  return entries.filter((entry) => entry.data.path !== '').map((entry) => ({ params: { path: entry.data.path }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const { title, description, pubDate, heroImage, heroImageAlt, tags, categories } = entry.data;
---
<Base title={title} description={description}>
  <article>
    <h1>{title}</h1>
    {pubDate && <p><time datetime={pubDate.toISOString()}>{pubDate.toISOString().slice(0, 10)}</time></p>}
    {heroImage && (typeof heroImage === 'string' ? <img src={heroImage} alt={heroImageAlt ?? ''} /> : <Image src={heroImage} alt={heroImageAlt ?? ''} />)}
    <Content components={{ ${Object.keys(EMBEDS).join(', ')} }} />
    {[...categories, ...tags].length > 0 && <p>{[...categories, ...tags].join(', ')}</p>}
  </article>
</Base>
`;

// One page per category or tag at \`/tags/<termSlug>/\`; names that make the same folder share it.
const TERMS = `---
import Base from '../../layouts/Base.astro';
import { publishedEntries } from '../../entries';

export async function getStaticPaths() {
  const termSlug = ${TERM_SLUG_JS};
  const terms = new Map();
  for (const entry of await publishedEntries()) {
    for (const name of new Set([...entry.data.categories, ...entry.data.tags])) {
      const slug = termSlug(name);
      if (!slug) continue;
      const term = terms.get(slug) ?? { name, entries: [] };
      term.entries.push(entry);
      terms.set(slug, term);
    }
  }
  return [...terms].map(([tag, term]) => ({ params: { tag }, props: term }));
}

const { name, entries } = Astro.props;
---
<Base title={name}>
  <h1>{name}</h1>
  <ul>{entries.map((e) => <li><a href={\`/\${e.data.path}/\`}>{e.data.title}</a></li>)}</ul>
</Base>
`;

const BASE = `---
import { SITE_TITLE, SITE_LANGUAGE } from '../consts';
const { title, description } = Astro.props;
---
<!doctype html>
<html lang={SITE_LANGUAGE}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title ? \`\${title} · \${SITE_TITLE}\` : SITE_TITLE}</title>
    {description && <meta name="description" content={description} />}
    <style>body{max-width:42rem;margin:2rem auto;padding:0 1rem;font:1.05rem/1.6 system-ui,sans-serif}img{max-width:100%;height:auto}</style>
  </head>
  <body>
    <header><nav><a href="/">{SITE_TITLE}</a></nav></header>
    <main><slot /></main>
  </body>
</html>
`;

const INDEX = `---
import Base from '../layouts/Base.astro';
import { SITE_TITLE } from '../consts';
import { publishedEntries } from '../entries';

const entries = await publishedEntries();
const posts = entries.filter((e) => e.collection === 'blog').sort((a, b) => (b.data.pubDate?.valueOf() ?? 0) - (a.data.pubDate?.valueOf() ?? 0));
const pages = entries.filter((e) => e.collection === 'pages');
---
<Base title="">
  <h1>{SITE_TITLE}</h1>
  <ul>{posts.map((p) => <li><a href={\`/\${p.data.path}/\`}>{p.data.title}</a></li>)}</ul>
  <ul>{pages.map((p) => <li><a href={\`/\${p.data.path}/\`}>{p.data.title}</a></li>)}</ul>
</Base>
`;

/**
 * The files an Astro 5 site needs to build the migrated content: config (MDX integration,
 * redirects from `src/unpress-redirects.json`), the collections' schema, a catch-all route,
 * home, term and 404 pages, a base layout, the components MDX embeds use, `package.json`. Site values are written as JavaScript
 * string literals; templates print values through Astro's escaping.
 */
export function astroScaffold(site: LayoutSite): Record<string, string> {
  return {
    'package.json': jsonFile({ name: 'migrated-site', private: true, type: 'module', scripts: { dev: 'astro dev', build: 'astro build' }, dependencies: ASTRO_VERSIONS }),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// The old site's paths, rewritten by every \`unpress migrate\` run.
import redirects from './src/unpress-redirects.json';

export default defineConfig({
  integrations: [mdx()],
  redirects,
});
`,
    'tsconfig.json': jsonFile({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }),
    'src/consts.ts': `export const SITE_TITLE = ${jsString(site.title ?? 'Site')};\nexport const SITE_LANGUAGE = ${jsString(site.language ?? 'en')};\n`,
    'src/content.config.ts': SCHEMA,
    'src/entries.ts': ENTRIES,
    'src/layouts/Base.astro': BASE,
    'src/pages/index.astro': INDEX,
    'src/pages/[...path].astro': ROUTE,
    'src/pages/tags/[tag].astro': TERMS,
    // Also in `generated` (rewritten at every run); here so a site is whole after the first run.
    'src/unpress-redirects.json': astroRedirects(site.redirects),
    ...Object.fromEntries(Object.entries(EMBEDS).map(([name, code]) => [`src/components/embeds/${name}.astro`, `---\n${code}\n`])),
    'src/pages/404.astro': `---\nimport Base from '../layouts/Base.astro';\n---\n<Base title="Not found"><h1>Not found</h1><p><a href="/">Home</a></p></Base>\n`,
  };
}

/**
 * Astro's `redirects` (`{ "/old/": "/new/" }`) as JSON: the redirects a static site serves as
 * files (`fileRedirects`), none with `[` or `]` (Astro would read a route parameter).
 *
 * @example astroRedirects([{ from: '/2025/08/hello/', to: '/blog/hello/', status: 301 }]) // → '{\n  "/2025/08/hello/": "/blog/hello/"\n}\n'
 */
export function astroRedirects(redirects: Redirect[]): string {
  const out: Record<string, string> = {};
  for (const r of fileRedirects(redirects)) {
    if (/[[\]]/.test(r.from)) continue;
    Object.defineProperty(out, r.from, { value: r.to, enumerable: true, writable: true, configurable: true });
  }
  return jsonFile(out);
}
