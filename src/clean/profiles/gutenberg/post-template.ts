import { createElement, isTag, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Query Loop: `ul.wp-block-post-template` holds one `li` per listed post (its title heading,
 * image, excerpt). It is a layout of cards, not a list of items: the cards become blocks, so
 * their headings stay headings.
 */
export const postTemplate: CleanRule = {
  name: 'gutenberg-post-template',
  match: { tags: ['ul', 'ol'], classes: ['wp-block-post-template'] },
  action: (el) => {
    const cards: AnyNode[] = el.children.map((c) => (isTag(c) && c.name === 'li' ? createElement('div', {}, [...c.children]) : c));
    return [createElement('div', {}, cards)];
  },
};
