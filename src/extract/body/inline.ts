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
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'svg', 'math', 'button', 'input', 'select',
  'option', 'datalist', 'output', 'textarea', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'audio', 'video', 'canvas', 'base', 'meta', 'link', 'head', 'title', 'dialog',
]);

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
  type Frame = { node: AnyNode; close: string | null; tag?: string; link?: { start: number; href: string; title: string | null; rel: string[] } };
  const stack: Frame[] = [];
  // Tags open around the current node. A tag inside the same tag adds nothing (and a link in a
  // link is invalid), so it is not emitted again: output nesting stays shallow, whatever the input.
  const openCount: Record<string, number> = Object.create(null);
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, close: null });
  while (stack.length) {
    const f = stack.pop()!;
    if (f.close !== null) {
      html += f.close;
      if (f.tag) openCount[f.tag]!--;
      if (f.link && record) ctx.links.push({ href: f.link.href, text: squash(text.slice(f.link.start)), title: f.link.title, rel: f.link.rel });
      continue;
    }
    const n = f.node;
    if (isText(n)) {
      // Zero-width spaces are editor debris (pasted text, Elementor); invisible, they only break search and Markdown.
      const t = squashSpaces(decodeEntities(n.data).replace(/\u200b/g, ''));
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
    if (out && openCount[out]) {
      // Already inside this tag: keep the content only.
    } else if (out === 'a') {
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
    const tag = open && out ? out : undefined;
    if (tag) openCount[tag] = (openCount[tag] ?? 0) + 1;
    stack.push({ node: n, close, tag, link });
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
  h = trimBreaks(h.replace(/ {2,}/g, ' ').replace(/ *<br> */g, '<br>'));
  h = trimInsideEdges(h);
  const t = text.replace(/ {2,}/g, ' ').replace(/ *\n */g, '\n').trim();
  return { html: h, text: t };
}

// `<strong>Title<br></strong>` ending a paragraph: the break (or space) ends the paragraph, it
// is not part of the bold text (kept, Markdown would end in a stray `\`).
function trimInsideEdges(h: string): string {
  const open = /^(?:<(?:strong|em|a|s|mark)(?: [^>]*)?>)+/.exec(h)?.[0] ?? '';
  const close = /(?:<\/(?:strong|em|a|s|mark)>)+$/.exec(h)?.[0] ?? '';
  if (!open && !close) return h;
  const inner = trimBreaks(h.slice(open.length, h.length - close.length));
  return inner ? open + inner + close : '';
}

// Whitespace and `<br>` off both ends, in linear time (a regex anchored at the end backtracks
// quadratically over thousands of line breaks).
function trimBreaks(h: string): string {
  let start = 0;
  let end = h.length;
  for (;;) {
    if (start < end && /\s/.test(h[start]!)) start++;
    else if (h.startsWith('<br>', start) && start + 4 <= end) start += 4;
    else break;
  }
  for (;;) {
    if (end > start && /\s/.test(h[end - 1]!)) end--;
    else if (end - 4 >= start && h.startsWith('<br>', end - 4)) end -= 4;
    else break;
  }
  return h.slice(start, end);
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
