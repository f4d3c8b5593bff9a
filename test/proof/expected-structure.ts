import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode } from 'domhandler';
import type { Block, ListBlock } from '../../src/schema/block';
import { tableGrid } from '../../src/render/markdown/table-grid';
import { listNumbers } from '../../src/render/list-numbers';

/**
 * The block structure a Markdown rendering of `blocks` must parse back to, as a flat list of
 * events (`h2: Title`, `list:ol@3`, `li: text`, `tr: a | b`, `code[ts]: "…"`), plus the link
 * and image URLs in document order. Written from the block tree alone, not from the renderer.
 */
export interface Structure {
  events: string[];
  urls: string[];
}

export type Mode = 'md' | 'mdx';

/** Blocks whose Markdown has no structure of their own to predict (turndown output). */
export type Opaque = (block: Block) => Structure;

export function expectedStructure(blocks: Block[], mode: Mode, opaque: Opaque): Structure {
  const out: Structure = { events: [], urls: [] };
  const notes: Structure = { events: [], urls: [] };
  const footnoteIds = new Set<string>();
  const walk = (bs: Block[]) => bs.forEach((b) => (b.type === 'details' ? walk(b.children) : b.type === 'footnotes' ? b.items.forEach((i) => footnoteIds.add(i.id)) : null));
  walk(blocks);
  const referenced = [...footnoteIds].some((id) => JSON.stringify(blocks).includes(`#fn-${id}\\"`) || JSON.stringify(blocks).includes(`#${id}\\"`));
  const inline = (html: string, s: Structure = out) => inlineText(html, s, footnoteIds);
  const para = (html: string, s: Structure = out) => s.events.push(`p: ${inline(html, s)}`);
  const text = (t: string) => out.events.push(`p: ${norm(t)}`);

  const list = (l: ListBlock) => {
    // The numbers a browser shows; a list Markdown cannot count shows them as text in bullets.
    const numbers = l.ordered ? listNumbers(l) : [];
    const counts = numbers.every((n, i) => n === numbers[0]! + i && n >= 0);
    out.events.push(l.ordered && counts ? `list:ol@${numbers[0] ?? 1}` : 'list:ul');
    l.items.forEach((item, i) => {
      const prefix = l.ordered && !counts ? `${numbers[i]}. ` : '';
      out.events.push(`li: ${prefix}${item.html.split(/<br>\s*<br>/).map((p) => inline(p)).filter(Boolean).join(' ¶ ')}`.trimEnd());
      if (item.children?.items.length) list(item.children);
    });
    out.events.push('/list');
  };
  const image = (i: Extract<Block, { type: 'image' }>) => {
    if (i.link) out.urls.push(`a:${i.link}`);
    out.urls.push(`img:${i.src}`);
    out.events.push('p: ');
    if (i.caption) text(i.caption);
  };

  for (const b of blocks) block(b);
  function block(b: Block): void {
    switch (b.type) {
      case 'heading':
        // Written with the paragraph renderer: its links count; a line break is a space.
        out.events.push(`h${b.level}: ${norm(inline(b.html.replace(/<br>/g, ' ')))}`);
        return;
      case 'paragraph':
        if (b.html) para(b.html);
        return;
      case 'list':
        if (b.items.length) list(b);
        return;
      case 'image':
        return image(b);
      case 'gallery':
        b.images.forEach(image);
        if (b.caption) text(b.caption);
        return;
      case 'quote':
        out.events.push('quote');
        if (b.children?.length) b.children.forEach(block);
        else b.html.split(/<br>\s*<br>/).filter((p) => p.trim()).forEach((p) => para(p));
        if (b.citation) text(`— ${b.citation}`);
        out.events.push('/quote');
        return;
      case 'code':
        out.events.push(`code[${(b.language ?? '').trim().split(/\s+/)[0]}]: ${JSON.stringify(b.text)}`);
        return;
      case 'table': {
        const all = [...b.head, ...b.body, ...b.foot];
        const rows = tableGrid([b.head, b.body, b.foot]) ?? all;
        if (!rows.length) return;
        out.events.push('table');
        // GFM needs a header: a table without one gets an empty header row, and keeps its rows.
        if (!b.head.length) out.events.push(`tr: ${Array<string>(rows.reduce((w, r) => Math.max(w, r.length), 1)).fill('').join(' | ')}`);
        for (const r of rows) out.events.push(`tr: ${r.map((c) => (c ? inline(c.html.replace(/<br>/g, ' ')) : '')).join(' | ')}`);
        if (b.caption) text(b.caption);
        return;
      }
      case 'embed':
        if (mode === 'mdx') out.events.push(`jsx: ${(b.id && COMPONENTS[b.provider]) || 'Embed'}`);
        else text(b.url);
        if (b.caption) text(b.caption);
        return;
      case 'media':
        out.urls.push(`a:${b.src}`);
        out.events.push(`p: ${norm(b.title ?? b.caption ?? decodeURIComponent(b.src.split(/[?#]/)[0]!.split('/').pop() || b.src))}`);
        // Without a title the caption is the link text, so it is not repeated below.
        if (b.caption && b.title !== null && b.caption !== b.title) text(b.caption);
        return;
      case 'button':
        if (b.href) out.urls.push(`a:${b.href}`);
        out.events.push(`p: ${norm(b.text) || (b.href ? norm(b.href) : '')}`);
        return;
      case 'separator':
        out.events.push('hr');
        return;
      case 'details':
        if (b.summary.trim()) text(b.summary);
        b.children.forEach(block);
        return;
      case 'footnotes':
        if (!referenced) {
          out.events.push('list:ol@1');
          for (const i of b.items) out.events.push(`li: ${inline(i.html.replace(BACK, ' '))}`);
          out.events.push('/list');
          return;
        }
        for (const i of b.items) {
          notes.events.push('footnote');
          i.html.replace(BACK, ' ').split(/<br>\s*<br>/).filter((p) => p.trim()).forEach((p) => para(p, notes));
        }
        return;
      case 'html': {
        const s = opaque(b);
        out.events.push(...s.events);
        out.urls.push(...s.urls);
        return;
      }
    }
  }
  return { events: [...out.events, ...notes.events], urls: [...out.urls, ...notes.urls] };
}

