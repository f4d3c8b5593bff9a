import { isTag, isText, type AnyNode, type Element } from '../../dom/dom';
import { escapeLineStart, escapeMarkdown } from './escape';
import { footnoteLabel } from './footnote-label';
import { hugoLiteral } from './hugo-literal';
import { linkDestination, linkTitle } from './link-destination';
import { readInlineHtml } from './read-inline-html';
import { seamEscape } from './seam-escape';
import { DELIMS, emphasis } from './emphasis';
import { unicodeScript } from './unicode-script';
import type { MarkdownContext } from './markdown-context';
import { own } from '../../text/own';
import { trimLineEnds } from '../../text/trim-space';

/** Tags kept as HTML when it is allowed, else reduced to their text. */
const HTML_ONLY = new Set(['sub', 'sup', 'mark', 'kbd', 'abbr', 'small', 'cite', 'samp']);

/**
 * A rendered child: Markdown, text not yet escaped, emphasis whose delimiters depend on its
 * neighbours, or code. Text and code are written once their neighbours are known: text on both
 * sides of a dropped wrapper is one text (`<b>&lt;</b>img …&gt;` escaped piece by piece was
 * `<` and `img …>`, a live tag once joined), and two code spans side by side would merge their
 * backtick fences into one run, the text between read as Markdown, HTML included.
 */
type Piece = string | string[] | { text: string } | { tag: string; pieces: Piece[] } | { code: string };

/**
 * Converts unpress's sanitised inline HTML (a, strong, em, code, br, img, sub, sup, s, mark, …)
 * to Markdown. Tags Markdown cannot express keep their text, or stay as HTML when `html` is on.
 * Emphasis that CommonMark would not read back (`foo**"bar"**`) keeps its text (or becomes
 * `<strong>` with HTML allowed) instead of leaving stray `**` behind.
 *
 * `inLink`: the text goes inside a link's brackets (a button's label), so `[` and `]` in it are escaped.
 *
 * @example inlineMarkdown('Use <code>npm i</code> <em>now</em>', ctx) // → 'Use `npm i` *now*'
 */
export function inlineMarkdown(html: string, ctx: MarkdownContext, inLink = false): string {
  if (!inLink && !/[<&]/.test(html)) return escapeLines(escapeMarkdown(html, ctx), ctx).trim();
  return trimLineEnds(escapeLines(nodes(readInlineHtml(html), ctx, new Set(), inLink), ctx)).trim();
}

function escapeLines(s: string, ctx: MarkdownContext): string {
  // Most inline content is one line: no array to split into and join again.
  if (!s.includes('\n')) return escapeLineStart(s, ctx);
  return s.split('\n').map((l) => escapeLineStart(l, ctx)).join('\n');
}

function nodes(list: AnyNode[], ctx: MarkdownContext, open: Set<string>, inLink: boolean): string {
  return join(piecesOf(list, ctx, open, inLink), ctx, inLink);
}

function piecesOf(list: AnyNode[], ctx: MarkdownContext, open: Set<string>, inLink: boolean): Piece[] {
  const pieces: Piece[] = [];
  collect(list, ctx, open, inLink, pieces);
  return pieces;
}

