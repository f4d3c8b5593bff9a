import type { Profile } from '../../profile';
import { footnotes } from '../gutenberg/footnotes';
import { moreTag } from '../gutenberg/more-tag';
import { caption } from './caption';
import { embedUrl } from './embed-url';
import { gallery } from './gallery';
import { headingWithBlocks } from './heading-with-blocks';
import { playlist } from './playlist';

/**
 * The classic editor (wpautop paragraphs, `wp-caption`, `[gallery]`/`[playlist]`/`[audio]`
 * output, bare embed URLs); also the fallback for plain HTML. Paragraph splitting at `<br><br>`
 * and empty-paragraph removal are the block walker's.
 */
export const classic: Profile = {
  name: 'classic',
  priority: 0,
  detect: ({ html, classNames }) => /<p[\s>]/.test(html) || html.includes('<br') || /\b(?:wp-caption|gallery-item|wp-playlist|wp-(?:audio|video)-shortcode)\b/.test(classNames),
  rules: [headingWithBlocks, caption, gallery, playlist, embedUrl, moreTag, footnotes],
};
