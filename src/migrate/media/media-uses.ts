import { Parser } from 'htmlparser2';
import { parseSrcset } from '../../extract/body/read-image';
import type { Article } from '../../schema/article';
import type { Block, Image } from '../../schema/block';
import { mediaKindOf } from './media-extensions';
import { isUploadsUrl } from './original-url';

/**
 * One place an article uses a media file, with what that place tells of it.
 *
 * @example { url: '/wp-content/uploads/2024/05/a.pdf', absolute: 'https://example.org/wp-content/uploads/2024/05/a.pdf', kind: 'file', alt: null, caption: null, width: null, height: null }
 */
export interface MediaUse {
  /** The URL exactly as the article holds it. */
  url: string;
  /** The URL made absolute against the article's permalink (equal to `url` when it already is, or has no base). */
  absolute: string;
  kind: 'image' | 'file';
  alt: string | null;
  caption: string | null;
  /** The dimensions of the file at `url` when this place gives them (`width`/`height`, a `1024w` descriptor). */
  width: number | null;
  height: number | null;
}

/**
 * What an attachment's metadata says: `url` is its full-size file, `variants` its sizes.
 *
 * @example { url: '…/2024/05/a-scaled.jpg', width: 2560, height: 1707, variants: [{ url: '…/2024/05/a-300x200.jpg', width: 300, height: 200 }] }
 */
export interface AttachmentFacts {
  url: string;
  variants: { url: string; width: number | null; height: number | null }[];
  width: number | null;
  height: number | null;
}

/**
 * Every media file an article uses, in reading order: image blocks (with their `srcset`
 * candidates and a link to a media file), gallery images, audio/video/file blocks, buttons and
 * links to media files, every `img`/`source`/`video`/`audio`/`track` URL and `poster` and every
 * `<a href>` to a media file inside the blocks' HTML strings (paragraphs, lists, table
 * cells, quotes, footnotes, HTML blocks; `article.html` is rendered from them), `article.images`, `article.links` and the featured image with its size
 * variants. A link (`<a href>`, a button, `links[]`) counts when it ends with a media extension
 * and is an uploads URL or on the article's own host: a PDF on another site is a link, not
 * this site's file. `data:` URIs are not files to fetch and are left out.
 *
 * @example mediaUsesOf(article).map((u) => u.url) // → ['https://example.org/wp-content/uploads/2024/05/a-1024x768.jpg', …]
 */
