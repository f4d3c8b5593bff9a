import { findElements, isTag, textOf } from '../../../dom/dom';
import { collapseWhitespace, oneLine } from '../../../text/decode';
import { safeUrl } from '../../../text/safe-url';
import type { Image } from '../../../schema/block';
import type { BlockHandler } from '../block-handler';
import { inlineContent } from '../inline';
import { figureImage } from './figure';

const attr = (v: string | undefined) => (v ? collapseWhitespace(v) || null : null);

/**
 * `<u-button href>label</u-button>` → button. The label keeps its inline formatting (`code`,
 * `strong`, …) and a line break, but no link (the button is one), no image (an icon) and no
 * blank line (a label has no paragraphs: `<br><br>` in its html would read as two).
 */
export const button: BlockHandler = (el, ctx) => {
  const label = inlineContent(el.children, ctx, { recordLinks: false, links: false, images: false });
  const html = label.html.replace(/<br>(?:\s*<br>)+/g, '<br>');
  const text = label.text.replace(/\n(?:[ \t]*\n)+/g, '\n');
  const href = safeUrl(el.attribs.href);
  if (!text) return [];
  if (href) ctx.links.push({ href, text: oneLine(text), title: null, rel: [] });
  return [{ type: 'button', text, html, href }];
};

/** `<u-gallery caption>` of figures (or bare images) → gallery. */
export const gallery: BlockHandler = (el, ctx) => {
  const images: Image[] = [];
  for (const img of findElements(el, (e) => e.name === 'img')) {
    let fig = img.parent;
    while (fig && fig !== el && !(isTag(fig) && fig.name === 'figure')) fig = fig.parent;
    const cap = fig && fig !== el && isTag(fig) ? findElements(fig, (c) => c.name === 'figcaption')[0] : undefined;
    const image = figureImage(img, ctx, cap ? collapseWhitespace(textOf(cap)) || null : null);
    if (image) images.push(image);
  }
  return images.length ? [{ type: 'gallery', images, caption: attr(el.attribs.caption) }] : [];
};
