import { isTag, isText, type AnyNode, type Element } from '../../dom/dom';
import { escapeAttribute, escapeHtml, isBlank, oneLine, squashSpaces } from '../../text/decode';
import { isSpace } from '../../text/is-space';
import { safeUrl } from '../../text/safe-url';
import type { Context } from '../../context';
import { readImage } from './read-image';
import { MEDIA_TAGS, readMedia } from './read-media';
import { showsAsOwnBox } from './own-box';

/** Inline tags kept, by input name → output name. Everything else inline is unwrapped. */
const KEEP: Record<string, string> = {
  a: 'a', strong: 'strong', b: 'strong', em: 'em', i: 'em', code: 'code', kbd: 'kbd', samp: 'samp',
  sub: 'sub', sup: 'sup', s: 's', del: 's', strike: 's', mark: 'mark', abbr: 'abbr', q: 'q', cite: 'cite',
  small: 'small', br: 'br', img: 'img',
};
/** One bit per output tag, for the set of tags open around a node. */
const BIT: Record<string, number> = Object.fromEntries([...new Set(Object.values(KEEP))].map((tag, i) => [tag, 1 << i]));
/** Formatting the output keeps, by input name (links are not formatting). */
export const FORMATTING_TAGS: ReadonlySet<string> = new Set(['strong', 'b', 'em', 'i', 'code', 'kbd', 'samp', 'sub', 'sup', 's', 'del', 'strike', 'mark', 'abbr', 'q', 'cite', 'small']);

/** Dropped with their text: never readable content. */
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'svg', 'math', 'button', 'input', 'select',
  'option', 'datalist', 'output', 'textarea', 'form', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'audio', 'video', 'canvas', 'base', 'meta', 'link', 'head', 'title', 'dialog',
]);

/** Sanitised inline HTML and its plain text. */
export interface InlineContent {
  /** Sanitised inline HTML (the inline allow-list only). */
  html: string;
  /** The same content as plain text. */
  text: string;
}

/** Options of `inlineContent`. */
export interface InlineOptions {
  /** Record the links met on the context (`ctx.links`). Default true. */
  recordLinks?: boolean;
  /** Keep links (false: their content only, as inside a button, itself a link). Default true. */
  links?: boolean;
  /** Keep images (false: dropped, as a button's icon). Default true. */
  images?: boolean;
}

/**
 * Serialises inline content to allow-listed HTML and plain text in one pass, without recursion.
 * Links and images met are recorded on the context. Text is entity-decoded (twice where
 * WordPress double-encoded it); whitespace is collapsed; the result is trimmed.
 */
