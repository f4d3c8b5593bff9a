import { classList, type Element } from '../dom/dom';
import { compileMatcher, type MatchTest } from './match';
import type { CleanRule } from './profile';

/**
 * Rules bucketed by what they require: a rule with `classes` can only fire on elements carrying
 * one of them, one with `attrs` only on elements that have the first of those attributes, one
 * with `tags` only on those tags; the rest are tried everywhere. An element is then tested
 * against a handful of candidates instead of every rule of every active profile.
 */
export interface RuleIndex {
  rules: CleanRule[];
  /** Each rule's matcher, compiled (`compileMatcher`), by the rule's position. */
  tests: MatchTest[];
  byTag: Map<string, number[]>;
  byClass: Map<string, number[]>;
  /** By the name of an attribute the rule requires (`hidden`, `id`, …). */
  byAttr: [name: string, rules: number[]][];
  /** `byAttr` as a map, for the walk over an element's attributes. */
  attrLists: Map<string, number[]>;
  always: number[];
}

/** Indexes `rules`, keeping their order (the first matching rule wins, as without the index). */
export function indexRules(rules: CleanRule[]): RuleIndex {
  // Posts of one site activate the same profiles: the index of the same rules is built once.
  const known = cached(rules);
  if (known) return known;
  const index: RuleIndex = { rules: [...rules], tests: rules.map((r) => compileMatcher(r.match)), byTag: new Map(), byClass: new Map(), byAttr: [], attrLists: new Map(), always: [] };
  const byAttr = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  // The most selective requirement decides the bucket: a class (a `<div>` with a given class is
  // rarer than a `<div>`), then an attribute, then a tag. The rule's other requirements are
  // still tested by `matches`, and an element can only match rules of buckets it is in.
  rules.forEach((r, i) => {
    const attrs = r.match.attrs ? Object.keys(r.match.attrs) : [];
    if (r.match.classes) for (const c of r.match.classes) add(index.byClass, c, i);
    else if (attrs.length) add(byAttr, attrs[0]!, i);
    else if (r.match.tags) for (const t of r.match.tags) add(index.byTag, t, i);
    else index.always.push(i);
  });
  index.byAttr = [...byAttr];
  index.attrLists = byAttr;
  recent.unshift(index);
  if (recent.length > 8) recent.pop();
  return index;
}

// The last few indexes, found again by their rules (the same rule objects in the same order).
// A rule is data: it is not expected to change once a post has been cleaned with it.
const recent: RuleIndex[] = [];

function cached(rules: CleanRule[]): RuleIndex | undefined {
  outer: for (const index of recent) {
    if (index.rules.length !== rules.length) continue;
    for (let i = 0; i < rules.length; i++) if (index.rules[i] !== rules[i]) continue outer;
    return index;
  }
  return undefined;
}

const NO_CLASSES: readonly string[] = [];

/** The first rule (in the original order) that matches `el`, or `undefined`. */
export function firstMatch(el: Element, index: RuleIndex): CleanRule | undefined {
  const classes = el.attribs.class ? classList(el) : NO_CLASSES;
  let best = Infinity;
  // Each list is in rule order: the first match in a list is its best, and a list stops at the best so far.
  best = scan(el, classes, index, index.byTag.get(el.name), best);
  for (const c of classes) best = scan(el, classes, index, index.byClass.get(c), best);
  // The element's own attributes looked up (a few), rather than each indexed name looked for in them.
  const attribs = el.attribs;
  for (const name in attribs) {
    const list = index.attrLists.get(name);
    if (list !== undefined) best = scan(el, classes, index, list, best);
  }
  best = scan(el, classes, index, index.always, best);
  return best === Infinity ? undefined : index.rules[best];
}

function scan(el: Element, classes: readonly string[], index: RuleIndex, list: number[] | undefined, best: number): number {
  if (!list) return best;
  for (const i of list) {
    if (i >= best) return best;
    if (index.tests[i]!(el, classes)) return i;
  }
  return best;
}
