import { createElement, findElements, isTag, textOf, type AnyNode, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { oneLine } from '../../../text/decode';

/**
 * Gallery block, both shapes: WordPress ≥ 5.9 nests `figure.wp-block-image` items, older
 * versions a `ul.blocks-gallery-grid` of `li > figure`. Each image keeps its own figcaption; the
 * gallery's own figcaption (a direct child) is the gallery caption.
 */
export const gallery: CleanRule = {
  name: 'gutenberg-gallery',
  match: { classes: ['wp-block-gallery', 'wp-block-jetpack-tiled-gallery'] },
  action: (el) => {
    const own = el.children.find((c): c is Element => isTag(c) && c.name === 'figcaption');
    const figures: AnyNode[] = [];
    for (const img of findElements(el, (e) => e.name === 'img')) {
      if (own && isInside(img, own)) continue;
      const fig = closestFigure(img, el);
      if (fig && figures.includes(fig)) continue;
      figures.push(fig ?? createElement('figure', {}, [mediaOf(img)]));
    }
    if (!figures.length) return null;
    const caption = own ? oneLine(textOf(own)) : '';
    return [canonical.gallery(figures, caption || null)];
  },
};

function closestFigure(img: Element, stop: Element): Element | null {
  for (let n = img.parent; n && n !== stop; n = n.parent) if (isTag(n) && n.name === 'figure') return n;
  return null;
}

function isInside(n: AnyNode, container: Element): boolean {
  for (let p = n.parent; p; p = p.parent) if (p === container) return true;
  return false;
}

// The image with the link around it, if any.
function mediaOf(img: Element): Element {
  return img.parent && isTag(img.parent) && img.parent.name === 'a' ? img.parent : img;
}