export function inlineContent(nodes: AnyNode[], ctx: Context, opts: InlineOptions = {}): InlineContent {
  const record = opts.recordLinks !== false;
  const keepLinks = opts.links !== false;
  const keepImages = opts.images !== false;
  let html = '';
  let text = '';
  // Nodes to visit, and the closing tags of elements that emitted an opening one.
  const stack: (AnyNode | Close | typeof BLOCK_END)[] = [];
  // Tags open around the current node, one bit per output tag. A tag inside the same tag adds
  // nothing (and a link in a link is invalid), so it is not emitted again: each tag is open at
  // most once, and output nesting stays shallow, whatever the input. (A bit mask, not a
  // dictionary object per call: this runs for every paragraph, heading and list item.)
  let open = 0;
  // Where the last visible content (non-space text, a break, an image) ended in `html`.
  let contentEnd = 0;
  let wrapsNothing = false;
  // Two spaces in a row can only appear where one piece ends in a space and the next begins
  // with one (text pieces are squashed), or inside an attribute value: tracked as the pieces go,
  // so `tidy` does not search every paragraph for them (a search for a space pair stops at every
  // space: ~1% of the pipeline).
  let htmlSpace = false;
  let textSpace = false;
  let doubled = false;
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (n === BLOCK_END) {
      html += ' ';
      text += ' ';
      doubled ||= htmlSpace || textSpace;
      htmlSpace = textSpace = true;
      continue;
    }
    if (n instanceof Close) {
      // Formatting around nothing but spaces is dropped by `tidy`; it only looks when there is some.
      if (contentEnd <= n.openEnd) wrapsNothing = true;
      html += n.close;
      htmlSpace = false;
      open &= ~n.bit;
      if (n.link && record) ctx.links.push({ href: n.link.href, text: oneLine(text.slice(n.link.start)), title: n.link.title, rel: n.link.rel });
      continue;
    }
    if (isText(n)) {
      const t = nodeText(n.data);
      if (t === '') continue;
      const starts = t.charCodeAt(0) === 0x20;
      const ends = t.charCodeAt(t.length - 1) === 0x20;
      doubled ||= starts && (htmlSpace || textSpace);
      html += escapeHtml(t);
      text += t;
      htmlSpace = textSpace = ends;
      if (/\S/.test(t)) contentEnd = html.length;
      continue;
    }
    if (!isTag(n)) continue;
    const kind = KIND.get(n.name) ?? 0;
    if (kind & DROPPED) continue;
    if (kind & MEDIA) {
      // Where no block can stand (a list item, a cell, a heading): the media as a link to it.
      const piece = mediaAsLink(n, ctx, keepLinks && !(open & BIT.a!));
      if (!piece) continue;
      doubled ||= htmlSpace || textSpace;
      html += ` ${piece.html} `;
      text += ` ${piece.text} `;
      htmlSpace = textSpace = true;
      contentEnd = html.length - 1;
      if (piece.link && record) ctx.links.push(piece.link);
      continue;
    }
    const out = kind & KEPT ? KEEP[n.name] : undefined;
    // A block read as inline text (`<h2><span>Title</span><div>Sub</div></h2>`) still ends a
    // word: a browser shows it on its own line. So does an inline element a theme shows as a
    // box of its own (a button, a post list's date). A space each side; spaces collapse and trim.
    if (kind === 0 || (n.name !== 'br' && n.name !== 'img' && showsAsOwnBox(n))) {
      html += ' ';
      text += ' ';
      doubled ||= htmlSpace || textSpace;
      htmlSpace = textSpace = true;
      stack.push(BLOCK_END);
    }
    if (out === 'br') {
      html += '<br>';
      text += '\n';
      htmlSpace = textSpace = false;
      contentEnd = html.length;
      continue;
    }
    if (out === 'img') {
      if (!keepImages) continue;
      const img = readImage(n, ctx);
      if (img) {
        ctx.images.push(img);
        // Neither value can hold a space pair: the alt is collapsed, the URL's spaces encoded.
        html += `<img src="${escapeAttribute(img.src)}" alt="${escapeAttribute(img.alt)}">`;
        htmlSpace = false;
        contentEnd = html.length;
      }
      continue;
    }
    let openTag = '';
    let close = '';
    let link: Close['link'];
    const bit = out ? BIT[out]! : 0;
    if (open & bit) {
      // Already inside this tag: keep the content only.
    } else if (out === 'a') {
      const href = keepLinks ? linkUrl(n, ctx) : null;
      if (href !== null) {
        const title = n.attribs.title || null;
        const rel = (n.attribs.rel ?? '').split(/\s+/).filter(Boolean);
        openTag = `<a href="${escapeAttribute(href)}"${title ? ` title="${escapeAttribute(title)}"` : ''}>`;
        close = '</a>';
        link = { start: text.length, href, title, rel };
      }
    } else if (out === 'abbr' && n.attribs.title) {
      openTag = `<abbr title="${escapeAttribute(n.attribs.title)}">`;
      close = '</abbr>';
    } else if (out) {
      openTag = `<${out}>`;
      close = `</${out}>`;
    }
    if (openTag) {
      html += openTag;
      htmlSpace = false;
      // An attribute value (a title) may hold a space pair.
      doubled ||= openTag.includes('  ');
      open |= bit;
      stack.push(new Close(close, bit, html.length, link));
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return tidy(html, text, wrapsNothing, doubled);
}

/**
 * A link's URL if it is safe to publish, else null: the link is then dropped and its content
 * kept, with an `unsafe_url` warning unless the href was empty or a fragment.
 */
export function linkUrl(el: Element, ctx: Pick<Context, 'warn'>): string | null {
  const href = safeUrl(el.attribs.href);
  const raw = el.attribs.href?.trim();
  if (href === null && raw && !raw.startsWith('#')) ctx.warn('unsafe_url', 'Dropped an unsafe link URL', 'a[href]');
  return href;
}

/**
 * A media element (`MEDIA_TAGS`) met in inline content, as a link to what it shows (its title,
 * caption or URL as the text), with a `media_as_link` warning; null (warned by `readMedia`)
 * when it has no usable URL. `link: false` inside a link or a button: the text only.
 */
function mediaAsLink(el: Element, ctx: Context, link: boolean): { html: string; text: string; link: LinkRecord | null } | null {
  const block = readMedia(el, ctx);
  if (!block) return null;
  const href = block.type === 'embed' ? block.url : block.src;
  const title = el.attribs.title ? squashSpaces(el.attribs.title).trim() : '';
  const label = block.caption ?? (block.type === 'media' ? block.title : null) ?? (title || href);
  const what = block.type === 'embed' ? `${block.provider} embed` : `${block.kind} file`;
  ctx.warn('media_as_link', `Wrote media where no block can stand (${what}) as a link`, el.name);
  if (!link) return { html: escapeHtml(label), text: label, link: null };
  return { html: `<a href="${escapeAttribute(href)}">${escapeHtml(label)}</a>`, text: label, link: { href, text: label, title: null, rel: [] } };
}

type LinkRecord = Context['links'][number];

/** The end of a block element read as inline text. */
const BLOCK_END = Symbol('end of block');

/** The end of an element that opened a tag in the output. */
class Close {
  constructor(
    readonly close: string,
    /** The tag's bit in the open-tags mask. */
    readonly bit: number,
    /** `html.length` right after the opening tag. */
    readonly openEnd: number,
    readonly link: { start: number; href: string; title: string | null; rel: string[] } | undefined,
  ) {}
}

// Trim the edges (and spaces around line breaks) and drop formatting that wraps nothing.
// `doubled`: a space pair may be in `html` or `text` (formatting dropped as empty can make one too).
function tidy(html: string, text: string, wrapsNothing: boolean, doubled: boolean): InlineContent {
  let h = wrapsNothing ? withoutEmptyFormatting(html) : html;
  if ((doubled || wrapsNothing) && h.includes('  ')) h = h.replace(/ {2,}/g, ' ');
  if (h.includes('<br>')) h = h.replace(/ *<br> */g, '<br>');
  // Breaks trimmed from inside edge formatting (`<em><br></em>!`) can leave it empty, and
  // removing it can bare more edge: trimmed until nothing changes (each round is shorter).
  for (let next = trimInsideEdges(trimBreaks(h)); next !== h; next = trimInsideEdges(trimBreaks(withoutEmptyFormatting(h)))) h = next;
  let t = text;
  if (doubled && t.includes('  ')) t = t.replace(/ {2,}/g, ' ');
  if (t.includes('\n')) t = t.replace(/ *\n */g, '\n');
  return { html: h, text: t.trim() };
}

function withoutEmptyFormatting(html: string): string {
  // No closing tag, nothing to find (the loop in `tidy` calls this for every paragraph it trimmed).
  if (!html.includes('</')) return html;
  let h = html;
  let prev = '';
  while (prev !== h) {
    prev = h;
    h = h.replace(EMPTY_FORMATTING, '$2');
  }
  return h;
}

// `<strong>Title<br></strong>` ending a paragraph: the break (or space) ends the paragraph, it
// is not part of the bold text (kept, Markdown would end in a stray `\`).
function trimInsideEdges(h: string): string {
  const open = h.startsWith('<') ? (/^(?:<(?:strong|em|a|s|mark)(?: [^>]*)?>)+/.exec(h)?.[0] ?? '') : '';
  const close = closingRun(h);
  if (!open && !close) return h;
  const inner = trimBreaks(h.slice(open.length, h.length - close.length));
  return inner ? open + inner + close : '';
}

const CLOSERS = ['</strong>', '</em>', '</a>', '</s>', '</mark>'];

// `/(?:<\/(?:strong|em|a|s|mark)>)+$/` without trying the regex at every position of a long paragraph.
function closingRun(h: string): string {
  let end = h.length;
  for (;;) {
    // Most text ends in a letter or punctuation: only a `>` can end a closing tag.
    const c = h.charCodeAt(end - 1) === 0x3e ? CLOSERS.find((x) => h.endsWith(x, end)) : undefined;
    if (!c) return h.slice(end);
    end -= c.length;
  }
}

// Whitespace and `<br>` off both ends, in linear time (a regex anchored at the end backtracks
// quadratically over thousands of line breaks).
function trimBreaks(h: string): string {
  let start = 0;
  let end = h.length;
  for (;;) {
    if (start < end && isSpace(h.charCodeAt(start))) start++;
    else if (h.startsWith('<br>', start) && start + 4 <= end) start += 4;
    else break;
  }
  for (;;) {
    if (end > start && isSpace(h.charCodeAt(end - 1))) end--;
    else if (end - 4 >= start && h.startsWith('<br>', end - 4)) end -= 4;
    else break;
  }
  return h.slice(start, end);
}

/**
 * A text node's text as the output has it: zero-width spaces dropped (editor debris:
 * invisible, they only break search and Markdown), runs of white space as one space. The
 * parser decoded its entities once, as a browser does; what that revealed (`&lt;p&gt;` from
 * `&amp;lt;p&amp;gt;`) is text, not decoded again.
 *
 * @example nodeText('It’s\u200b \n &lt;p&gt;') // → 'It’s &lt;p&gt;'
 */
export function nodeText(data: string): string {
  // Most text has none of what the steps below change (one test instead of their three scans).
  if (!MAY_CHANGE.test(data)) return data;
  // Indentation between tags is most text nodes of builder markup: one space, no new string.
  if (ONLY_SPACES.test(data)) return ' ';
  return squashSpaces(data.includes('\u200b') ? data.replace(/\u200b/g, '') : data);
}
// A zero-width space, or white space `squashSpaces` would change.
const MAY_CHANGE = /[\u200b\t\n\r\f\v]| [ \t\n\r\f\v]/;
const ONLY_SPACES = /^[ \t\n\r\f\v]*$/;

/**
 * True when `inlineContent` writes nothing visible for `node`: blank text, a comment, an
 * element dropped with its content (`script`, `iframe`, …), or formatting (dropped as empty)
 * or an unwrapped tag around only such nodes. Links, images and breaks are written.
 * Iterative: any depth costs no stack.
 */
export function writesNothing(node: AnyNode): boolean {
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) {
      if (!isBlank(n.data)) return false;
      continue;
    }
    if (!isTag(n)) continue;
    const kind = KIND.get(n.name) ?? 0;
    if (kind & DROPPED) continue;
    // Media are written (as blocks, or as links where no block can stand).
    if (kind & MEDIA) return false;
    // Links, images and breaks are written; formatting and unwrapped tags are what is inside.
    if (kind & KEPT && !EMPTY_DROPPED.has(KEEP[n.name]!)) return false;
    for (const c of n.children) stack.push(c);
  }
  return true;
}
// The formatting `tidy` drops when it wraps nothing (`withoutEmptyFormatting`), by output name.
const EMPTY_DROPPED = new Set(['strong', 'em', 'code', 'kbd', 'samp', 'sub', 'sup', 's', 'mark', 'small', 'q', 'cite', 'abbr']);
const EMPTY_FORMATTING = new RegExp(`<(${[...EMPTY_DROPPED].join('|')})(?: [^>]*)?>(\\s*)<\\/\\1>`, 'g');

