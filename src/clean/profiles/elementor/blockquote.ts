import { createElement, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { byClass, plainText, textNode, widgetRule } from './widget';

/**
 * Pro blockquote widget: `.elementor-blockquote__content` becomes a plain `<blockquote>` cited
 * by `.elementor-blockquote__author`; the "Tweet" button goes.
 *
 * @example blockquote → `<blockquote><div>…</div><cite>Ada Lovelace</cite></blockquote>`
 */
export const blockquote: CleanRule = widgetRule('blockquote', (el) => {
  const content = byClass(el, 'elementor-blockquote__content');
  if (!content) return undefined;
  const author = plainText(byClass(el, 'elementor-blockquote__author'));
  const kids: AnyNode[] = [createElement('div', {}, [...content.children])];
  if (author) kids.push(createElement('cite', {}, [textNode(author)]));
  return [createElement('blockquote', {}, kids)];
});