// Writes pieces in order. Text and code are written once what follows them is known, so text
// right after text is escaped with it as one (the final text of a run, not its pieces), and code
// right after code joins its span. Emphasis that cannot be written (not flanking, without HTML)
// gives its pieces back in its place: its text joins its neighbours' text, code inside it and
// code beside it become one span (written as two, the backtick fences ran together and the text
// after them, `<b>` included, was read as Markdown), and its edges meet their real neighbours.
function join(pieces: Piece[], ctx: MarkdownContext, inLink: boolean): string {
  let out = '';
  // The last two characters of `out`, kept aside: reading the end of a string built with `+=`
  // flattens it, and doing that for every piece made a long paragraph quadratic.
  let tail = '';
  let code: string | null = null;
  let text: string | null = null;
  const write = (s: string) => {
    const seam = seamEscape(tail, s);
    if (seam) {
      out = out.slice(0, -seam.cut) + seam.with;
      tail = (tail.slice(0, -seam.cut) + seam.with).slice(-2);
    }
    out += s;
    tail = (tail + s).slice(-2);
  };
  const writeParts = (s: string | string[]) => {
    if (typeof s === 'string') write(s);
    else for (const part of s) if (part) write(part);
  };
  const flush = () => {
    if (code !== null) write(codeSpan(ctx.hugo ? hugoLiteral(code) : code));
    else if (text !== null) write(escapeText(text, ctx, inLink));
    code = text = null;
  };
  // A stack, not an index: pieces given back by emphasis are pushed in front of the rest.
  const stack = pieces.slice().reverse();
  while (stack.length) {
    const p = stack.pop()!;
    if (typeof p === 'string' || Array.isArray(p)) {
      if (p.length === 0) continue;
      flush();
      writeParts(p);
    } else if ('text' in p) {
      if (code !== null) flush();
      text = (text ?? '') + p.text;
    } else if ('code' in p) {
      if (text !== null) flush();
      code = (code ?? '') + p.code;
    } else {
      const prev = code !== null ? '`' : text !== null ? text.slice(-1) : tail.slice(-1);
      const inner = join(p.pieces, ctx, inLink);
      const s = emphasis(p.tag, inner, prev, nextChar(stack, ctx, inLink), ctx);
      if (s === null) {
        if (inner.trim()) ctx.warn('inline_tag_flattened', `<${p.tag}> written as its text: Markdown would not read its delimiters here (html: true keeps it)`);
        for (let k = p.pieces.length - 1; k >= 0; k--) stack.push(p.pieces[k]!);
        continue;
      }
      flush();
      writeParts(s);
    }
  }
  flush();
  return out;
}

function escapeText(text: string, ctx: MarkdownContext, inLink: boolean): string {
  const t = escapeMarkdown(text, ctx);
  return inLink ? t.replace(/(?<!\\)[[\]]/g, '\\$&') : t;
}

// The first character written after an emphasis: the escaped form of the text that follows
// (all of it up to the next other piece: escaping depends on what comes after).
function nextChar(stack: Piece[], ctx: MarkdownContext, inLink: boolean): string {
  const next = stack[stack.length - 1];
  if (next === undefined) return '';
  if (typeof next === 'string') return next[0] ?? '';
  if (Array.isArray(next)) return next.find(Boolean)?.[0] ?? '';
  if ('code' in next) return '`';
  if (!('text' in next)) return '*';
  let text = '';
  for (let k = stack.length - 1; k >= 0; k--) {
    const p = stack[k]!;
    if (typeof p !== 'object' || !('text' in p)) break;
    text += p.text;
  }
  return escapeText(text, ctx, inLink)[0] ?? '';
}

// The pieces of `list`. Elements written as their content alone (a tag Markdown has no syntax
// for, without HTML; emphasis inside the same emphasis; unknown tags) add their children's
// pieces here, so code side by side merges into one span across them too: two spans written
// one after the other (`<sup><code>a</code></sup><sup><code>b</code></sup>`) would join their
// backtick fences into one run, and what followed, braces included, was read as Markdown (MDX
// expressions).
function collect(list: AnyNode[], ctx: MarkdownContext, open: Set<string>, inLink: boolean, pieces: Piece[]): void {
  for (const n of list) {
    if (isTag(n) && contentOnly(n, ctx, open)) {
      if (HTML_ONLY.has(n.name)) {
        // No inline HTML where the Markdown goes: sub/superscript digits have Unicode forms;
        // anything else keeps its text, and the lost formatting is warned.
        const script = unicodeScript(n.name, textOf(n));
        if (script !== null && n.children.every(isText)) {
          pieces.push({ text: script });
          continue;
        }
        ctx.warn('inline_tag_flattened', `<${n.name}> written as its text: this Markdown shows no inline HTML (html: true keeps it)`);
      }
      collect(n.children, ctx, open, inLink, pieces);
      continue;
    }
    const p = node(n, ctx, open, inLink);
    const last = pieces[pieces.length - 1];
    if (typeof p === 'object' && 'code' in p && typeof last === 'object' && 'code' in last) last.code += p.code;
    else pieces.push(p);
  }
}

