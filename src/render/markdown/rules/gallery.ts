import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { imageMarkdown } from './image';

/** Each image of the gallery as its own paragraph, then the gallery caption. */
export const gallery: MarkdownRule<'gallery'> = (b, ctx) =>
  [...b.images.map((i) => imageMarkdown(i, ctx)), ...(b.caption ? [`*${escapeMarkdown(b.caption, ctx)}*`] : [])].join('\n\n');
