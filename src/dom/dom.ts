import { Parser, parseDocument } from 'htmlparser2';
import * as domhandler from 'domhandler';
import type { AnyNode, Document, ParentNode } from 'domhandler';
import { isSpace } from '../text/is-space';

export type { AnyNode, Document, ParentNode };

// domhandler's package entry re-exports its classes and guards through getters (TypeScript's
// `__exportStar`), so each `isTag(node)` of the bundle was a getter call and then the call: the
// getter alone was ~1% of the pipeline's samples. They are read once here, and the two guards,
// one comparison each, are written out as domhandler defines them.
const { DomHandler } = domhandler;
/** domhandler's element node class (tags, scripts and styles). */
export const Element = domhandler.Element;
export type Element = domhandler.Element;
/** domhandler's text node class. */
export const Text = domhandler.Text;
export type Text = domhandler.Text;

/** True for element nodes: tags, scripts and styles (domhandler's `isTag`). */
export function isTag(node: AnyNode): node is Element {
  const type = node.type;
  return type === 'tag' || type === 'script' || type === 'style';
}

/** True for text nodes (domhandler's `isText`). */
export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

// How every HTML string is read: entities decoded, tag and attribute names lower-cased.
const PARSE_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/**
 * Parses HTML once with htmlparser2 (the fast, forgiving parser cheerio uses in its
 * htmlparser2 mode). Entities in text and attributes are decoded by the parser.
 */
export function parseHtml(html: string): Document {
  return parseDocument(html, PARSE_OPTIONS);
}

// A DomHandler that also keeps every class attribute's value, one per line, as the parser hands them over.
class ClassCollector extends DomHandler {
  classNames = '';
  override onopentag(name: string, attribs: Record<string, string>): void {
    const c = attribs.class;
    if (c !== undefined) this.classNames += `${c}\n`;
    super.onopentag(name, attribs);
  }
}

/**
 * `parseHtml`, plus every class attribute's value (decoded), each followed by a line break, in
 * document order: what editor detection reads (`DetectInput.classNames`), collected while the
 * parser has the attributes in hand.
 *
 * @example parseHtmlWithClasses('<p class="a b">x</p><i class=c>y</i>').classNames // → 'a b\nc\n'
 */
export function parseHtmlWithClasses(html: string): { root: Document; classNames: string } {
  // What `parseDocument` does, with the collecting handler (no start or end indices either).
  const handler = new ClassCollector();
  new Parser(handler, PARSE_OPTIONS).end(html);
  return { root: handler.root, classNames: handler.classNames };
}

/** Parses an HTML fragment into detached nodes. */
export function parseFragment(html: string): AnyNode[] {
  const doc = parseHtml(html);
  const nodes = [...doc.children];
  for (const n of nodes) n.parent = null;
  return nodes;
}

/** The element's class tokens (empty when it has none). */
export function classList(el: Element): readonly string[] {
  const c = el.attribs.class;
  // Not cached: a cache of class strings kept every post's content alive (they are slices of
  // it), and the CLI's worker threads grew from 0.5 to 1.1 GB on 10,000 posts. `\S` is exactly
  // what `isSpace` is not; one match makes one array (faster than splitting by hand, measured:
  // 13 vs 23 µs for the seed's 89 class attributes).
  return (c && c.match(NOT_SPACES)) || NO_CLASSES;
}

const NOT_SPACES = /\S+/g;

const NO_CLASSES: readonly string[] = Object.freeze([]);

/** True when the element has the class token `name`. */
export function hasClass(el: Element, name: string): boolean {
  const c = el.attribs.class;
  if (!c || !name) return false;
  // Each occurrence checked for token boundaries: no class list is built.
  for (let at = c.indexOf(name); at >= 0; at = c.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || isSpace(c.charCodeAt(at - 1))) && (end === c.length || isSpace(c.charCodeAt(end)))) return true;
  }
  return false;
}

/** Removes a node from its parent. */
export function remove(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const raw = stale.get(parent);
  if (raw || parent.children.length > LAZY_FROM) {
    removeLazily(parent, node, raw);
    return;
  }
  const i = parent.children.indexOf(node);
  if (i >= 0) spliceChildren(parent, i, 1);
  else node.parent = node.prev = node.next = null;
}

// Removing from a long child list: `indexOf` + `splice` per node made dropping many siblings
// (a script after every span) quadratic. There the node is unlinked at once (its neighbours'
// `prev`/`next` and its `parent` are exact), and the list is compacted once, the next time
// anyone reads `children` (an accessor stands in for the array until then).
const LAZY_FROM = 32;
const stale = new WeakMap<ParentNode, AnyNode[]>();

function removeLazily(parent: ParentNode, node: AnyNode, raw: AnyNode[] | undefined): void {
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = node.prev = node.next = null;
  if (raw) return;
  stale.set(parent, parent.children);
  Object.defineProperty(parent, 'children', {
    configurable: true,
    enumerable: true,
    get: () => compact(parent),
    set: (kids: AnyNode[]) => {
      stale.delete(parent);
      Object.defineProperty(parent, 'children', { value: kids, writable: true, configurable: true, enumerable: true });
    },
  });
}

