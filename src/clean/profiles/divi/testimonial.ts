import { canonical } from '../../canonical/canonical';
import { findElement, hasClass, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { visibleText } from '../kit/visible-text';

/** Testimonial: the quote from `.et_pb_testimonial_content`, cited as "Author, Position, Company". */
export const testimonial: CleanRule = {
  name: 'divi-testimonial',
  match: { classes: ['et_pb_testimonial'] },
  action: (el) => {
    const part = (cls: string): Element | null => findElement(el, (e) => hasClass(e, cls));
    const content = part('et_pb_testimonial_content') ?? part('et_pb_testimonial_description_inner');
    if (!content) return undefined;
    const citation = ['et_pb_testimonial_author', 'et_pb_testimonial_position', 'et_pb_testimonial_company']
      .map((c) => visibleText(part(c)))
      .filter(Boolean)
      .join(', ');
    return [canonical.quote([...content.children], citation || null)];
  },
};
