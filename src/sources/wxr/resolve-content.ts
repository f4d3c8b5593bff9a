import { escapeAttribute } from '../../text/decode';
import { dynamicBlocks } from './dynamic';
import type { WxrAttachment, WxrSite } from './wxr-site';

/** What resolving an item's content needs: its id, the site index, its post meta and a warning sink. */
export interface ResolveContext {
  id: number;
  site: WxrSite;
  meta: Map<string, string>;
  warn: (code: string, message: string, path: string) => void;
  /** Set when a dynamic block was rendered into the content (its output is no excerpt text). */
  rendered?: boolean;
  /** How many blocks of each name have been rendered. */
  sequences?: Map<string, number>;
}

// Core blocks rendered on the server from data an export does not hold as content.
const DYNAMIC = /^(?:latest-posts|latest-comments|categories|tag-cloud|page-list|archives|calendar|rss|search|query|query-loop|post-template|navigation|loginout|site-logo|site-title|site-tagline|post-title|post-content|post-excerpt|post-date|post-author|post-featured-image|post-terms|comments|comment-template|home-link|avatar|read-more)$/;
// The opening of a block comment: `wp:` then an optional namespace and the name.
const BLOCK_NAME = /^<!--\s+wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)/;
const GALLERY = /\[gallery\b([^\]]{0,4000})\]/g;
const MAX_PATTERN_DEPTH = 8;

/**
 * Stored content with what WordPress fills in at render time resolved from the export: synced
 * patterns (`<!-- wp:block {"ref":N} /-->`, from `wp_block` items, nested patterns too),
 * `[gallery]` (its `ids`, or the images attached to the post) as WordPress's gallery markup,
 * the footnotes block from the `footnotes` post meta, and the dynamic core blocks whose output
 * the export's data gives (`dynamicBlocks`: latest posts, page list, categories, tag cloud,
 * archives). A pattern or attachment the export does not hold, a dynamic block whose output
 * cannot be made from it, and one made only approximately, are warned.
 */
export function resolveContent(content: string, ctx: ResolveContext): string {
  return galleries(blocks(content, ctx, 0), ctx);
}

function blocks(content: string, ctx: ResolveContext, depth: number): string {
  if (!content.includes('<!-- wp:')) return content;
  // Comment by comment with indexOf (each one read once to its end): a regular expression
  // searching for the end of every opener would go quadratic on comments left open.
  let out = '';
  let from = 0;
  for (let at = content.indexOf('<!-- wp:'); at >= 0; at = content.indexOf('<!-- wp:', from)) {
    const end = content.indexOf('-->', at);
    if (end < 0) break;
    const comment = content.slice(at, end + 3);
    out += content.slice(from, at) + (comment.endsWith('/-->') ? selfClosing(comment, ctx, depth) : comment);
    from = end + 3;
  }
  return out + content.slice(from);
}

function selfClosing(comment: string, ctx: ResolveContext, depth: number): string {
  const m = BLOCK_NAME.exec(comment);
  if (!m) return comment;
  const ns = m[1];
  const name = m[2]!;
  if (!ns && name === 'block') {
    const attrs = readAttrs(comment.slice(m[0].length, -4).trim());
    const ref = typeof attrs.ref === 'number' ? attrs.ref : null;
    const pattern = ref === null ? undefined : ctx.site.patterns.get(ref);
    if (pattern === undefined || depth >= MAX_PATTERN_DEPTH) {
      ctx.warn('missing_reference', ref === null ? 'A synced pattern without a ref' : `Synced pattern ${ref} is in no file of the export${depth >= MAX_PATTERN_DEPTH ? ' (or nests too deep)' : ''}`, 'wp:block');
      return comment;
    }
    return blocks(pattern, ctx, depth + 1);
  }
  if (!ns && name === 'footnotes') return footnotes(ctx) ?? comment;
  const render = ns ? undefined : dynamicBlocks.get(name);
  // Said once per block, whatever the renderer repeats.
  const reasons = new Set<string>();
  const rendered = render?.(readAttrs(comment.slice(m[0].length, -4).trim()), ctx.site, {
    approximate: (reason) => void reasons.add(reason),
    sequence: (block) => {
      const n = (ctx.sequences ??= new Map()).get(block) ?? 0;
      ctx.sequences.set(block, n + 1);
      return n + 1;
    },
  });
  if (rendered) for (const reason of reasons) ctx.warn('dynamic_block_approximate', `The block ${name} is rendered from the export, but ${reason}`, `wp:${name}`);
  if (rendered) {
    ctx.rendered = true;
    return rendered;
  }
  if (ns || DYNAMIC.test(name)) ctx.warn('dynamic_block', `The block ${ns ?? ''}${name} is rendered by the site; an export does not hold its output`, `wp:${ns ?? ''}${name}`);
  return comment;
}

function readAttrs(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

// The footnotes block renders the `footnotes` meta (a JSON list of { id, content }) as an
// ordered list whose items link back to their marks, as core's render callback does.
function footnotes(ctx: ResolveContext): string | null {
  const raw = ctx.meta.get('footnotes');
  if (!raw) return null;
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    ctx.warn('invalid_meta', 'The footnotes post meta is not JSON', 'wp:postmeta.footnotes');
    return null;
  }
  if (!Array.isArray(list)) return null;
  const items = list.flatMap((f: { id?: unknown; content?: unknown }) =>
    typeof f?.id === 'string' && typeof f.content === 'string' ? [`<li id="${escapeAttribute(f.id)}">${f.content} <a href="#${escapeAttribute(f.id)}-link" aria-label="Jump to footnote reference">↩︎</a></li>`] : [],
  );
  return items.length ? `<ol class="wp-block-footnotes">${items.join('')}</ol>` : null;
}

function galleries(content: string, ctx: ResolveContext): string {
  if (!content.includes('[gallery')) return content;
  return content.replace(GALLERY, (all: string, attrText: string) => {
    const ids = /\b(?:ids|include)\s*=\s*["']?([\d,\s]+)/.exec(attrText)?.[1];
    const images: WxrAttachment[] = [];
    if (ids) {
      for (const id of ids.split(',').map((s) => Number(s.trim())).filter((n) => n > 0)) {
        const a = ctx.site.attachments.get(id);
        if (a) images.push(a);
        else ctx.warn('missing_reference', `Gallery image ${id} is in no file of the export`, '[gallery]');
      }
    } else {
      for (const a of ctx.site.attachments.values()) if (a.parent === ctx.id && a.mimeType?.startsWith('image/')) images.push(a);
      images.sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id);
    }
    if (!images.length) return all;
    const columns = /\bcolumns\s*=\s*["']?(\d+)/.exec(attrText)?.[1] ?? '3';
    const figures = images.map((a) => `<figure class="gallery-item"><div class="gallery-icon"><img src="${escapeAttribute(a.url)}" alt="${escapeAttribute(a.alt)}"${a.width ? ` width="${a.width}"` : ''}${a.height ? ` height="${a.height}"` : ''}></div>${a.caption ? `<figcaption class="wp-caption-text gallery-caption">${a.caption}</figcaption>` : ''}</figure>`);
    return `<div class="gallery gallery-columns-${columns}">${figures.join('')}</div>`;
  });
}
