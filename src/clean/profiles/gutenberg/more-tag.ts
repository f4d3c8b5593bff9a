import type { CleanRule } from '../../profile';

/** The more tag: `<span id="more-123"></span>` (and `<!--more-->`, a comment the walker ignores) marks the teaser end, not content. */
export const moreTag: CleanRule = {
  name: 'more-tag',
  match: { tags: ['span'], attrs: { id: true }, test: (el) => /^more-\d+$/.test(el.attribs.id!) },
  action: 'drop',
};
