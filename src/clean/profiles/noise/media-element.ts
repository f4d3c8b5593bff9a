import { findElement } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';

/**
 * `<audio>` / `<video>` (Gutenberg audio and video blocks, the classic `[audio]`/`[video]`
 * shortcode output, a player pasted into any builder's text) → `<u-media>`. The source is `src`,
 * the first `<source>`, or the fallback link; WordPress's `?_=1` cache-buster is removed. A
 * figure around it gives the caption. A player with no source at all is dropped with a warning.
 */
export const media: CleanRule = {
  name: 'media-element',
  match: { tags: ['audio', 'video'] },
  action: (el, ctx) => {
    const source = findElement(el, (e) => e.name === 'source' && !!e.attribs.src);
    const fallback = findElement(el, (e) => e.name === 'a' && !!e.attribs.href);
    const raw = el.attribs.src ?? el.attribs['data-src'] ?? source?.attribs.src ?? fallback?.attribs.href;
    if (!raw) {
      ctx.warn('dropped_media', `Dropped ${el.name === 'audio' ? 'an audio' : 'a video'} player without a source`, el.name);
      return null;
    }
    const src = raw.replace(/([?&])_=\d+(&|$)/, (_m, a: string, b: string) => (b ? a : '')).replace(/[?&]$/, '');
    return [canonical.media(el.name === 'audio' ? 'audio' : 'video', src, el.attribs.title ?? null)];
  },
};
