import { Text } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * WordPress (`img.wp-smiley`) and Twemoji (`img.emoji`) replace emoji characters with images.
 * They become the character again: the `alt` text, or the code points in the file name
 * (`…/72x72/1f642.png`) when the alt is missing.
 *
 * @example '<img class="wp-smiley" alt="🙂" src="…/1f642.png">' → '🙂'
 */
export const emoji: CleanRule = {
  name: 'emoji-images',
  match: { tags: ['img'], classes: ['wp-smiley', 'emoji'] },
  action: (el) => {
    const char = (el.attribs.alt ?? '').trim() || fromFileName(el.attribs.src ?? el.attribs['data-src'] ?? '');
    return char ? [new Text(char)] : null;
  },
};

function fromFileName(src: string): string {
  const m = /\/([0-9a-f]{2,6}(?:-[0-9a-f]{2,6})*)\.(?:png|svg)(?:[?#]|$)/i.exec(src);
  if (!m) return '';
  const points = m[1]!.split('-').map((h) => parseInt(h, 16));
  return points.every((p) => p <= 0x10ffff) ? String.fromCodePoint(...points) : '';
}
