import type { Block, ListBlock } from '../schema/block';
import { oneLine } from '../text/decode';
import { listNumbers } from './list-numbers';

/**
 * Plain text of a body for search indexes and AI pipelines: one paragraph per block, blocks
 * separated by blank lines, list items on their own lines with `-` or `1.`, table rows with
 * cells separated by ` | `.
 *
 * @example renderText([{ type: 'heading', level: 2, text: 'Hi', html: 'Hi', anchor: 'hi' }]) // → 'Hi'
 */
export function renderText(blocks: Block[]): string {
  return blocks.map(blockText).filter((t) => t !== '').join('\n\n');
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'heading':
    case 'paragraph':
      return b.text;
    case 'quote': {
      const text = b.children?.length ? renderText(b.children) : b.text;
      return b.citation ? `${text}\n— ${b.citation}` : text;
    }
    case 'list':
      return listText(b, '');
    case 'image':
      return b.caption ?? '';
    case 'gallery':
      return [...b.images.map((i) => i.caption ?? ''), b.caption ?? ''].filter(Boolean).join('\n');
    case 'code':
      return b.text;
    case 'table':
      return [...b.head, ...b.body, ...b.foot].map((r) => r.map((c) => c.text).join(' | ')).join('\n');
    case 'embed':
      return [b.caption, b.url].filter(Boolean).join('\n');
    case 'media':
      return [b.title, b.caption].filter(Boolean).join('\n');
    case 'button':
      return b.text;
    case 'separator':
      return '';
    case 'details':
      return [b.summary, renderText(b.children)].filter(Boolean).join('\n\n');
    case 'footnotes':
      return b.items.map((i, n) => `${n + 1}. ${i.text}`).join('\n');
    case 'html':
      return oneLine(b.html.replace(/<[^>]*>/g, ' '));
  }
}

function listText(list: ListBlock, indent: string): string {
  const numbers = list.ordered ? listNumbers(list) : [];
  return list.items
    .map((item, i) => {
      const marker = list.ordered ? `${numbers[i]}.` : '-';
      const own = `${indent}${marker} ${item.text.replace(/\n(?=.)/g, `\n${indent}  `)}`;
      return item.children ? `${own}\n${listText(item.children, `${indent}  `)}` : own;
    })
    .join('\n');
}
