import { Text, createElement, findElement, hasClass, textOf } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { oneLine } from '../../../text/decode';

/**
 * `[caption]` output in both forms: HTML5 themes print `figure.wp-caption > img +
 * figcaption.wp-caption-text`, others `div.wp-caption > img + p.wp-caption-text`. Both become
 * one plain figure (width styles gone); a link around the image is kept.
 */
export const caption: CleanRule = {
  name: 'classic-caption',
  match: { classes: ['wp-caption'] },
  action: (el) => {
    const img = findElement(el, (e) => e.name === 'img');
    if (!img) return undefined;
    const media = img.parent && img.parent !== el && (img.parent as { name?: string }).name === 'a' ? img.parent : img;
    const capEl = findElement(el, (e) => hasClass(e, 'wp-caption-text') || e.name === 'figcaption');
    const text = capEl ? oneLine(textOf(capEl)) : '';
    return [createElement('figure', {}, text ? [media, createElement('figcaption', {}, [new Text(text)])] : [media])];
  },
};
