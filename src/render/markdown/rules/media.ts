import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { escapeAttribute, oneLine } from '../../../text/decode';
import { linkDestination } from '../link-destination';
import { withCaption } from '../caption-line';
import { fileName } from '../file-name';

/** Audio, video and files as a link to the file (with HTML allowed, audio/video as elements). */
export const media: MarkdownRule<'media'> = (b, ctx) => {
  const src = ctx.rewriteUrl(b.src);
  const label = escapeMarkdown(oneLine(b.title ?? b.caption ?? fileName(src)), ctx).replace(/(?<!\\)[[\]]/g, '\\$&');
  const main = ctx.html && b.kind !== 'file' ? `<${b.kind} controls src="${escapeAttribute(src)}"></${b.kind}>` : `[${label || escapeMarkdown(src, ctx)}](${linkDestination(src)})`;
  // The caption already stands as the link text when the file has no title.
  const captionShown = b.title === null && !(ctx.html && b.kind !== 'file');
  return withCaption(main, b.caption && b.caption !== b.title && !captionShown ? b.caption : null, ctx);
};
