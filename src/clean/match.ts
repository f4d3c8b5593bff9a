import { compile } from 'css-select';
import { classList, type Element } from '../dom/dom';
import type { Matcher } from './profile';

/** True when `el` satisfies every test of `m`. `classes` is the element's class list, read once by the caller. */
export function matches(el: Element, classes: readonly string[], m: Matcher): boolean {
  // Plain loops, no closures or entry arrays: this runs for every candidate rule on every element.
  if (m.tags && !m.tags.includes(el.name)) return false;
  if (m.classes && !hasAny(classes, m.classes)) return false;
  if (m.classPrefixes && !hasPrefix(classes, m.classPrefixes)) return false;
  if (m.attrs) {
    for (const k in m.attrs) {
      if (!Object.hasOwn(m.attrs, k)) continue;
      const v = m.attrs[k];
      const actual = el.attribs[k];
      if (actual === undefined || (v !== true && actual !== v)) return false;
    }
  }
  if (m.selector !== undefined && !compiled(m.selector)(el)) return false;
  if (m.test && !m.test(el, classes)) return false;
  return true;
}

function hasAny(classes: readonly string[], wanted: readonly string[]): boolean {
  for (const c of wanted) if (classes.includes(c)) return true;
  return false;
}

function hasPrefix(classes: readonly string[], prefixes: readonly string[]): boolean {
  for (const c of classes) for (const p of prefixes) if (c.startsWith(p)) return true;
  return false;
}

const cache = new Map<string, (el: Element) => boolean>();

// Compiling a selector costs far more than running it: once per selector per process.
function compiled(selector: string): (el: Element) => boolean {
  let fn = cache.get(selector);
  if (!fn) {
    fn = compile<Element, Element>(selector) as (el: Element) => boolean;
    cache.set(selector, fn);
  }
  return fn;
}

export { classList };
