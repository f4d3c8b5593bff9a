import { findElement, hasClass, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { builderDetails } from './builder-details';

/** An accordion item or toggle described as data: the class names of its parts. */
export interface DetailsSpec {
  name: string;
  /** Class of the item element the rule matches. */
  item: string;
  /** Classes of the title element, first found wins (e.g. a label, then its button). */
  title: string[];
  /** Class of the panel whose children become the details body. */
  content: string;
  /** Class marking the open item, on the item or (with `openOn: 'title'`) on its title. */
  open?: string;
  openOn?: 'item' | 'title';
}

/**
 * A clean rule turning one accordion item or toggle into `<details>`, from its class names
 * alone: builders differ only in what they call the parts.
 *
 * @example detailsRule({ name: 'divi-toggle', item: 'et_pb_toggle', title: ['et_pb_toggle_title'], content: 'et_pb_toggle_content', open: 'et_pb_toggle_open' })
 */
export function detailsRule(spec: DetailsSpec): CleanRule {
  return {
    name: spec.name,
    match: { classes: [spec.item] },
    action: (el: Element) => {
      let title: Element | null = null;
      for (const cls of spec.title) if (!title) title = findElement(el, (e) => hasClass(e, cls));
      const content = findElement(el, (e) => hasClass(e, spec.content));
      const marked = spec.openOn === 'title' ? title : el;
      const open = spec.open !== undefined && marked !== null && hasClass(marked, spec.open);
      return builderDetails(title, content ? [...content.children] : [], open);
    },
  };
}
