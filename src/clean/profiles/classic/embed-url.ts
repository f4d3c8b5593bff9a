import { isTag, isText, textOf } from '../../../dom/dom';
import { embedFromUrl } from '../../../extract/body/providers';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';

/**
 * A URL alone on its line (WordPress auto-embeds it; in REST output it is left as text or a
 * link when oEmbed did not run): a paragraph whose whole text is the URL of a known provider
 * → `<u-embed>`. A URL of any other host stays a paragraph.
 */
export const embedUrl: CleanRule = {
  name: 'classic-embed-url',
  match: { tags: ['p'], test: (el) => bareUrl(el) !== null },
  action: (el) => [canonical.embed(bareUrl(el)!)],
};

function bareUrl(el: { children: import('../../../dom/dom').AnyNode[] }): string | null {
  let url: string | null = null;
  for (const c of el.children) {
    if (isText(c)) {
      if (!/\S/.test(c.data)) continue;
    } else if (!isTag(c) || c.name !== 'a') return null;
    if (url !== null) return null;
    // This runs on every paragraph: one that does not start like a URL is none, without its text.
    if (isText(c) && !URL_START.test(c.data)) return null;
    const text = textOf(c).trim();
    if (isTag(c) && c.attribs.href?.trim() !== text) return null;
    url = text;
  }
  return url && /^https?:\/\/\S+$/.test(url) && embedFromUrl(url) ? url : null;
}

const URL_START = /^\s*https?:\/\//;
