import { isTag, isText, type AnyNode, type Element } from '../../dom/dom';
import { decodeEntities, escapeAttribute, escapeHtml } from '../../text/decode';
import { safeUrl } from '../../text/safe-url';
import type { Context } from '../../context';
import { readImage } from './read-image';

/** Inline tags kept, by input name → output name. Everything else inline is unwrapped. */
const KEEP: Record<string, string> = {
  a: 'a', strong: 'strong', b: 'strong', em: 'em', i: 'em', code: 'code', kbd: 'kbd', samp: 'samp',
  sub: 'sub', sup: 'sup', s: 's', del: 's', strike: 's', mark: 'mark', abbr: 'abbr', q: 'q', cite: 'cite',
  small: 'small', br: 'br', img: 'img',
};
/** Dropped with their text: never readable content. */
const DROP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'button', 'input', 'select', 'textarea', 'iframe', 'object', 'embed', 'audio', 'video', 'canvas']);

/** Sanitised inline HTML and its plain text. */
export interface InlineContent {
  html: string;
  text: string;
}

/**
 * Serialises inline content to allow-listed HTML and plain text in one pass, without recursion.
 * Links and images met are recorded on the context. Text is entity-decoded (twice where
 * WordPress double-encoded it); whitespace is collapsed; the result is trimmed.
 */
export function inlineContent(nodes: AnyNode[], ctx: Context, opts: { recordLinks?: boolean } = {}): InlineContent {
  const record = opts.recordLinks !== false;
  let html = '';
  let text = '';
  type Frame = { node: AnyNode; close: string | null; link?: { start: number; href: string; title: string | null; rel: string[] } };
  const stack: Frame[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, close: null });
  while (stack.length) {
    const f = stack.pop()!;
    if (f.close !== null) {
      html += f.close;
      if (f.link && record) ctx.links.push({ href: f.link.href, text: squash(text.slice(f.link.start)), title: f.link.title, rel: f.link.rel });
      continue;
    }
    const n = f.node;
    if (isText(n)) {
      const t = squashSpaces(decodeEntities(n.data));
      html += escapeHtml(t);
      text += t;
      continue;
    }
    if (!isTag(n) || DROP.has(n.name)) continue;
    const out = KEEP[n.name];
    if (out === 'br') {
      html += '<br>';
      text += '\n';
      continue;
    }
    if (out === 'img') {
      const img = readImage(n, ctx);
      if (img) {
        ctx.images.push(img);
        html += `<img src="${escapeAttribute(img.src)}" alt="${escapeAttribute(img.alt)}">`;
      }
      continue;
    }
    let open = '';
    let close = '';
    let link: Frame['link'];
    if (out === 'a') {
      const href = safeUrl(n.attribs.href);
      if (href !== null) {
        const title = n.attribs.title ? decodeEntities(n.attribs.title) : null;
        const rel = (n.attribs.rel ?? '').split(/\s+/).filter(Boolean);
        open = `<a href="${escapeAttribute(href)}"${title ? ` title="${escapeAttribute(title)}"` : ''}>`;
        close = '</a>';
        link = { start: text.length, href, title, rel };
      } else if (n.attribs.href !== undefined && n.attribs.href.trim() !== '' && !n.attribs.href.trim().startsWith('#')) {
        ctx.warn('unsafe_url', `Dropped an unsafe link URL`, 'a[href]');
      }
    } else if (out === 'abbr' && n.attribs.title) {
      open = `<abbr title="${escapeAttribute(decodeEntities(n.attribs.title))}">`;
      close = '</abbr>';
    } else if (out) {
      open = `<${out}>`;
      close = `</${out}>`;
    }
    html += open;
    stack.push({ node: n, close, link });
    for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i]!, close: null });
  }
  return tidy(html, text);
}

// Trim the edges (and spaces around line breaks) and drop formatting that wraps nothing.
function tidy(html: string, text: string): InlineContent {
  let h = html;
  let prev = '';
  while (prev !== h) {
    prev = h;
    h = h.replace(/<(strong|em|code|kbd|samp|sub|sup|s|mark|small|q|cite|abbr)(?: [^>]*)?>(\s*)<\/\1>/g, '$2');
  }
  h = h.replace(/ {2,}/g, ' ').replace(/ *<br> */g, '<br>').replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '');
  h = h.replace(/^(<(?:strong|em|a)[^>]*>)\s+/, '$1').replace(/\s+(<\/(?:strong|em|a)>)$/, '$1');
  const t = text.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').replace(/^[\s]+|[\s]+$/g, '');
  return { html: h, text: t };
}

function squashSpaces(s: string): string {
  return s.replace(/[ \t\n\r\f\v]+/g, ' ');
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** True for tags that are phrasing (inline) content. */
export function isInlineTag(name: string): boolean {
  return name in KEEP || INLINE_OTHER.has(name);
}
const INLINE_OTHER = new Set(['span', 'font', 'u', 'ins', 'time', 'var', 'dfn', 'bdi', 'bdo', 'wbr', 'label', 'data', 'big', 'tt', 'nobr']);

export type { Element };
