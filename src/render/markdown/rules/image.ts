import type { Image } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import type { MarkdownContext } from '../markdown-context';
import { escapeMarkdown } from '../escape';
import { escapeAttribute, escapeHtml, oneLine } from '../../../text/decode';
import { linkDestination, linkTitle } from '../link-destination';
import { withCaption } from '../caption-line';

/**
 * `![alt](src "title")`, wrapped in its link when it has one, with the caption as an
 * emphasised line below; with HTML allowed, a captioned image is a `<figure>`.
 */
export const image: MarkdownRule<'image'> = (b, ctx) => imageMarkdown(b, ctx);

/** One image (shared by the gallery rule). */
export function imageMarkdown(b: Image, ctx: MarkdownContext): string {
  if (ctx.html && b.caption) return figure(b, ctx);
  const alt = escapeMarkdown(oneLine(b.alt), ctx).replace(/(?<!\\)[[\]]/g, '\\$&');
  const img = `![${alt}](${linkDestination(ctx.rewriteUrl(b.src))}${linkTitle(b.title)})`;
  const linked = b.link ? `[${img}](${linkDestination(ctx.rewriteUrl(b.link))})` : img;
  return withCaption(linked, b.caption, ctx);
}

function figure(b: Image, ctx: MarkdownContext): string {
  const end = ctx.mdx ? ' />' : '>';
  const title = b.title ? ` title="${escapeAttribute(b.title)}"` : '';
  const img = `<img src="${escapeAttribute(ctx.rewriteUrl(b.src))}" alt="${escapeAttribute(b.alt)}"${title}${end}`;
  const linked = b.link ? `<a href="${escapeAttribute(ctx.rewriteUrl(b.link))}">${img}</a>` : img;
  const caption = escapeHtml(b.caption ?? '');
  return `<figure>${linked}<figcaption>${ctx.mdx ? caption.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;') : caption}</figcaption></figure>`;
}
