import { findElement, type Element } from '../../../dom/dom';
import type { Context } from '../../../context';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { widgetRule, widgetSettings } from './widget';
import { own } from '../../../text/own';

const URL_KEYS: Record<string, string> = {
  youtube: 'youtube_url', vimeo: 'vimeo_url', dailymotion: 'dailymotion_url', videopress: 'videopress_url',
};

/**
 * Video widget. For YouTube the markup is an empty `div.elementor-video`: the URL lives only in
 * the widget's `data-settings` JSON, so that is read first (by `video_type`), then any iframe,
 * `<video>` or lightbox URL in the markup. Hosted files become `<u-media kind="video">`, the
 * rest `<u-embed>`; the poster overlay and play icon go. A widget with no URL anywhere is
 * dropped with a `dropped_embed` warning.
 *
 * @example `<div class="elementor-widget-video" data-settings='{"youtube_url":"https://youtu.be/ID"}'>…` → `<u-embed url="https://youtu.be/ID">`
 */
export const video: CleanRule = widgetRule('video', (el, ctx) => {
  const settings = widgetSettings(el);
  const type = typeof settings.video_type === 'string' ? settings.video_type : 'youtube';
  if (type === 'hosted') {
    const src = hostedUrl(settings) ?? domUrl(el, 'video');
    return src ? [canonical.media('video', src)] : missing(ctx);
  }
  const key = own(URL_KEYS, type);
  const url = (key ? str(settings[key]) : null) ?? anyUrl(settings) ?? domUrl(el, 'iframe') ?? lightboxUrl(el);
  if (url) return [canonical.embed(url)];
  const file = domUrl(el, 'video');
  return file ? [canonical.media('video', file)] : missing(ctx);
});

function hostedUrl(s: Record<string, unknown>): string | null {
  const pick = s.insert_url === 'yes' ? s.external_url : s.hosted_url;
  return pick && typeof pick === 'object' ? str((pick as Record<string, unknown>).url) : str(pick);
}

// A settings object trimmed to the active source may still name it under another key.
function anyUrl(s: Record<string, unknown>): string | null {
  for (const key of Object.values(URL_KEYS)) if (str(s[key])) return str(s[key]);
  return null;
}

function domUrl(el: Element, tag: 'iframe' | 'video'): string | null {
  const media = findElement(el, (e) => e.name === tag);
  if (!media) return null;
  const source = tag === 'video' ? findElement(media, (e) => e.name === 'source') : null;
  return str(media.attribs['data-lazy-load']) ?? str(media.attribs['data-src']) ?? str(media.attribs.src) ?? str(source?.attribs.src);
}

function lightboxUrl(el: Element): string | null {
  const box = findElement(el, (e) => 'data-elementor-lightbox' in e.attribs);
  if (!box) return null;
  try {
    const v = JSON.parse(box.attribs['data-elementor-lightbox']!) as { url?: unknown };
    return str(v.url);
  } catch {
    return null;
  }
}

function missing(ctx: Context): null {
  ctx.warn('dropped_embed', 'Dropped an Elementor video widget without a video URL', 'div.elementor-widget-video');
  return null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' && !v.startsWith('about:') ? v.trim() : null;
}
