import { isTag } from '../../../dom/dom';
import type { BlockHandler } from '../block-handler';

/**
 * `<u-footnotes>` (canonical footnotes: `<li id>` notes, back-links already removed) →
 * footnotes block. References in the text stay inline as `<sup><a href="#id">n</a></sup>`.
 *
 * @example footnotes(<u-footnotes><li id="fn-1">Note</li></u-footnotes>) // → [{ type: 'footnotes', items: [{ id: 'fn-1', text: 'Note', html: 'Note' }] }]
 */
export const footnotes: BlockHandler = (el, ctx) => {
  const items: { id: string; text: string; html: string }[] = [];
  for (const li of el.children) {
    if (!isTag(li) || li.name !== 'li') continue;
    const { html, text } = ctx.inline(li.children);
    const id = (li.attribs.id ?? '').trim() || `fn-${items.length + 1}`;
    if (text || html) items.push({ id, text, html });
  }
  return items.length ? [{ type: 'footnotes', items }] : [];
};
