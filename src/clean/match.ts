import { compile } from 'css-select';
import { classList, type Element } from '../dom/dom';
import type { Matcher } from './profile';

/** True when `el` satisfies every test of `m`. `classes` is the element's class list, read once by the caller. */
export function matches(el: Element, classes: string[], m: Matcher): boolean {
  if (m.tags && !m.tags.includes(el.name)) return false;
  if (m.classes && !m.classes.some((c) => classes.includes(c))) return false;
  if (m.classPrefixes && !classes.some((c) => m.classPrefixes!.some((p) => c.startsWith(p)))) return false;
  if (m.attrs) {
    for (const [k, v] of Object.entries(m.attrs)) {
      const actual = el.attribs[k];
      if (actual === undefined || (v !== true && actual !== v)) return false;
    }
  }
  if (m.selector !== undefined && !compiled(m.selector)(el)) return false;
  if (m.test && !m.test(el)) return false;
  return true;
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
