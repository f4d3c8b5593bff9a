import type { MarkdownRule } from '../markdown-rule';

/** Thematic break. */
export const separator: MarkdownRule<'separator'> = () => '---';
