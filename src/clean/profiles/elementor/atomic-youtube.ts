import { textOf, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { widgetSettings } from './widget';

/**
 * Elementor 4 (atomic) YouTube widget, `e-youtube`: an empty
 * `<div class="e-youtube-base" data-e-type="e-youtube" data-settings='{"source":"…"}'>` that a
 * script turns into a player, so the URL lives in `data-settings.source` (some template
 * versions also print it as the div's text, which is the fallback). Becomes `<u-embed>`; a
 * widget with no URL anywhere is dropped with a `dropped_embed` warning, never silently.
 * Source: elementor/elementor `modules/atomic-widgets/elements/atomic-youtube/atomic-youtube.html.twig`.
 *
 * @example `<div class="e-youtube-base" data-settings='{"source":"https://youtu.be/ID"}'></div>` → `<u-embed url="https://youtu.be/ID">`
 */
export const atomicYoutube: CleanRule = {
  name: 'elementor-atomic-youtube',
  match: { tags: ['div'], test: (el, classes) => el.attribs['data-e-type'] === 'e-youtube' || classes.includes('e-youtube-base') },
  action: (el, ctx) => {
    const url = sourceOf(el);
    if (url) return [canonical.embed(url)];
    ctx.warn('dropped_embed', 'Dropped an Elementor YouTube element without a video URL', 'div.e-youtube-base');
    return null;
  },
};

function sourceOf(el: Element): string | null {
  const source = widgetSettings(el).source;
  if (typeof source === 'string' && /^https?:\/\//i.test(source.trim())) return source.trim();
  const text = textOf(el).trim();
  return /^https?:\/\/\S+$/i.test(text) ? text : null;
}
