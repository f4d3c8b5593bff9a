import { Text, createElement, isText, type AnyNode } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/** Verse block: poetry, not code. A paragraph whose line breaks are kept as `<br>`. */
export const verse: CleanRule = {
  name: 'gutenberg-verse',
  match: { tags: ['pre'], classes: ['wp-block-verse'] },
  action: (el) => {
    const kids: AnyNode[] = [];
    for (const c of el.children) {
      if (!isText(c)) {
        kids.push(c);
        continue;
      }
      c.data.replace(/^\n+|\n+$/g, '').split('\n').forEach((line, i) => {
        if (i > 0) kids.push(createElement('br'));
        if (line) kids.push(new Text(line));
      });
    }
    return [createElement('p', {}, kids)];
  },
};
