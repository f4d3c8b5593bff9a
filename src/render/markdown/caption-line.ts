import { escapeMarkdown } from './escape';
import type { MarkdownContext } from './markdown-context';
import { oneLine } from '../../text/decode';

/**
 * A caption as an emphasised line of its own (`*A caption*`), whitespace collapsed.
 *
 * @example captionLine('Photo: *me*', ctx) // → '*Photo: \\*me\\**'
 */
export function captionLine(caption: string, ctx: MarkdownContext): string {
  const text = oneLine(caption);
  return text ? `*${escapeMarkdown(text, ctx)}*` : '';
}

/** `main`, then its caption line below when there is one. */
export function withCaption(main: string, caption: string | null, ctx: MarkdownContext): string {
  const line = caption ? captionLine(caption, ctx) : '';
  return line ? `${main}\n\n${line}` : main;
}
