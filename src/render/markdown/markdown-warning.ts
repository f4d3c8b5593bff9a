import type { RenderWarningCode } from '../../schema/article';
import type { MarkdownContext } from './markdown-context';

/**
 * Records something the Markdown could not say exactly (rules call it as `ctx.warn`), at the block being rendered
 * (`body[3]`, `body[3].children[0]`, from `ctx.at`), once per code, message and place.
 *
 * @example markdownWarning(ctx, 'heading_line_break', 'A line break in a heading was written as a space')
 */
export function markdownWarning(ctx: Pick<MarkdownContext, 'at' | 'warnings'>, code: RenderWarningCode, message: string): void {
  const path = ctx.at.length ? ctx.at.map((i, k) => (k ? `.children[${i}]` : `body[${i}]`)).join('') : null;
  if (ctx.warnings.some((w) => w.code === code && w.message === message && w.path === path)) return;
  ctx.warnings.push({ code, message, path });
}
