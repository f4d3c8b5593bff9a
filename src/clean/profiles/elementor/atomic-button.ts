import { canonical } from '../../canonical/canonical';
import type { CleanRule } from '../../profile';

/**
 * Elementor 4 (atomic) button, `e-button`: the bare `<a class="e-button-base" href>` its Twig
 * template prints, or a `<button>` when it has no link (which the common rules would drop as
 * a form control, label and all). Becomes `<u-button>` with the link's href, or none.
 * Source: elementor/elementor `modules/atomic-widgets/elements/atomic-button/atomic-button.html.twig`.
 *
 * @example `<a class="e-button-base" href="/buy">Buy</a>` → `<u-button href="/buy">Buy</u-button>`
 */
export const atomicButton: CleanRule = {
  name: 'elementor-atomic-button',
  match: { classes: ['e-button-base'] },
  action: (el) => [canonical.button(el.name === 'a' ? el.attribs.href || null : null, [...el.children])],
};