function compact(parent: ParentNode): AnyNode[] {
  const raw = stale.get(parent)!;
  stale.delete(parent);
  // Every way into a child list goes through this accessor first, so the nodes still here
  // with another (or no) parent are exactly the ones removed since.
  const kids = raw.filter((c) => c.parent === parent);
  Object.defineProperty(parent, 'children', { value: kids, writable: true, configurable: true, enumerable: true });
  return kids;
}

/** Replaces a node by a list of nodes (its own children for an unwrap). */
export function replaceWith(node: AnyNode, replacement: AnyNode[]): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i < 0) return;
  for (const r of replacement) {
    if (r.parent && r.parent !== parent) {
      const j = r.parent.children.indexOf(r);
      if (j >= 0) r.parent.children.splice(j, 1);
    }
    r.parent = parent;
  }
  spliceChildren(parent, i, 1, replacement);
}

/** Replaces an element by its children. */
export function unwrap(el: Element): void {
  const kids = el.children;
  el.children = [];
  replaceWith(el, kids);
}

/** Makes the children's `parent`/`prev`/`next` pointers true after the array was rebuilt. */
export function relinkChildren(p: ParentNode): void {
  relink(p, 0);
}

/**
 * Replaces `count` children of `p` from `start` by `insert` and returns the removed ones,
 * detached. Only the pointers around the change are updated, so a splice costs what the array
 * splice costs, not a walk over every sibling.
 */
export function spliceChildren(p: ParentNode, start: number, count: number, insert: AnyNode[] = []): AnyNode[] {
  const removed = p.children.splice(start, count, ...insert);
  for (const n of removed) n.parent = n.prev = n.next = null;
  relink(p, start - 1, start + insert.length + 1);
  return removed;
}

// domhandler keeps parent/prev/next pointers; changing a child list must keep them true around
// the change (only there: relinking to the end made removals quadratic).
function relink(parent: ParentNode, from: number, to = parent.children.length): void {
  const kids = parent.children;
  const end = Math.min(to, kids.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const n = kids[i]!;
    n.parent = parent;
    n.prev = kids[i - 1] ?? null;
    n.next = kids[i + 1] ?? null;
  }
}

/** A copy of `el` (its name and attributes, not its children) around `children`. */
export function cloneAround(el: Element, children: AnyNode[]): Element {
  return createElement(el.name, { ...el.attribs }, children);
}

/** Elements whose content is never readable text (code, styles, fallbacks, foreign markup). */
const NO_TEXT = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'svg', 'math',
  'object', 'embed', 'applet', 'iframe', 'select', 'textarea', 'head', 'title',
]);

/**
 * The text of a node and its descendants, without recursion (safe on 20,000-deep markup).
 * Comments, scripts, styles and the other never-text elements (`NO_TEXT`) contribute nothing.
 */
export function textOf(node: AnyNode): string {
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (isTag(n) || n.type === 'root') {
      // The node asked about is read whatever it is (a noscript's own text is wanted there).
      if (isTag(n) && n !== node && NO_TEXT.has(n.name)) continue;
      const kids = (n as ParentNode).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** The node at the top of `n`'s tree: the document, or the outermost detached ancestor. */
export function rootOf(n: AnyNode): AnyNode {
  let top = n;
  while (top.parent) top = top.parent;
  return top;
}

/** The first element below `root` (in document order) that satisfies `test`. */
export function findElement(root: AnyNode, test: (el: Element) => boolean): Element | null {
  let found: Element | null = null;
  eachElement(root, (el) => {
    if (!test(el)) return false;
    found = el;
    return true;
  });
  return found;
}

/** All elements below `root` that satisfy `test`, in document order. */
export function findElements(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  eachElement(root, (el) => {
    if (test(el)) out.push(el);
    return false;
  });
  return out;
}

// The elements below `root` in document order, without recursion; stops when `visit` returns
// true. A plain loop, not a generator: the rules search inside elements constantly, and a
// generator allocated an iterator result per element.
function eachElement(root: AnyNode, visit: (el: Element) => boolean): void {
  const kids = (root as ParentNode).children ?? [];
  const stack: AnyNode[] = [];
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    if (visit(n)) return;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

/**
 * Creates a detached element; `children` move into it (taken from where they were). For a
 * profile's transform that replaces builder markup by plain HTML.
 *
 * @example action: (el) => [createElement('blockquote', {}, [...el.children])]
 */
export function createElement(name: string, attribs: Record<string, string> = {}, children: AnyNode[] = []): Element {
  const el = new Element(name, attribs, []);
  for (const c of children) {
    if (c.parent) remove(c);
    c.parent = el;
  }
  el.children = children;
  relink(el, 0);
  return el;
}
