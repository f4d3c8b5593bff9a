import type { Block } from '../schema/block';

/**
 * The excerpt WordPress makes for a post that has none (`wp_trim_excerpt`): the words of its
 * text (paragraphs, headings, list items, quotes, tables, code; not images, galleries, embeds,
 * players, buttons or raw HTML, as core shortcodes and non-text blocks are left out there), the
 * first 55, without REST's ` […]` (which `extractExcerpt` removes too). Used when the input has no
 * excerpt at all (an export, stored content): REST always sends the one WordPress made.
 *
 * @example trimExcerpt([{ type: 'paragraph', text: 'Short post.', html: 'Short post.' }]) // → 'Short post.'
 */
export function trimExcerpt(body: Block[], words = 55): string | null {
  const all: string[] = [];
  const add = (text: string | null) => {
    for (const w of (text ?? '').split(/\s+/)) if (w && all.length < words) all.push(w);
  };
  const stack = [...body].reverse();
  while (stack.length && all.length < words) {
    const b = stack.pop()!;
    if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'code') add(b.text);
    else if (b.type === 'list') {
      const lists = [b];
      while (lists.length) for (const item of lists.shift()!.items) {
        add(item.text);
        if (item.children) lists.push(item.children);
      }
    } else if (b.type === 'table') for (const row of [...b.head, ...b.body, ...b.foot]) for (const cell of row) add(cell.text);
    else if (b.type === 'quote' || b.type === 'details') {
      if (b.type === 'details') add(b.summary);
      for (let i = b.children.length - 1; i >= 0; i--) stack.push(b.children[i]!);
    }
  }
  return all.length ? all.join(' ') : null;
}
