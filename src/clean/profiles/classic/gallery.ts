import { Text, createElement, findElement, findElements, hasClass, isTag, textOf, type Element } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';
import { oneLine } from '../../../text/decode';

/**
 * `[gallery]` output: `div.gallery` of `.gallery-item`s, each an icon (`dt`/`div`, the image or
 * a link around it) and a caption (`dd`/`figcaption.gallery-caption`). The `<style>` block
 * before it goes with the common rules; the clearing `<br>`s go with the wrapper.
 */
export const gallery: CleanRule = {
  name: 'classic-gallery',
  match: { tags: ['div'], classes: ['gallery'] },
  action: (el) => {
    const items = findElements(el, (e) => hasClass(e, 'gallery-item'));
    const figures: Element[] = [];
    for (const item of items.length ? items : [el]) {
      for (const img of findElements(item, (e) => e.name === 'img')) {
        const media = img.parent && isTag(img.parent) && img.parent.name === 'a' ? img.parent : img;
        const cap = items.length ? findElement(item, (e) => hasClass(e, 'gallery-caption') || hasClass(e, 'wp-caption-text')) : null;
        const text = cap ? oneLine(textOf(cap)) : '';
        figures.push(createElement('figure', {}, text ? [media, createElement('figcaption', {}, [new Text(text)])] : [media]));
      }
    }
    return figures.length ? [canonical.gallery(figures)] : null;
  },
};
