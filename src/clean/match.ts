import { compile } from 'css-select';
import { classList, type Element } from '../dom/dom';
import type { Matcher } from './profile';

/** A matcher made ready to run: `classes` is the element's class list, read once by the caller. */
export type MatchTest = (el: Element, classes: readonly string[]) => boolean;

/**
 * `m` as one test that checks only what `m` asks for, its lists read once into sets: this runs
 * for every candidate rule on every element (reading `m`'s fields and walking its `attrs` with
 * `for…in` on each call cost about as much as the tests themselves). True when `el` satisfies
 * every test of `m`.
 *
 * @example compileMatcher({ tags: ['div'], classes: ['a'] })(el, classList(el))
 */
export function compileMatcher(m: Matcher): MatchTest {
  const tags = m.tags ? new Set(m.tags) : null;
  const classes = m.classes ? [...m.classes] : null;
  const prefixes = m.classPrefixes ? [...m.classPrefixes] : null;
  const attrs = m.attrs ? Object.entries(m.attrs) : null;
  const selector = m.selector !== undefined ? compiled(m.selector) : null;
  const test = m.test ?? null;
  return (el, list) => {
    if (tags !== null && !tags.has(el.name)) return false;
    if (classes !== null && !hasAny(list, classes)) return false;
    if (prefixes !== null && !hasPrefix(list, prefixes)) return false;
    if (attrs !== null) {
      for (const [k, v] of attrs) {
        const actual = el.attribs[k];
        if (actual === undefined || (v !== true && actual !== v)) return false;
      }
    }
    if (selector !== null && !selector(el)) return false;
    return test === null || test(el, list);
  };
}

/** True when `el` satisfies every test of `m`; compiles `m` on each call, so for one-off checks. */
export function matches(el: Element, classes: readonly string[], m: Matcher): boolean {
  return compileMatcher(m)(el, classes);
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
