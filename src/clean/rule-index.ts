import { classList, type Element } from '../dom/dom';
import { matches } from './match';
import type { CleanRule } from './profile';

/**
 * Rules bucketed by what they require: a rule with `tags` can only fire on those tags, one with
 * `classes` only on elements carrying one of them; the rest are tried everywhere. An element is
 * then tested against a handful of candidates instead of every rule of every active profile.
 */
export interface RuleIndex {
  rules: CleanRule[];
  byTag: Map<string, number[]>;
  byClass: Map<string, number[]>;
  always: number[];
}

/** Indexes `rules`, keeping their order (the first matching rule wins, as without the index). */
export function indexRules(rules: CleanRule[]): RuleIndex {
  const index: RuleIndex = { rules, byTag: new Map(), byClass: new Map(), always: [] };
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  rules.forEach((r, i) => {
    if (r.match.tags) for (const t of r.match.tags) add(index.byTag, t, i);
    else if (r.match.classes) for (const c of r.match.classes) add(index.byClass, c, i);
    else index.always.push(i);
  });
  return index;
}

/** The first rule (in the original order) that matches `el`, or `undefined`. */
export function firstMatch(el: Element, index: RuleIndex): CleanRule | undefined {
  const classes = classList(el);
  let best = Infinity;
  // Each list is in rule order: the first match in a list is its best, and a list stops at the best so far.
  const scan = (list: number[] | undefined) => {
    if (!list) return;
    for (const i of list) {
      if (i >= best) return;
      if (matches(el, classes, index.rules[i]!.match)) {
        best = i;
        return;
      }
    }
  };
  scan(index.byTag.get(el.name));
  for (const c of classes) scan(index.byClass.get(c));
  scan(index.always);
  return best === Infinity ? undefined : index.rules[best];
}
