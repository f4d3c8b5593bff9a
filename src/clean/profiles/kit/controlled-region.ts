import { classList, findElement, isTag, rootOf, type AnyNode, type Element } from '../../../dom/dom';
import { nextElement } from './content-images';
import { disclosureSignal } from './disclosure-signals';
import { visibleText } from './visible-text';

// Regions that are interface, whatever heads them.
const NOT_CONTENT_TAGS = new Set(['nav', 'form', 'button', 'input', 'select', 'textarea', 'dialog', 'menu', 'script', 'template']);
const NOT_CONTENT_ROLES = new Set(['menu', 'menubar', 'navigation', 'dialog', 'alertdialog', 'listbox', 'search', 'tooltip', 'tablist']);
// What a region found by position (no id to follow) may be: a panel box, or the paragraph some
// builders use for an answer.
const PANEL_TAGS = new Set(['div', 'section', 'article', 'aside', 'p', 'dl']);
const MEDIA = new Set(['img', 'iframe', 'video', 'audio', 'picture', 'table']);
// How far up a wrapper holding only the control (a heading, a header box) is climbed to find
// the panel beside it.
const MAX_CLIMB = 3;

/**
 * The region that `control` opens or selects: the element named by `aria-controls`, Bootstrap's
 * `data-bs-target`/`data-target` or a `#id` link, else (for a control that names no region) the
 * panel right after it or after the wrapper that holds only it. Null when there is none, when it
 * contains or holds the control, or when it is interface (a menu, a form, a dialog) or empty.
 *
 * @example controlledRegion(button) // <h3><button aria-controls="a1">Q</button></h3><div id="a1">A</div> → div#a1
 */
export function controlledRegion(control: Element): Element | null {
  const ids = referencedIds(control);
  // A control that names its region and whose region is not here controls nothing here: the
  // element after it is something else.
  if (!ids.length) return regionBeside(control);
  const root = rootOf(control);
  for (const id of ids) {
    const region = findElement(root, (e) => e.attribs.id === id);
    if (region && isContentRegion(region, control)) return region;
  }
  return null;
}

function referencedIds(el: Element): string[] {
  const a = el.attribs;
  const ids = (a['aria-controls'] ?? '').split(/\s+/);
  for (const ref of [a['data-bs-target'], a['data-target'], el.name === 'a' ? a.href : undefined]) if (ref?.startsWith('#')) ids.push(ref.slice(1));
  return ids.filter((id) => id !== '');
}

function regionBeside(control: Element): Element | null {
  let at: Element = control;
  for (let level = 0; level <= MAX_CLIMB; level++) {
    const next = nextElement(at);
    if (next) return PANEL_TAGS.has(next.name) && !headsRegion(next) && isContentRegion(next, control) ? next : null;
    const up = at.parent;
    if (!up || !isTag(up) || up.children.some((c) => c !== at && visibleText(c) !== '')) return null;
    at = up;
  }
  return null;
}

function isContentRegion(region: Element, control: Element): boolean {
  if (NOT_CONTENT_TAGS.has(region.name) || NOT_CONTENT_ROLES.has((region.attribs.role ?? '').toLowerCase())) return false;
  if (contains(region, control) || contains(control, region)) return false;
  if (findElement(region, (e) => e.name === 'form' || e.name === 'nav')) return false;
  return visibleText(region) !== '' || findElement(region, (e) => MEDIA.has(e.name)) !== null;
}

// The next item's own header: a panel never starts with another control.
function headsRegion(el: Element): boolean {
  return disclosureSignal(el, classList(el)) === 'strong';
}

function contains(outer: AnyNode, inner: AnyNode): boolean {
  for (let p: AnyNode | null = inner; p; p = p.parent) if (p === outer) return true;
  return false;
}
