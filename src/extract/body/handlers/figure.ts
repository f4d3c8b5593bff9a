import { createElement, findElement, findElements, hasClass, isTag, textOf, type Element } from '../../../dom/dom';
import type { Block, Image } from '../../../schema/block';
import { collapseWhitespace } from '../../../text/decode';
import type { BlockHandler, BodyContext } from '../block-handler';
import { isSelfLink } from '../inline-run';
import { readImage } from '../read-image';
import { mediaElement } from './media-element';

/**
 * `figure` → image (with its figcaption), gallery (several images), or, for a figure around a
 * table, quote or embed, whatever its content is (the caption is kept where the block has one).
 */
export const figure: BlockHandler = (el, ctx) => {
  // The figure's own caption is its child; one deeper may belong to a figure inside it.
  const ownCaption = el.children.find((c): c is Element => isTag(c) && c.name === 'figcaption');
  const captionEl = ownCaption ?? findElement(el, (e) => e.name === 'figcaption');
  const caption = captionText(captionEl);
  // unpress's own embed markup (`<figure class="embed"><a href>`): read back as the embed it was,
  // so converting `article.html` again gives the same html.
  const embedLink = hasClass(el, 'embed') ? findElement(el, (e) => e.name === 'a' && e.attribs.href !== undefined) : null;
  if (embedLink) return mediaElement(createElement('u-embed', { url: embedLink.attribs.href!, ...(caption ? { caption } : {}) }), ctx);
  const imgs = findElements(el, (e) => e.name === 'img');
  const other = findElement(el, (e) => ['table', 'blockquote', 'iframe', 'video', 'audio', 'pre', 'u-embed', 'u-media', 'ul', 'ol'].includes(e.name));
  if (imgs.length && !other) {
    const images = imgs.map((img) => figureImage(img, ctx, imgs.length === 1 ? caption : nearestCaption(img))).filter((i): i is Image => i !== null);
    if (images.length === 1) return images;
    // A gallery's caption is its own: a figcaption deeper down is one image's, read above.
    if (images.length > 1) return [{ type: 'gallery', images, caption: captionText(ownCaption) }];
    return [];
  }
  if (!other) return undefined;
  const kids = el.children.filter((c) => c !== captionEl);
  const blocks = ctx.blocks(kids);
  return caption ? blocks.map((b) => withCaption(b, caption)) : blocks;
};

function captionText(el: Element | undefined | null): string | null {
  return el ? collapseWhitespace(textOf(el)) || null : null;
}

/** An `<img>` with the link around it (unless it only points at the image file) and a caption. */
export function figureImage(img: Element, ctx: BodyContext, caption: string | null): Image | null {
  const a = img.parent && isTag(img.parent) && img.parent.name === 'a' ? img.parent : null;
  const href = a?.attribs.href ?? null;
  const image = readImage(img, ctx, { caption, link: href && !isSelfLink(href, img) ? href : null });
  if (image) ctx.images.push(image);
  return image;
}

// The caption of one image of a gallery: a caption beside it in its wrappers (`gallery-item`,
// `gallery-icon` + `gallery-caption`), up to its own `<figure>`: past that, a figcaption is the
// gallery's, and an image whose figure has none has no caption of its own.
function nearestCaption(img: Element): string | null {
  let n: Element | null = img.parent && isTag(img.parent) ? img.parent : null;
  for (let i = 0; n && i < 3; i++, n = n.parent && isTag(n.parent) ? n.parent : null) {
    const cap = n.children.find((c) => isTag(c) && (c.name === 'figcaption' || /caption/.test(c.attribs.class ?? '')));
    if (cap) return captionText(cap as Element);
    if (n.name === 'figure') return null;
  }
  return null;
}

function withCaption(b: Block, caption: string): Block {
  if ((b.type === 'table' || b.type === 'embed' || b.type === 'media' || b.type === 'gallery') && !b.caption) return { ...b, caption };
  if (b.type === 'quote' && !b.citation) return { ...b, citation: caption };
  return b;
}
