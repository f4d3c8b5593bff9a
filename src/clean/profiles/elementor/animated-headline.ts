import { createElement, hasClass, isTag, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { allByClass, byClass, linkAround, plainText, textNode, widgetRule } from './widget';

/**
 * Pro animated headline: the plain text before, the animated words, the plain text after, in
 * markup order. A "rotate" headline prints every rotating word (the script shows one at a
 * time, and may have split them into letters); all of them are kept, once each, joined by
 * " / ", because each is text the author wrote: "We are fast / simple / safe for you". A
 * "highlight" headline has one word (its SVG stroke goes). The tag decides heading or
 * paragraph; a link around the headline is kept.
 *
 * @example rotate headline → `<h2>We are fast / simple / safe for you</h2>`
 */
export const animatedHeadline: CleanRule = widgetRule('animated-headline', (el) => {
  const headline = byClass(el, 'elementor-headline');
  if (!headline) return null;
  const parts: string[] = [];
  for (const c of headline.children) {
    if (!isTag(c)) continue;
    if (!hasClass(c, 'elementor-headline-dynamic-wrapper')) parts.push(plainText(c));
    else parts.push([...new Set(allByClass(c, 'elementor-headline-dynamic-text').map(plainText).filter(Boolean))].join(' / '));
  }
  const text = parts.filter(Boolean).join(' ');
  if (!text) return null;
  const href = linkAround(headline, el)?.attribs.href;
  const inner: AnyNode = href ? createElement('a', { href }, [textNode(text)]) : textNode(text);
  return [createElement(/^h[1-6]$/.test(headline.name) ? headline.name : 'p', {}, [inner])];
});