/** The components `embeds: 'mdx'` promises for providers with an id. */
const COMPONENTS: Record<string, string> = { youtube: 'YouTube', vimeo: 'Vimeo', twitter: 'Tweet', instagram: 'Instagram', tiktok: 'TikTok', spotify: 'Spotify' };

const BACK = /\s*<a href="#[^"]*"[^>]*>\s*(?:↩\uFE0E?\uFE0F?|↑|\^)\s*<\/a>\s*/g;

/** Visible text of inline HTML (br → newline, q → curly quotes), recording link and image URLs. */
function inlineText(html: string, s: Structure, footnoteIds: Set<string>): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const visit = (n: AnyNode): string => {
    if (isText(n)) return n.data;
    if (!isTag(n)) return '';
    const inner = () => n.children.map(visit).join('');
    if (n.name === 'br') return '\n';
    if (n.name === 'img') {
      s.urls.push(`img:${n.attribs.src ?? ''}`);
      return '';
    }
    if (n.name === 'q') return `“${inner()}”`;
    if (n.name === 'a') {
      const href = n.attribs.href ?? '';
      const id = href.replace(/^#(?:(?:fn|footnote|note)[-:_]?)?/, '');
      if (href.startsWith('#') && (footnoteIds.has(id) || footnoteIds.has(href.slice(1)))) return `[^${inner()}]`;
      const at = s.urls.length;
      const text = inner();
      if (text.trim()) s.urls.splice(at, 0, `a:${href}`);
      return text;
    }
    return inner();
  };
  return norm(doc.children.map(visit).join(''));
}

/** Whitespace collapsed within lines, lines trimmed. */
export function norm(t: string): string {
  return t.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).join('\n').trim();
}
