import type { BlockHandler } from '../block-handler';
import { embedFromUrl } from '../providers';
import { decodeEntities } from '../../../text/decode';

/** `iframe` from a known provider → embed rebuilt from its URL; any other iframe is dropped with a warning. */
export const iframe: BlockHandler = (el, ctx) => {
  const src = decodeEntities(el.attribs['data-src'] ?? el.attribs['data-lazy-src'] ?? el.attribs.src ?? '').trim();
  const embed = src ? embedFromUrl(src) : null;
  if (embed) return [{ type: 'embed', provider: embed.provider, url: embed.url, id: embed.id, caption: null }];
  ctx.warn('dropped_iframe', `Dropped an iframe from an unknown host: ${hostOf(src)}`, 'iframe');
  return [];
};

function hostOf(src: string): string {
  try {
    return new URL(src.startsWith('//') ? `https:${src}` : src).hostname || '(none)';
  } catch {
    return src ? '(invalid URL)' : '(no src)';
  }
}