/**
 * True for tags `inlineContent` unwraps: neither kept (formatting, links, images, breaks), nor
 * dropped with their content, nor media. Their children stand in their place in the output.
 */
export function isUnwrappedInline(name: string): boolean {
  return ((KIND.get(name) ?? 0) & (KEPT | DROPPED | MEDIA)) === 0;
}

/**
 * True for block tags `inlineContent` unwraps (a `<div>` or heading left inside a paragraph):
 * read as inline text, they still end a word.
 */
export function isUnwrappedBlock(name: string): boolean {
  return (KIND.get(name) ?? 0) === 0;
}

/** True for tags that are phrasing (inline) content. */
export function isInlineTag(name: string): boolean {
  return ((KIND.get(name) ?? 0) & (KEPT | PHRASING)) !== 0;
}
const INLINE_OTHER = ['span', 'font', 'u', 'ins', 'time', 'var', 'dfn', 'bdi', 'bdo', 'wbr', 'label', 'data', 'big', 'tt', 'nobr'];

// What each tag is to the serialiser, one bit per list, in one map: these run for every element
// of every paragraph (three lookups in two sets and an object, with `hasOwn`, took about twice as long as one map read).
const KEPT = 1;
const DROPPED = 2;
/** Phrasing content the output unwraps (`span`, `font`, …). */
const PHRASING = 4;
/** Media elements (`MEDIA_TAGS`): blocks, or links where no block can stand. */
const MEDIA = 8;
const KIND = new Map<string, number>();
for (const tag of Object.keys(KEEP)) KIND.set(tag, KEPT);
for (const tag of DROP) KIND.set(tag, (KIND.get(tag) ?? 0) | DROPPED);
for (const tag of INLINE_OTHER) KIND.set(tag, (KIND.get(tag) ?? 0) | PHRASING);
// Not dropped with the other embedded content: media are read, never lost silently.
for (const tag of MEDIA_TAGS) KIND.set(tag, MEDIA);

export type { Element };
