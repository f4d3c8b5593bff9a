import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { linkDestination } from '../link-destination';

/** Audio, video and files as a link to the file (with HTML allowed, audio/video as elements). */
export const media: MarkdownRule<'media'> = (b, ctx) => {
  const src = ctx.rewriteUrl(b.src);
  const label = escapeMarkdown(b.title ?? b.caption ?? src.split('/').pop() ?? src, ctx);
  const main = ctx.html && b.kind !== 'file' ? `<${b.kind} controls src="${src.replace(/"/g, '&quot;')}"></${b.kind}>` : `[${label}](${linkDestination(src)})`;
  return b.caption && b.caption !== b.title ? `${main}\n\n*${escapeMarkdown(b.caption, ctx)}*` : main;
};
