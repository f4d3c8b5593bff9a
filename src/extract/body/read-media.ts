import { isTag, type AnyNode, type Element } from '../../dom/dom';
import type { Context } from '../../context';
import type { EmbedBlock, MediaBlock } from '../../schema/block';
import { collapseWhitespace, decodeEntities } from '../../text/decode';
import { safeUrl } from '../../text/safe-url';
import { embedFromUrl } from './providers';

/**
 * Elements of the clean DOM that stand for an embed or a media file: an iframe (what oEmbed
 * printed), and the canonical `<u-embed>` / `<u-media>` the clean rules emit. They are blocks
 * wherever they sit: a paragraph is split around them, and where no block can stand (a list
 * item, a table cell, a heading) they are written as a link to what they show.
 */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(['iframe', 'u-embed', 'u-media']);

/** True for a media element (`MEDIA_TAGS`). */
export function isMedia(node: AnyNode): boolean {
  return isTag(node) && MEDIA_TAGS.has(node.name);
}

/**
 * The embed or media block a media element stands for (`MEDIA_TAGS`), or null with a warning
 * when it has no usable URL: an iframe from a host no provider knows (`dropped_iframe`), an
 * embed without an http(s) URL (`dropped_embed`), a media file without a safe source
 * (`dropped_media`).
 *
 * @example readMedia(<iframe src="https://www.youtube.com/embed/ID">, ctx) // → { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=ID', id: 'ID', caption: null }
 */
export function readMedia(el: Element, ctx: Pick<Context, 'warn'>): EmbedBlock | MediaBlock | null {
  if (el.name === 'iframe') return readIframe(el, ctx);
  if (el.name === 'u-embed') return readEmbed(el, ctx);
  const src = safeUrl(el.attribs.src);
  if (!src) {
    ctx.warn('dropped_media', 'Dropped a media file without a usable URL', el.name);
    return null;
  }
  const kind = el.attribs.kind === 'audio' || el.attribs.kind === 'video' ? el.attribs.kind : 'file';
  return { type: 'media', kind, src, title: attr(el.attribs.title), caption: attr(el.attribs.caption) };
}

// An iframe from a known provider, rebuilt from its URL (lazy loaders keep it in a data attribute).
function readIframe(el: Element, ctx: Pick<Context, 'warn'>): EmbedBlock | null {
  const src = decodeEntities(el.attribs['data-src'] ?? el.attribs['data-lazy-src'] ?? el.attribs.src ?? '').trim();
  const found = src ? embedFromUrl(src) : null;
  if (found) return { type: 'embed', provider: found.provider, url: found.url, id: found.id, caption: null };
  ctx.warn('dropped_iframe', `Dropped an iframe from an unknown host: ${hostOf(src)}`, 'iframe');
  return null;
}

// `<u-embed url caption provider>`: an http(s) URL of no known provider is kept as provider `other`.
function readEmbed(el: Element, ctx: Pick<Context, 'warn'>): EmbedBlock | null {
  const url = safeUrl(el.attribs.url);
  if (!url || !/^https?:/i.test(url)) {
    ctx.warn('dropped_embed', 'Dropped an embed without a usable URL', 'u-embed');
    return null;
  }
  const found = embedFromUrl(url);
  const caption = attr(el.attribs.caption);
  if (found) return { type: 'embed', provider: found.provider, url: found.url, id: found.id, caption };
  const provider = /^[a-z0-9-]{1,40}$/.test(el.attribs.provider ?? '') ? el.attribs.provider! : 'other';
  return { type: 'embed', provider, url, id: null, caption };
}

// Attribute values are decoded by the parser already: decoding again would read `&amp;lt;` as `<`.
function attr(v: string | undefined): string | null {
  return v ? collapseWhitespace(v) || null : null;
}

function hostOf(src: string): string {
  try {
    return new URL(src.startsWith('//') ? `https:${src}` : src).hostname || '(none)';
  } catch {
    return src ? '(invalid URL)' : '(no src)';
  }
}
