import { findElement, isTag, isText, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';
import { dropNoise } from '../kit/drop-noise';

/** The attribute the Divi shortcode handler puts on a section saved as a global module. */
export const GLOBAL_MODULE_ATTR = 'data-unpress-divi-global';

const MEDIA = new Set(['img', 'iframe', 'video', 'audio', 'picture', 'u-embed', 'u-media', 'u-gallery']);
const drop = dropNoise('dropped_global_module', 'a Divi global header or footer', (el) => `[et_pb_section global_module="${el.attribs[GLOBAL_MODULE_ATTR]}"]`);

/**
 * Divi sites without the Theme Builder often put the same global sections at the top and the
 * bottom of every page: the site's header (logo, menu) and footer (address, legal links). Saved
 * into a page (raw `[et_pb_section global_module="…"]`), they are the site's chrome, not the
 * article: a global section that opens the page (nothing shown before it) or closes it (nothing
 * after) goes, with its words warned (`dropped_global_module`). A global section between
 * content (a reused call to action, a shared table), or one that is the whole page, is content
 * and stays.
 *
 * @example [et_pb_section global_module="53"]logo, menu[/et_pb_section][et_pb_section]text[/et_pb_section] → text
 */
export const diviGlobalChrome: CleanRule = {
  name: 'divi-global-chrome',
  match: { attrs: { [GLOBAL_MODULE_ATTR]: true } },
  // Nothing on either side: the page is that section, and it is the content.
  action: (el, ctx) => (nothingShown(el, 'prev') !== nothingShown(el, 'next') ? drop(el, ctx) : [...el.children]),
};

// True when nothing a reader sees stands on that side of `el`, at any level up to the root.
function nothingShown(el: Element, side: 'prev' | 'next'): boolean {
  for (let n: AnyNode = el; n.parent; n = n.parent) {
    for (let s = n[side]; s; s = s[side]) if (shows(s)) return false;
  }
  return true;
}

function shows(n: AnyNode): boolean {
  if (isText(n)) return n.data.trim() !== '';
  if (!isTag(n)) return false;
  if (MEDIA.has(n.name)) return true;
  return findElement(n, (e) => MEDIA.has(e.name)) !== null || hasText(n);
}

function hasText(el: Element): boolean {
  return findElement(el, (e) => e.children.some((c) => isText(c) && c.data.trim() !== '')) !== null || el.children.some((c) => isText(c) && c.data.trim() !== '');
}
