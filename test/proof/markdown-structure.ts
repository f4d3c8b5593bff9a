import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { norm, type Structure } from './expected-structure';

type Token = ReturnType<ReturnType<typeof markdownParser>['parse']>[number];

/** CommonMark + GFM tables and strikethrough + footnotes; raw HTML off, so any tag shows as text. */
export function markdownParser(html = false) {
  return new MarkdownIt('commonmark', { html }).enable(['table', 'strikethrough']).use(footnote);
}

/**
 * The structure markdown-it reads from `markdown` (front matter must be stripped first): the
 * same events as `expectedStructure`, URLs normalised back (`%20` → space) for comparison.
 */
export function markdownStructure(markdown: string, md: ReturnType<typeof markdownParser> = markdownParser()): Structure {
  const tokens = md.parse(markdown, {});
  const s: Structure = { events: [], urls: [] };
  let row: string[] | null = null;
  let item: string[] | null = null;
  const items: (string[] | null)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open':
        s.events.push(`${t.tag}: ${inline(tokens[++i]!, s)}`);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (item) s.events.push(`li: ${item.join(' ¶ ')}`);
        items.push(null);
        item = null;
        s.events.push(t.type === 'bullet_list_open' ? 'list:ul' : `list:ol@${t.attrGet('start') ?? 1}`);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        if (item) s.events.push(`li: ${item.join(' ¶ ')}`);
        items.pop();
        item = null;
        s.events.push('/list');
        break;
      case 'list_item_open':
        item = [];
        break;
      case 'list_item_close':
        if (item) s.events.push(`li: ${item.join(' ¶ ')}`);
        item = null;
        break;
      case 'paragraph_open': {
        const text = inline(tokens[++i]!, s);
        if (item) item.push(text);
        else if (!row) s.events.push(`p: ${text}`);
        break;
      }
      case 'blockquote_open':
        s.events.push('quote');
        break;
      case 'blockquote_close':
        s.events.push('/quote');
        break;
      case 'fence':
      case 'code_block':
        s.events.push(`code[${t.info.trim().split(/\s+/)[0]}]: ${JSON.stringify(t.content.replace(/\n$/, ''))}`);
        break;
      case 'hr':
        s.events.push('hr');
        break;
      case 'table_open':
        s.events.push('table');
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        s.events.push(`tr: ${row!.join(' | ')}`);
        row = null;
        break;
      case 'inline':
        if (row) row.push(inline(t, s));
        break;
      case 'footnote_open':
        s.events.push('footnote');
        break;
      case 'html_block':
        s.events.push(`html: ${t.content.trim().slice(0, 30)}`);
        break;
      default:
        break;
    }
  }
  return s;
}

function inline(t: Token, s: Structure): string {
  let text = '';
  for (const c of t.children ?? []) {
    if (c.type === 'text' || c.type === 'code_inline') text += c.content;
    else if (c.type === 'softbreak') text += ' ';
    else if (c.type === 'hardbreak') text += '\n';
    else if (c.type === 'image') s.urls.push(`img:${decode(String(c.attrGet('src') ?? ''))}`);
    else if (c.type === 'link_open') s.urls.push(`a:${decode(String(c.attrGet('href') ?? ''))}`);
    else if (c.type === 'footnote_ref') text += `[^${(c.meta as { label: string }).label}]`;
    else if (c.type === 'html_inline') text += c.content;
  }
  return norm(text);
}

function decode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
