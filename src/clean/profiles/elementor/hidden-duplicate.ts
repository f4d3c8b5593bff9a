import { classList, isTag, isText, type AnyNode, type Element } from '../../../dom/dom';
import type { CleanRule } from '../../profile';

/**
 * Authors often build a section twice, one copy hidden on desktop (`elementor-hidden-desktop`)
 * for phones and one hidden on mobile. The phone copy is dropped only when its text and
 * images all appear, still attached, elsewhere in the document: content that exists only
 * there is kept.
 *
 * Cost: the document's words are tokenised once and indexed by their first three words, so a
 * check costs the size of the copy plus a few candidate comparisons, not a pass over the whole
 * document (which made a 5,000-widget page with 2,500 phone copies take seconds). When in
 * doubt (too many candidates, a match whose nodes were since removed or rebuilt), the copy is
 * kept: a duplicate is a smaller harm than lost content.
 *
 * @example desktop copy + `elementor-hidden-desktop` copy with the same text → the desktop copy only
 */
export const hiddenDuplicate: CleanRule = {
  name: 'elementor-hidden-duplicate',
  match: { classes: ['elementor-hidden-desktop'], test: (el) => isDuplicate(el) },
  action: 'drop',
};

const K = 3;
const MAX_CANDIDATES = 32;

interface Tokens {
  words: string[];
  /** The text node or image each word came from, to tell whether a match is still in the document. */
  nodes: AnyNode[];
}

interface DocIndex extends Tokens {
  root: AnyNode;
  /** Positions by their first K words, and by their first word (for copies shorter than K words). */
  starts: Map<string, number[]>;
  firsts: Map<string, number[]>;
}

const indexes = new WeakMap<AnyNode, DocIndex>();

function isDuplicate(el: Element): boolean {
  let root: AnyNode = el;
  while (root.parent) root = root.parent;
  const mine = tokens(el).words;
  if (!mine.length) return false;
  let index = indexes.get(root);
  if (!index) indexes.set(root, (index = buildIndex(root)));
  const candidates = (mine.length >= K ? index.starts.get(key(mine, 0)) : index.firsts.get(mine[0]!)) ?? [];
  let tried = 0;
  for (const at of candidates) {
    if (at + mine.length > index.words.length || ++tried > MAX_CANDIDATES) return false;
    if (matchesAt(index, mine, at) && isLiveElsewhere(index, at, mine.length, el)) return true;
  }
  return false;
}

function buildIndex(root: AnyNode): DocIndex {
  const { words, nodes } = tokens(root);
  const starts = new Map<string, number[]>();
  const firsts = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    push(starts, key(words, i), i);
    push(firsts, words[i]!, i);
  }
  return { root, words, nodes, starts, firsts };
}

function push(map: Map<string, number[]>, k: string, i: number): void {
  const list = map.get(k);
  if (list) list.push(i);
  else map.set(k, [i]);
}

function key(words: string[], i: number): string {
  let k = words[i]!;
  for (let j = i + 1; j < i + K && j < words.length; j++) k += ` ${words[j]}`;
  return k;
}

function matchesAt(index: DocIndex, mine: string[], at: number): boolean {
  for (let j = 0; j < mine.length; j++) if (index.words[at + j] !== mine[j]) return false;
  return true;
}

// Every node of the match must still hang from the document root and lie outside the copy itself.
function isLiveElsewhere(index: DocIndex, at: number, length: number, self: Element): boolean {
  let last: AnyNode | null = null;
  for (let j = at; j < at + length; j++) {
    const node = index.nodes[j]!;
    if (node === last) continue;
    last = node;
    let n: AnyNode | null = node;
    while (n && n !== self && n !== index.root) n = n.parent;
    if (n !== index.root) return false;
  }
  return true;
}

// Words and image URLs in document order: what a reader sees, minus layout.
function tokens(node: AnyNode): Tokens {
  const words: string[] = [];
  const nodes: AnyNode[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) {
      for (const w of n.data.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) words.push(w), nodes.push(n);
    } else if (isTag(n) || n.type === 'root') {
      if (isTag(n)) {
        if (n.name === 'script' || n.name === 'style') continue;
        if (n.name === 'img') words.push(`\u0001${n.attribs['data-src'] ?? n.attribs.src ?? ''}`), nodes.push(n);
        if (classList(n).includes('elementor-screen-only')) continue;
      }
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return { words, nodes };
}
