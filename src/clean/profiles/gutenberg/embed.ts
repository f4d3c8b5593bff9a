import { findElement, findElements, hasClass, textOf, type Element } from '../../../dom/dom';
import { embedFromUrl } from '../../../extract/body/providers';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { oneLine } from '../../../text/decode';

/**
 * Embed block (`figure.wp-block-embed`) → `<u-embed>`. The URL is the iframe's source, or the
 * bare URL WordPress leaves in `.wp-block-embed__wrapper` when oEmbed failed, or the link in a
 * tweet / WordPress-post blockquote. The provider comes from the URL, else the
 * `is-provider-*` class.
 */
export const embed: CleanRule = {
  name: 'gutenberg-embed',
  match: { classes: ['wp-block-embed'] },
  action: (el) => {
    const url = embedUrl(el);
    if (!url) return undefined;
    const captionEl = findElement(el, (e) => e.name === 'figcaption');
    // A WordPress post embed shows the linked post's title; without a figcaption it is the caption.
    const quoted = findElement(el, (e) => e.name === 'blockquote' && hasClass(e, 'wp-embedded-content'));
    const captionSource = captionEl ?? quoted;
    const caption = captionSource ? oneLine(textOf(captionSource)) : '';
    const out = canonical.embed(url, caption || null);
    const provider = /(?:^|\s)is-provider-([a-z0-9-]+)/.exec(el.attribs.class ?? '')?.[1];
    if (provider) out.attribs.provider = provider;
    return [out];
  },
};

function embedUrl(el: Element): string | null {
  const iframe = findElement(el, (e) => e.name === 'iframe' && !hasClass(e, 'wp-embedded-content'));
  const src = iframe ? (iframe.attribs['data-src'] ?? iframe.attribs.src ?? '').trim() : '';
  if (src) return src;
  const wrapper = findElement(el, (e) => hasClass(e, 'wp-block-embed__wrapper')) ?? el;
  const text = textOf(wrapper).trim();
  if (/^https?:\/\/\S+$/.test(text)) return text;
  const links = findElements(wrapper, (e) => e.name === 'a' && /^https?:/.test(e.attribs.href ?? ''));
  const known = links.find((a) => embedFromUrl(a.attribs.href!) !== null);
  return (known ?? links[0])?.attribs.href ?? null;
}