export function mediaUsesOf(article: Article): { uses: MediaUse[]; featured: AttachmentFacts | null } {
  const uses: MediaUse[] = [];
  const base = article.link;
  const host = hostOf(base);
  const add = (url: string | null | undefined, kind: 'image' | 'file', facts: Partial<Pick<MediaUse, 'alt' | 'caption' | 'width' | 'height'>> = {}) => {
    const raw = url?.trim();
    if (!raw || /^(?:data|blob|javascript|mailto|tel):/i.test(raw) || raw.startsWith('#')) return;
    uses.push({
      url: raw,
      absolute: absolute(raw, base),
      kind,
      alt: nonEmpty(facts.alt),
      caption: nonEmpty(facts.caption),
      width: facts.width ?? null,
      height: facts.height ?? null,
    });
  };
  const addLink = (href: string | null | undefined) => {
    if (!href) return;
    const abs = absolute(href.trim(), base);
    const kind = mediaKindOf(abs);
    if (kind && (isUploadsUrl(abs) || (host !== null && hostOf(abs) === host))) add(href, kind);
  };
  const addImage = (image: Image) => {
    add(image.src, 'image', { alt: image.alt, caption: image.caption, width: image.width, height: image.height });
    for (const c of image.srcset) add(c.url, 'image', { width: widthOf(c.descriptor) });
    addLink(image.link);
  };
  const addHtml = (html: string) => {
    if (html.includes('<')) htmlUses(html, add, addLink);
  };
  const walk = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      switch (b.type) {
        case 'image':
          addImage(b);
          break;
        case 'gallery':
          for (const image of b.images) addImage(image);
          break;
        case 'media':
          add(b.src, mediaKindOf(b.src) ?? 'file', { caption: b.caption });
          break;
        case 'button':
          addLink(b.href);
          break;
        case 'heading':
        case 'paragraph':
        case 'html':
          addHtml(b.html);
          break;
        case 'list':
          walkList(b.items, addHtml);
          break;
        case 'quote':
          addHtml(b.html);
          walk(b.children);
          break;
        case 'details':
          walk(b.children);
          break;
        case 'table':
          for (const row of [...b.head, ...b.body, ...b.foot]) for (const cell of row) addHtml(cell.html);
          break;
        case 'footnotes':
          for (const item of b.items) addHtml(item.html);
          break;
        default:
          break;
      }
    }
  };
  walk(article.body);
  for (const image of article.images) addImage(image);
  // `article.html` is rendered from these blocks: it holds no URL they do not (and reading it
  // again doubled the time, 0.78 → 1.49 s for 10,000 posts).
  for (const link of article.links) addLink(link.href);
  const f = article.featuredImage;
  let featured: AttachmentFacts | null = null;
  if (f) {
    add(f.url, 'image', { alt: f.alt, caption: f.caption, width: f.width, height: f.height });
    for (const v of f.variants) add(v.url, 'image', { alt: f.alt, caption: f.caption, width: v.width, height: v.height });
    // Only attachment metadata (it has the sizes) names the full-size file; an Open Graph or
    // JSON-LD image may itself be a resized copy.
    if (f.variants.length) featured = {
      url: absolute(f.url, base),
      width: f.width,
      height: f.height,
      variants: f.variants.map((v) => ({ url: absolute(v.url, base), width: v.width, height: v.height })),
    };
  }
  return { uses, featured };
}

function walkList(items: readonly { html: string; children: { items: readonly unknown[] } | null }[], addHtml: (html: string) => void): void {
  for (const item of items) {
    addHtml(item.html);
    if (item.children) walkList(item.children.items as typeof items, addHtml);
  }
}

type Add = (url: string | null | undefined, kind: 'image' | 'file', facts?: Partial<Pick<MediaUse, 'alt' | 'caption' | 'width' | 'height'>>) => void;

// One streaming pass (no tree): the URL attributes of media elements, and links.
function htmlUses(html: string, add: Add, addLink: (href: string) => void): void {
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        switch (name) {
          case 'img':
            add(attribs.src, 'image', { alt: attribs.alt, width: intOf(attribs.width), height: intOf(attribs.height) });
            for (const c of parseSrcset(attribs.srcset ?? '')) add(c.url, 'image', { width: widthOf(c.descriptor) });
            break;
          case 'source':
            add(attribs.src, mediaKindOf(attribs.src ?? '') ?? 'file');
            for (const c of parseSrcset(attribs.srcset ?? '')) add(c.url, 'image', { width: widthOf(c.descriptor) });
            break;
          case 'video':
          case 'audio':
          case 'track':
            add(attribs.src, mediaKindOf(attribs.src ?? '') ?? 'file');
            add(attribs.poster, 'image');
            break;
          case 'a':
            if (attribs.href) addLink(attribs.href);
            break;
          default:
            break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}

/**
 * The URL made absolute against `base` (an article's permalink); unchanged when it cannot be.
 *
 * @example absolute('/wp-content/uploads/a.pdf', 'https://example.org/2024/05/post/') // → 'https://example.org/wp-content/uploads/a.pdf'
 */
export function absolute(url: string, base: string | null): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function widthOf(descriptor: string): number | null {
  const m = /^(\d{1,6})w$/.exec(descriptor);
  return m ? Number(m[1]) : null;
}

function intOf(value: string | undefined): number | null {
  return value && /^\d{1,6}$/.test(value.trim()) ? Number(value) : null;
}

function nonEmpty(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}
