import type { AnyNode, Element } from 'domhandler';
import type { Article, Warning } from '../../schema/article';
import type { Block } from '../../schema/block';
import { isTag, isText, parseHtml } from '../../dom/dom';

/** What Jest and Vitest pass a matcher as `this` (the part these matchers use). */
export interface MatcherState {
  /** The matcher was called through `.not`. */
  isNot?: boolean;
}

/** What a matcher returns to `expect`. */
export interface MatcherResult {
  /** Whether the received value matched (before `.not` is applied). */
  pass: boolean;
  /** The failure message: what was expected and what was found. */
  message: () => string;
}

/** True for an object shaped like parsePost's result (the fields the matchers read). */
export function isArticle(value: unknown): value is Article {
  const a = value as Partial<Article> | null;
  return typeof a === 'object' && a !== null && Array.isArray(a.body) && Array.isArray(a.headings) && Array.isArray(a.warnings) && typeof a.html === 'string';
}

/** A result that fails either way, for a received value the matcher cannot read. */
export function wrongInput(matcher: string, wanted: string, received: unknown): MatcherResult {
  return { pass: false, message: () => `${matcher}: expected ${wanted}, received ${describe(received)}` };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).slice(0, 6).join(', ') || '(none)'}`;
  return `${typeof value} ${quote(String(value))}`;
}

/** A value quoted for a failure message, cut to `max` characters. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

/** `string` or `RegExp` as a failure message names it. */
export function patternName(p: string | RegExp): string {
  return typeof p === 'string' ? quote(p) : String(p);
}

/** Whether `text` is `p`: equal once white space is collapsed, or matched by the expression. */
export function matches(p: string | RegExp, text: string): boolean {
  if (typeof p !== 'string') {
    p.lastIndex = 0;
    return p.test(text);
  }
  return p.replace(/\s+/g, ' ').trim() === text.replace(/\s+/g, ' ').trim();
}

/** Every block of the body with its path (`body[2].children[0]`), nested blocks included, in reading order. */
export function walkBlocks(blocks: readonly Block[], path = 'body'): { block: Block; path: string }[] {
  const out: { block: Block; path: string }[] = [];
  const visit = (block: Block, at: string): void => {
    out.push({ block, path: at });
    if (block.type === 'details' || block.type === 'quote') block.children.forEach((b, i) => visit(b, `${at}.children[${i}]`));
    if (block.type === 'list') block.items.forEach((item, j) => item.children && visit(item.children, `${at}.items[${j}].children`));
  };
  blocks.forEach((b, i) => visit(b, `${path}[${i}]`));
  return out;
}

/** The warnings of an Article, of a `{ warnings }` result (renderMarkdown's), or a list of them; null for anything else. */
export function warningsOf(value: unknown): Warning[] | null {
  if (Array.isArray(value)) return value.every((w) => typeof w?.code === 'string') ? (value as Warning[]) : null;
  const w = (value as { warnings?: unknown } | null)?.warnings;
  return Array.isArray(w) && w.every((x) => typeof x?.code === 'string') ? (w as Warning[]) : null;
}

// Elements that run inside a line of text: no word ends at their edges.
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
// Elements whose content a reader never sees as text.
const NO_TEXT = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'select', 'textarea']);

/** The visible text of HTML, a space at every block boundary (so `<p>a</p><p>b</p>` is two words). */
export function visibleText(html: string): string {
  let out = '';
  const stack: (AnyNode | ' ')[] = [parseHtml(html)];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === ' ') out += ' ';
    else if (isText(n)) out += n.data;
    else if (isTag(n) || n.type === 'root') {
      const name = isTag(n) ? (n as Element).name : '';
      if (NO_TEXT.has(name)) continue;
      const block = isTag(n) && !INLINE.has(name);
      if (block) {
        out += ' ';
        stack.push(' ');
      }
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** Words (letters and digits of any script), lower case and NFKC, with how often each occurs. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}
