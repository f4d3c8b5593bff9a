import type { Article } from '../schema/article';
import type { Block, ListBlock } from '../schema/block';
import { isArticle } from './matchers/matcher-support';

/**
 * A snapshot serializer for Articles (Jest's `expect.addSnapshotSerializer`, `snapshotSerializers`,
 * or Vitest's): the article as a short outline, one line per block, so a change to the
 * conversion shows as a one-line diff. It writes what a reader and a search engine get (the
 * post's identity and dates, each block with its text, links and images, the SEO fields set,
 * the warnings with their codes and places); it leaves out what repeats the body (`html`,
 * `text`, `headings`, `outline`, `lists`, `images`, `links`, `stats`) and the raw JSON-LD.
 * Stable: the same article gives the same text, and nothing in it depends on the clock or the
 * machine.
 *
 * @example
 * expect.addSnapshotSerializer(articleSerializer);
 * expect(parsePost(post)).toMatchSnapshot();
 * // Article #1 post "Tides" (gutenberg)
 * //   published 2024-05-06T07:30:00.000Z
 * //   body:
 * //     h2 Tides #tides
 * //     p Twice a day, the **sea** comes in.
 */
export const articleSerializer = {
  /** True for an Article (what this serializer writes). */
  test(value: unknown): boolean {
    return isArticle(value);
  },
  /** The article's outline, every line after the first indented by `indentation`. */
  serialize(value: unknown, _config?: unknown, indentation = ''): string {
    return serializeArticle(value as Article)
      .split('\n')
      .map((line, i) => (i === 0 ? line : indentation + line))
      .join('\n');
  },
};

/** The outline `articleSerializer` writes, as a string. */
export function serializeArticle(a: Article): string {
  const lines = [`Article #${a.id} ${a.type} ${JSON.stringify(a.title)} (${a.editor})`];
  const field = (name: string, value: unknown): void => {
    if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) lines.push(`  ${name} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  };
  field('slug', a.slug);
  field('status', a.status);
  field('link', a.link);
  field('subtitle', a.subtitle);
  field('excerpt', a.excerpt);
  field('published', a.published);
  field('modified', a.modified !== a.published ? a.modified : null);
  field('author', a.author?.name ?? null);
  field('categories', a.categories?.map((t) => t.name ?? t.slug ?? t.id).join(', '));
  field('tags', a.tags?.map((t) => t.name ?? t.slug ?? t.id).join(', '));
  field('featured', a.featuredImage?.url ?? null);
  field('language', a.language);
  lines.push('  body:', ...blockLines(a.body, '    '));
  const seo = a.seo;
  const seoFields = Object.entries({ source: seo.source, title: seo.title, description: seo.description, canonical: seo.canonical, robots: seo.robots && `${seo.robots.index ? 'index' : 'noindex'}, ${seo.robots.follow ? 'follow' : 'nofollow'}`, breadcrumbs: seo.breadcrumbs.map((b) => b.name).join(' › ') || null, faq: seo.faq.length || null }).filter(([, v]) => v !== null && v !== '');
  if (seoFields.length) lines.push('  seo:', ...seoFields.map(([k, v]) => `    ${k} ${String(v)}`));
  if (a.comments.length) lines.push('  comments:', ...a.comments.map((c) => `    #${c.id}${c.parent ? ` ↳${c.parent}` : ''} ${c.author ?? 'anonymous'}: ${c.text}`));
  if (a.warnings.length) lines.push('  warnings:', ...a.warnings.map((w) => `    ${w.code}${w.path ? ` at ${w.path}` : ''}: ${w.message}`));
  return lines.join('\n');
}

// One line per block (more for lists, tables and nested blocks), the block's kind first.
function blockLines(blocks: readonly Block[], pad: string): string[] {
  return blocks.flatMap((b) => blockLine(b, pad));
}

function blockLine(b: Block, pad: string): string[] {
  switch (b.type) {
    case 'heading':
      return [`${pad}h${b.level} ${inline(b.html)}${b.anchor ? ` #${b.anchor}` : ''}`];
    case 'paragraph':
      return [`${pad}p ${inline(b.html)}`];
    case 'list':
      return listLines(b, pad);
    case 'image':
      return [`${pad}image ${b.src} ${JSON.stringify(b.alt)}${b.caption ? ` caption ${JSON.stringify(b.caption)}` : ''}${b.link ? ` → ${b.link}` : ''}`];
    case 'gallery':
      return [`${pad}gallery${b.caption ? ` ${JSON.stringify(b.caption)}` : ''}`, ...b.images.map((i) => `${pad}  image ${i.src} ${JSON.stringify(i.alt)}${i.caption ? ` caption ${JSON.stringify(i.caption)}` : ''}`)];
    case 'quote':
      return [`${pad}${b.variant === 'pullquote' ? 'pullquote' : 'quote'}${b.citation ? ` — ${b.citation}` : ''}`, ...blockLines(b.children, `${pad}  `)];
    case 'code':
      return [`${pad}code${b.language ? ` ${b.language}` : ''}`, ...b.text.split('\n').map((l) => `${pad}  | ${l}`)];
    case 'table':
      return [`${pad}table${b.caption ? ` ${JSON.stringify(b.caption)}` : ''}`, ...[...b.head, ...b.body, ...b.foot].map((row) => `${pad}  | ${row.map((c) => (c.header ? `*${c.text}*` : c.text)).join(' | ')} |`)];
    case 'embed':
      return [`${pad}embed ${b.provider} ${b.url}${b.caption ? ` ${JSON.stringify(b.caption)}` : ''}`];
    case 'media':
      return [`${pad}${b.kind} ${b.src}${b.title ? ` ${JSON.stringify(b.title)}` : ''}`];
    case 'button':
      return [`${pad}button ${inline(b.html)}${b.href ? ` → ${b.href}` : ''}`];
    case 'separator':
      return [`${pad}---`];
    case 'details':
      return [`${pad}details ${JSON.stringify(b.summary)}${b.open ? ' (open)' : ''}`, ...blockLines(b.children, `${pad}  `)];
    case 'footnotes':
      return [`${pad}footnotes`, ...b.items.map((i) => `${pad}  [${i.id}] ${inline(i.html)}`)];
    case 'html':
      return [`${pad}html ${b.html.replace(/\s+/g, ' ')}`];
  }
}

function listLines(list: ListBlock, pad: string): string[] {
  return list.items.flatMap((item, i) => {
    const n = list.ordered ? `${item.value ?? (list.start ?? 1) + (list.reversed ? -i : i)}.` : '-';
    return [`${pad}${n} ${inline(item.html)}`, ...(item.children ? listLines(item.children, `${pad}  `) : [])];
  });
}

// Inline HTML as a reader sees it, with the formatting that matters kept legible:
// **strong**, _em_, `code`, [links](href); other tags by their text.
function inline(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ⏎ ')
    .replace(/<(strong|b)>([\s\S]*?)<\/\1>/gi, '**$2**')
    .replace(/<(em|i)>([\s\S]*?)<\/\1>/gi, '_$2_')
    .replace(/<code>([\s\S]*?)<\/code>/gi, '`$1`')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, '[$2]($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#91);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#91': '[' })[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}
