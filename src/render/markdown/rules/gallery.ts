import type { MarkdownRule } from '../markdown-rule';
import { captionLine } from '../caption-line';
import { imageMarkdown } from './image';

/** Each image of the gallery as its own paragraph (with its caption), then the gallery caption. */
export const gallery: MarkdownRule<'gallery'> = (b, ctx) =>
  [...b.images.map((i) => imageMarkdown(i, ctx)), b.caption ? captionLine(b.caption, ctx) : ''].filter(Boolean).join('\n\n');
