import type { MarkdownRule } from '../markdown-rule';
import { escapeMarkdown } from '../escape';

/** ATX heading; inline formatting flattened to its text. */
export const heading: MarkdownRule<'heading'> = (b, ctx) => `${'#'.repeat(b.level)} ${escapeMarkdown(b.text.replace(/\s+/g, ' '), ctx)}`;
