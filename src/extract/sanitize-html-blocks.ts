import type { Context } from '../context';
import { applyRules } from '../clean/apply-rules';
import { common } from '../clean/profiles/common';
import { parseHtml } from '../dom/dom';
import { renderHtml } from '../render/to-html';
import type { Block } from '../schema/block';
import { walkBlocks } from './body/walk-blocks';

/**
 * `html` blocks come only from handlers users add; their HTML is untrusted like any input. It is
 * cleaned by the common rules (scripts, forms, objects…), run through the same walker
 * (allow-list, safe URLs) and rendered back, so an `html` block
 * holds nothing a built-in block could not. Nested blocks are visited iteratively.
 */
export function sanitizeHtmlBlocks(body: Block[], ctx: Context): void {
  const lists: Block[][] = [body];
  while (lists.length) {
    const list = lists.pop()!;
    for (let i = 0; i < list.length; i++) {
      const b = list[i]!;
      if (b.type === 'html') list[i] = { type: 'html', html: clean(b.html, ctx) };
      else if (b.type === 'details' || b.type === 'quote') lists.push(b.children);
    }
  }
}

function clean(html: string, ctx: Context): string {
  const root = parseHtml(html);
  applyRules(root, common.rules, ctx);
  return renderHtml(walkBlocks(root.children, ctx, ctx.options.blockHandlers));
}
