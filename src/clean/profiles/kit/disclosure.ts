import { classList, createElement, spliceChildren, type Element } from '../../../dom/dom';
import type { Context } from '../../../context';
import type { CleanRule, Transform } from '../../profile';
import { controlledRegion } from './controlled-region';
import { DISCLOSURE_CLASSES, disclosureSignal } from './disclosure-signals';
import { textNode, visibleText } from './visible-text';

// Regions already given a title: a second control for the same region (a phone copy of a tab
// title) adds nothing.
const titled = new WeakSet<Element>();
const TITLE_CONTEXT = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'td', 'th', 'summary', 'label', 'caption', 'figcaption']);

/**
 * An element that opens or selects a region (accordion header, toggle, tab: see
 * `disclosureSignal`) is the title of that region, not interface: the region becomes a
 * `<details>` (open when the control says it is expanded or selected) with the control's visible
 * text as summary, where the region stands, and the control goes. A `<button>` whose region is
 * not in the content keeps its text as the title of what follows (in its heading, or as a
 * paragraph) when it is plainly an accordion header or a tab, and goes as interface otherwise.
 * Other elements without a region are left as they are (their text is already read).
 *
 * Builders whose items are cleaned by their own rules never reach this: those rules match the
 * item, which comes first in the walk.
 *
 * @example '<h3><button aria-controls="a1" aria-expanded="true">Q?</button></h3><div id="a1"><p>A.</p></div>' → <details open><summary>Q?</summary><div><p>A.</p></div></details>
 */
export const disclosure: Transform = (el: Element, _ctx: Context) => {
  const signal = disclosureSignal(el, classList(el));
  const title = visibleText(el);
  if (!signal || !title) return el.name === 'button' ? null : undefined;
  const region = controlledRegion(el);
  if (region && titled.has(region)) return null;
  if (region) {
    titled.add(region);
    const parent = region.parent!;
    const at = parent.children.indexOf(region);
    // A hidden panel (a closed accordion, an inactive tab) is content all the same.
    delete region.attribs.hidden;
    const details = createElement('details', isOpen(el, region) ? { open: '' } : {}, [createElement('summary', {}, [textNode(title)]), region]);
    // The region stays the same node, now inside the details: the walk still cleans it.
    spliceChildren(parent, at, 0, [details]);
    return null;
  }
  if (el.name !== 'button') return undefined;
  if (signal !== 'strong') return null;
  return insideTitle(el) ? [textNode(title)] : [createElement('p', {}, [textNode(title)])];
};

/** The rules that hand controls to {@link disclosure}, one per way a control shows itself. */
export const disclosureRules: CleanRule[] = [
  { name: 'disclosure-button', match: { tags: ['button'], test: (el, c) => disclosureSignal(el, c) !== null }, action: disclosure },
  { name: 'disclosure-class', match: { classes: [...DISCLOSURE_CLASSES] }, action: disclosure },
  { name: 'disclosure-tab', match: { attrs: { role: 'tab' } }, action: disclosure },
  { name: 'disclosure-controls', match: { attrs: { 'aria-controls': true }, test: (el, c) => disclosureSignal(el, c) !== null }, action: disclosure },
  { name: 'disclosure-bs-toggle', match: { attrs: { 'data-bs-toggle': true }, test: (el, c) => disclosureSignal(el, c) === 'strong' }, action: disclosure },
  { name: 'disclosure-toggle', match: { attrs: { 'data-toggle': true }, test: (el, c) => disclosureSignal(el, c) === 'strong' }, action: disclosure },
];

function isOpen(control: Element, region: Element): boolean {
  const a = control.attribs;
  if (a['aria-expanded'] === 'true' || a['aria-selected'] === 'true') return true;
  const r = ` ${region.attribs.class ?? ''} `;
  return / (?:show|in|active|is-open|open) /.test(r);
}

function insideTitle(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) if (TITLE_CONTEXT.has((p as Element).name)) return true;
  return false;
}

