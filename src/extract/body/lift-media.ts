import { cloneAround, isTag, type AnyNode, type Element } from '../../dom/dom';
import { isMedia } from './read-media';

/**
 * A run of inline nodes with every media element (`MEDIA_TAGS`) brought up to the run itself,
 * so the paragraph can be split around it: the inline elements around a media element (a link,
 * `<strong>`, a `<span>`) are split in two, copies holding what came before and after it, and
 * the text keeps its formatting and links. The run is returned as is when it holds no media.
 * Media inside an element `skip` accepts are left where they are (a list nested in an item).
 * Iterative: any depth costs no stack.
 *
 * @example liftMedia([<strong>Watch <iframe> now</strong>]) // → [<strong>Watch </strong>, <iframe>, <strong> now</strong>]
 */
export function liftMedia(run: AnyNode[], skip: (el: Element) => boolean = () => false): AnyNode[] {
  let out: AnyNode[] | null = null;
  for (let i = 0; i < run.length; i++) {
    const n = run[i]!;
    const media = isTag(n) && !isMedia(n) && !skip(n) ? mediaBelow(n, skip) : [];
    if (!media.length) {
      out?.push(n);
      continue;
    }
    out ??= run.slice(0, i);
    out.push(...splitAround(n as Element, media));
  }
  return out ?? run;
}

// The media elements below `root`, outermost only (a fallback iframe inside a media element is its own business).
function mediaBelow(root: Element, skip: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...root.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n) || skip(n)) continue;
    if (isMedia(n)) found.push(n);
    else for (const c of n.children) stack.push(c);
  }
  return found;
}

/** An element being split: the source, and the children of its current copy. */
interface Level {
  el: Element;
  kids: AnyNode[];
}

const CLOSE = Symbol('close');

// `root` as a sequence: copies of it (and of the elements between it and each media element)
// around the content between the media, and the media elements themselves.
function splitAround(root: Element, media: Element[]): AnyNode[] {
  const lifted = new Set(media);
  // The elements with media below them: those are split; anything else moves whole.
  const holders = new Set<AnyNode>([root]);
  for (const m of media) for (let p = m.parent; p && !holders.has(p); p = p.parent) holders.add(p);
  const out: AnyNode[] = [];
  const open: Level[] = [];
  // The copy of `level`, if it holds anything, goes into the level above it, or out.
  const close = (level: Level, above: Level | undefined) => {
    if (!level.kids.length) return;
    const copy = cloneAround(level.el, level.kids);
    if (above) above.kids.push(copy);
    else out.push(copy);
  };
  const stack: (AnyNode | typeof CLOSE)[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === CLOSE) {
      close(open.pop()!, open[open.length - 1]);
      continue;
    }
    if (lifted.has(n as Element)) {
      // Everything open ends before the media, innermost first; what follows goes into new copies.
      for (let i = open.length - 1; i >= 0; i--) close(open[i]!, open[i - 1]);
      for (const level of open) level.kids = [];
      out.push(n as Element);
      continue;
    }
    if (holders.has(n)) {
      const el = n as Element;
      open.push({ el, kids: [] });
      stack.push(CLOSE);
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
      continue;
    }
    open[open.length - 1]!.kids.push(n);
  }
  return out;
}