/** Tags `node` writes in their own way; any other tag is its content alone (or HTML, with `html`). */
const OWN_SYNTAX = new Set(['code', 'br', 'a', 'img', 'q']);

function contentOnly(n: Element, ctx: MarkdownContext, open: Set<string>): boolean {
  if (own(DELIMS, n.name)) return open.has(n.name);
  if (OWN_SYNTAX.has(n.name)) return false;
  if (n.name === 'sup') return !ctx.inlineHtml && !footnoteRef(n, ctx);
  return !ctx.inlineHtml || !HTML_ONLY.has(n.name);
}

// A footnote reference (`<sup><a href="#id">1</a></sup>`): its link, written `[^1]`.
function footnoteRef(n: Element, ctx: MarkdownContext): Element | null {
  const only = n.children.filter((c) => !isText(c) || c.data.trim() !== '');
  return only.length === 1 && isTag(only[0]!) && only[0].name === 'a' && footnoteLabel(only[0].attribs.href, ctx) ? only[0] : null;
}

function node(n: AnyNode, ctx: MarkdownContext, open: Set<string>, inLink: boolean): Piece {
  if (isText(n)) return { text: n.data };
  if (!isTag(n)) return '';
  const inner = (o = open, l = inLink) => nodes(n.children, ctx, o, l);
  // Emphasis inside the same emphasis never comes here: `collect` adds its content to its parent's.
  if (own(DELIMS, n.name)) return { tag: n.name, pieces: piecesOf(n.children, ctx, new Set([...open, n.name]), inLink) };
  switch (n.name) {
    case 'code':
      return { code: textOf(n) };
    case 'br':
      return '\\\n';
    case 'a':
      return link(n, ctx, () => inner(open, true));
    case 'img': {
      const alt = escapeMarkdown(n.attribs.alt ?? '', ctx).replace(/(?<!\\)[[\]]/g, '\\$&');
      return `![${alt}](${linkDestination(ctx.rewriteUrl(n.attribs.src ?? ''))}${linkTitle(n.attribs.title)})`;
    }
    case 'sup': {
      // A footnote reference is written `[^1]`, without the sup.
      const ref = footnoteRef(n, ctx);
      return ref ? link(ref, ctx, () => '') : htmlOnly(n, inner(), ctx);
    }
    case 'q':
      return ctx.inlineHtml ? ['<q>', inner(), '</q>'] : `“${inner()}”`;
    default:
      return HTML_ONLY.has(n.name) ? htmlOnly(n, inner(), ctx) : inner();
  }
}

function link(n: Element, ctx: MarkdownContext, inner: () => string): string {
  const label = footnoteLabel(n.attribs.href, ctx);
  if (label) return `[^${label}]`;
  const text = inner();
  if (!text.trim()) return '';
  return `[${text}](${linkDestination(ctx.rewriteUrl(n.attribs.href ?? ''))}${linkTitle(n.attribs.title)})`;
}

function htmlOnly(n: Element, inner: string, ctx: MarkdownContext): Piece {
  if (!ctx.inlineHtml || !inner) return inner;
  const title = n.name === 'abbr' && n.attribs.title ? ` title="${n.attribs.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` : '';
  return [`<${n.name}${title}>`, inner, `</${n.name}>`];
}

/** A code span whose fence is longer than any backtick run inside. */
export function codeSpan(code: string): string {
  if (code === '') return '';
  const runs = code.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const flat = code.replace(/\n/g, ' ');
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim()) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function textOf(n: AnyNode): string {
  if (isText(n)) return n.data;
  return isTag(n) ? n.children.map(textOf).join('') : '';
}
