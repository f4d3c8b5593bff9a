import type { Image } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { escapeMarkdown } from '../escape';
import { linkDestination } from '../link-destination';

/** `![alt](src "title")`, wrapped in its link when it has one, with the caption as an emphasised line below. */
export const image: MarkdownRule<'image'> = (b, ctx) => imageMarkdown(b, ctx);

/** One image (shared by the gallery rule). */
export function imageMarkdown(b: Image, ctx: MarkdownContext): string {
  const alt = escapeMarkdown(b.alt, ctx).replace(/[[\]]/g, '\\$&');
  const title = b.title ? ` "${b.title.replace(/"/g, '\\"')}"` : '';
  const img = `![${alt}](${linkDestination(ctx.rewriteUrl(b.src))}${title})`;
  const linked = b.link ? `[${img}](${linkDestination(ctx.rewriteUrl(b.link))})` : img;
  return b.caption ? `${linked}\n\n*${escapeMarkdown(b.caption, ctx)}*` : linked;
}
