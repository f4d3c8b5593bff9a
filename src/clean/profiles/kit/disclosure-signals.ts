import type { Element } from '../../../dom/dom';

/**
 * How sure we are that an element opens or selects a region of the page (an accordion
 * header, a toggle, a tab) rather than doing something (submit, share, add to cart, open a menu):
 * `strong` for what says so outright (`role="tab"`, Bootstrap's `data-bs-toggle="collapse"`, a
 * builder's own accordion-header class), `weak` for what only suggests it (`aria-controls`,
 * `aria-expanded`, a class word such as `accordion` or `toggle`), `null` for interface.
 */
export type DisclosureSignal = 'strong' | 'weak' | null;

/**
 * Classes that builders and frameworks put on the element heading an accordion item, toggle or
 * tab, and on nothing else. A user profile can add to the rules that read this list by name.
 */
export const DISCLOSURE_CLASSES: ReadonlySet<string> = new Set([
  // Kadence Blocks accordion (its `aria-controls` is added by script, not in the saved HTML).
  'kt-blocks-accordion-header',
  // Bootstrap 5 and 4 accordions in custom HTML.
  'accordion-button', 'accordion-toggle',
  // GenerateBlocks accordion (a `button` or a `div role="button"`).
  'gb-accordion__toggle',
  // Spectra (UAGB) FAQ: the question box, followed by `.uagb-faq-content`.
  'uagb-faq-questions-button',
  // Core accordion, when its item rule did not run (a heading toggle outside an item).
  'wp-block-accordion-heading__toggle',
  // Elementor add-on packs: Essential Addons advanced accordion, JetElements / JetTabs accordion.
  'eael-accordion-header', 'jet-toggle__control',
]);

// Words of controls that act rather than reveal; matched against class and id parts.
const INTERFACE = /(?:^|[-_\s])(?:menu|nav|navbar|navigation|hamburger|burger|cart|basket|checkout|wishlist|compare|quick-?view|share|sharing|social|copy|clipboard|print|search|close|dismiss|modal|popup|lightbox|dialog|login|logout|signup|subscribe|cookie|consent|slider|slick|swiper|carousel|arrow|prev|next|play|pause|mute|video|audio|filter|sort|scroll|sidebar|theme|mode|lang|language|password|qty|quantity|dropdown)(?:$|[-_\s])/i;
const TOGGLES = new Set(['collapse', 'tab', 'pill', 'list']);
const ACTIONS = new Set(['modal', 'dropdown', 'offcanvas', 'tooltip', 'popover', 'lightbox']);
const CLASS_WORD = /(?:^|[-_])(?:accordion|acc|toggle|tab|tabs|collapse|collapsible|faq|question|expand|expander|disclosure|panel)(?:$|[-_])/i;

/**
 * The signal `el` gives of heading a region (see {@link DisclosureSignal}).
 *
 * @example disclosureSignal(button('<button aria-controls="p1" aria-expanded="false">Q</button>')) // → 'weak'
 * @example disclosureSignal(button('<button class="menu-toggle" aria-expanded="false">Menu</button>')) // → null
 */
export function disclosureSignal(el: Element, classes: readonly string[]): DisclosureSignal {
  const a = el.attribs;
  const toggle = (a['data-bs-toggle'] ?? a['data-toggle'] ?? '').toLowerCase();
  if (ACTIONS.has(toggle) || (a['aria-haspopup'] !== undefined && a['aria-haspopup'] !== 'false')) return null;
  const type = (a.type ?? '').toLowerCase();
  if (type === 'submit' || type === 'reset') return null;
  if ((a.role ?? '').toLowerCase() === 'tab' || TOGGLES.has(toggle) || classes.some((c) => DISCLOSURE_CLASSES.has(c))) return 'strong';
  if (INTERFACE.test(`${a.id ?? ''} ${classes.join(' ')}`)) return null;
  if (a['aria-controls'] !== undefined || a['aria-expanded'] !== undefined || classes.some((c) => CLASS_WORD.test(c))) return 'weak';
  return null;
}
