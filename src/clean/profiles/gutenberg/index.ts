import type { Profile } from '../../profile';
import { headingWithBlocks } from '../classic/heading-with-blocks';
import { accordion } from './accordion';
import { button } from './button';
import { codeLanguage } from './code-language';
import { cover } from './cover';
import { embed } from './embed';
import { file } from './file';
import { footnotes } from './footnotes';
import { gallery } from './gallery';
import { moreTag } from './more-tag';
import { postTemplate } from './post-template';
import { spacer } from './spacer';
import { verse } from './verse';

/**
 * The block editor: `wp-block-*` classes in the rendered HTML, `<!-- wp:… -->` comments in
 * `content.raw` (comments are ignored by the walker). Paragraphs, headings, lists, quotes,
 * pull quotes, tables, code, images, separators, details, columns, groups and media-text need
 * no rule: their HTML is already what the block handlers read, and wrappers are looked through.
 */
export const gutenberg: Profile = {
  name: 'gutenberg',
  priority: 10,
  // Block classes, HeadstartWP's `data-wp-block-name` attributes, or the block comments of raw
  // (`context=edit`) content. One regex for both searches of the HTML: on a two-byte string
  // `includes('wp-block-name')` alone took 8.5 µs on the seed post, the regex 2.7 µs.
  detect: ({ html, classNames }) => classNames.includes('wp-block-') || /wp-block-name|<!-- wp:/.test(html),
  rules: [spacer, cover, gallery, embed, button, accordion, verse, codeLanguage, file, footnotes, moreTag, postTemplate, headingWithBlocks],
};
