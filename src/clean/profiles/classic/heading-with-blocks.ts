import { createElement, isTag, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'table', 'figure', 'hr', 'section', 'article', 'details', 'dl']);

/**
 * A heading that holds block content (`<h3>Title</p><h2>…</h2>…</h3>`, unbalanced markup that
 * htmlparser2 nests where a browser would close the heading): the heading ends at its first
 * block child, and the rest follows it, as a browser shows it.
 */
export const headingWithBlocks: CleanRule = {
  name: 'heading-with-blocks',
  match: { tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], test: (el) => el.children.some((c) => isTag(c) && BLOCK.has(c.name)) },
  action: (el) => {
    const at = el.children.findIndex((c) => isTag(c) && BLOCK.has(c.name));
    const rest: AnyNode[] = el.children.slice(at);
    const heading = createElement(el.name, { ...el.attribs }, el.children.slice(0, at));
    return [heading, ...rest];
  },
};
