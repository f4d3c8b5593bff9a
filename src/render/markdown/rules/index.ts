import type { Block } from '../../../schema/block';
import type { MarkdownRule } from '../markdown-rule';
import { button } from './button';
import { code } from './code';
import { details } from './details';
import { embed } from './embed';
import { footnotes } from './footnotes';
import { gallery } from './gallery';
import { heading } from './heading';
import { html } from './html';
import { image } from './image';
import { list } from './list';
import { media } from './media';
import { paragraph } from './paragraph';
import { quote } from './quote';
import { separator } from './separator';
import { table } from './table';

/** The Markdown rule for each block type; `toMarkdown(article, { rules })` merges yours over these. */
export type MarkdownRules = { [T in Block['type']]: MarkdownRule<T> };

/** The default Markdown rules. */
export const defaultMarkdownRules: MarkdownRules = {
  heading, paragraph, list, image, gallery, quote, code, table, embed, media, button, separator, details, footnotes, html,
};
