import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';
import { linkDestination } from '../link-destination';

/** A button is a link on its own line. */
export const button: MarkdownRule<'button'> = (b, ctx) =>
  b.href ? `[${escapeMarkdown(b.text, ctx)}](${linkDestination(ctx.rewriteUrl(b.href))})` : escapeMarkdown(b.text, ctx);
