import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode } from 'domhandler';
import { escapeLineStart, escapeMarkdown } from './escape';
import { linkDestination } from './link-destination';
import type { MarkdownContext } from './markdown-context';

/**
 * Converts unpress's sanitised inline HTML (a, strong, em, code, br, img, sub, sup, s, mark, …)
 * to Markdown. Tags Markdown cannot express keep their text, or stay as HTML when `html` is on.
 */
export function inlineMarkdown(html: string, ctx: MarkdownContext): string {
  if (!html.includes('<') && !html.includes('&')) return escapeLines(escapeMarkdown(html, ctx));
  const doc = parseDocument(html, { decodeEntities: true });
  return escapeLines(nodes(doc.children, ctx)).replace(/[ \t]+$/gm, '').trim();
}

function escapeLines(s: string): string {
  return s.split('\n').map(escapeLineStart).join('\n');
}

function nodes(list: AnyNode[], ctx: MarkdownContext): string {
  let out = '';
  for (const n of list) out += node(n, ctx);
  return out;
}

function node(n: AnyNode, ctx: MarkdownContext): string {
  if (isText(n)) return escapeMarkdown(n.data, ctx);
  if (!isTag(n)) return '';
  const inner = () => nodes(n.children, ctx);
  switch (n.name) {
    case 'strong':
      return wrap('**', inner());
    case 'em':
      return wrap('*', inner());
    case 's':
      return wrap('~~', inner());
    case 'code':
      return codeSpan(textOf(n));
    case 'br':
      return '\\\n';
    case 'a': {
      const href = n.attribs.href ?? '';
      const text = inner();
      if (!text.trim()) return '';
      const title = n.attribs.title ? ` "${n.attribs.title.replace(/"/g, '\\"')}"` : '';
      return `[${text}](${linkDestination(ctx.rewriteUrl(href))}${title})`;
    }
    case 'img': {
      const alt = escapeMarkdown(n.attribs.alt ?? '', ctx).replace(/[[\]]/g, '\\$&');
      return `![${alt}](${linkDestination(ctx.rewriteUrl(n.attribs.src ?? ''))})`;
    }
    case 'sub':
    case 'sup':
    case 'mark':
    case 'kbd':
    case 'abbr':
    case 'small':
    case 'cite':
    case 'q':
    case 'samp':
      return ctx.html && !ctx.mdx ? `<${n.name}>${inner()}</${n.name}>` : n.name === 'q' ? `“${inner()}”` : inner();
    default:
      return inner();
  }
}

// Emphasis markers must hug the text: `** x **` is not bold, so move the spaces outside.
function wrap(marker: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  if (!m[2]) return text;
  return `${m[1]}${marker}${m[2]}${marker}${m[3]}`;
}

/** A code span whose fence is longer than any backtick run inside. */
export function codeSpan(code: string): string {
  const runs = code.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || (code.startsWith(' ') && code.endsWith(' ') && code.trim()) ? ' ' : '';
  return `${fence}${pad}${code.replace(/\n/g, ' ')}${pad}${fence}`;
}

function textOf(n: AnyNode): string {
  if (isText(n)) return n.data;
  return isTag(n) ? n.children.map(textOf).join('') : '';
}
