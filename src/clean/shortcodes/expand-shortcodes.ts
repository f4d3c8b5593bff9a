import { Text, isTag, relinkChildren, remove, spliceChildren, type AnyNode, type Element, type ParentNode } from '../../dom/dom';
import type { Context } from '../../context';
import { extractBetween } from './extract-between';
import { markTags, type Mark } from './mark-tags';
import { pairShortcodes } from './pair-shortcodes';
import type { ShortcodeHandler } from './shortcode-handler';
import { coreShortcodes } from './core-shortcodes';
import { defaultShortcodes } from './handlers';
import { shownAttributes, shownText } from './handlers/shown-text';

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);

/** What becomes of one tag: its text again, nothing, or (with its partner) a handler's output. */
type Action = 'text' | 'remove' | 'self' | 'open' | 'close';

/**
 * Expands the shortcodes left in the content's text (raw Divi/WPBakery layouts, `[caption]`,
 * `[embed]`, …) into canonical markup, in place, before the clean rules walk the tree (so what
 * handlers emit is cleaned like any other markup).
 *
 * One pass over the text nodes turns each tag into a marker; tags are paired across the whole
 * document (wpautop often puts `[x]` and `[/x]` in different paragraphs). Pairs within one
 * parent are then handled in one rebuild of that parent, deepest parents first (so inner
 * shortcodes are done before outer ones); pairs split across parents are cut out like a DOM
 * Range. A bracket in prose (`[1]`, `[sic]`, `a[i][j]`) is a shortcode only when it names a
 * known or kept shortcode, has `key=value` attributes, closes itself (`/]`) or has a closing tag.
 *
 * `rendered` says the content is `content.rendered`, which WordPress has already run its
 * registered shortcodes over: there a WordPress shortcode (`[gallery]`, `[caption]`…) is text
 * the reader saw, and so is an escaped `[[x]]` (WordPress unescapes registered shortcodes only,
 * so one left was not registered); a handler the caller gives for a core name still runs. In
 * `content.raw` they are expanded, and `[[x]]` of a known shortcode reads `[x]`.
 *
 * Unknown shortcodes are removed, their content kept, with one `unknown_shortcode` warning per
 * name; one whose attributes hold words a reader sees (`text_content`, `title`, `button_text`…)
 * keeps them as `shownText` does, with one `approximated_shortcode` warning per name.
 *
 * @example expandShortcodes(root, ctx, true) // <p>[vc_row][vc_column_text]Hi[/vc_column_text][/vc_row]</p> → <p>Hi</p>
 */
export function expandShortcodes(root: ParentNode, ctx: Context, rendered = true): void {
  const table = ctx.options.shortcodes;
  const known = (name: string) => Object.hasOwn(table, name);
  const marks = markTags(root, rendered ? () => false : (name) => known(name) || coreShortcodes.has(name));
  if (!marks.length) return;
  const keep = new Set(ctx.options.keepShortcodes);
  // A handler of the caller's own for a core name says their content still holds it.
  const literal = (name: string) => keep.has(name) || (rendered && coreShortcodes.has(name) && table[name] === defaultShortcodes[name]);
  const partner = pairShortcodes(marks.map((m) => m.token));
  const index = new Map(marks.map((m, i) => [m.el, i]));
  const unknown: Tally = new Map();
  const approximated: Tally = new Map();
  // The handler of each opening tag that runs one (an unknown one with words: `shownText`).
  const handlers = new Map<Mark, ShortcodeHandler>();
  const actions: Action[] = marks.map((m, i) => {
    const t = m.token;
    if (t.kind === 'close') return 'remove';
    if (literal(t.name)) return 'text';
    let handler = known(t.name) ? table[t.name] : undefined;
    if (!handler && partner[i]! < 0 && !t.selfClosing && !Object.keys(t.attrs).length) return 'text';
    if (!handler) {
      const shown = shownAttributes(t).map((s) => s.key);
      if (shown.length) handler = shownText;
      tally(shown.length ? approximated : unknown, t.name, shown);
    }
    if (!handler || handler === 'unwrap') return 'remove';
    handlers.set(m, handler);
    return partner[i]! >= 0 ? 'open' : 'self';
  });
  marks.forEach((m, i) => {
    if (m.token.kind !== 'close') return;
    const j = partner[i]!;
    if (j >= 0) actions[i] = actions[j] === 'open' ? 'close' : actions[j] === 'text' ? 'text' : 'remove';
    else actions[i] = literal(m.token.name) || !known(m.token.name) ? 'text' : 'remove';
  });

  const run = (open: Mark, content: AnyNode[] | null): AnyNode[] => {
    const h = handlers.get(open)!;
    if (h === 'drop' || h === 'unwrap') return h === 'unwrap' ? content ?? [] : [];
    return h({ name: open.token.name, attrs: open.token.attrs, positional: open.token.positional, content }, ctx) ?? [];
  };

  // Pairs inside one parent: one rebuild per parent, deepest first.
  const parents = [...new Set(marks.map((m) => m.el.parent!))].sort((a, b) => depth(b) - depth(a));
  for (const p of parents) rebuild(p);
  // Pairs across parents, inner first (in the order their closing tags come).
  marks.forEach((m, i) => {
    if (actions[i] !== 'close' || !m.el.parent) return;
    const open = marks[partner[i]!]!;
    if (open.el.parent) {
      const range = extractBetween(open.el, m.el);
      insertAfter(range.parent, range.anchor, run(open, range.nodes));
      remove(open.el);
    }
    remove(m.el);
  });
  for (const [name, { count }] of unknown) {
    ctx.warn('unknown_shortcode', `Removed unknown shortcode [${name}] (${count}×); its content was kept`, `[${name}]`);
  }
  for (const [name, { count, keys }] of approximated) {
    const attrs = [...keys].join(', ');
    ctx.warn('approximated_shortcode', `Approximated unknown shortcode [${name}] (${count}×): kept the words of its ${attrs} attribute${keys.size > 1 ? 's' : ''} and its content; its own markup is lost`, `[${name}]`);
  }

  function rebuild(p: ParentNode): void {
    const frames: { open: Mark | null; nodes: AnyNode[] }[] = [{ open: null, nodes: [] }];
    let blocks = false;
    for (const n of p.children) {
      const i = isTag(n) ? index.get(n) : undefined;
      const top = frames[frames.length - 1]!;
      if (i === undefined) {
        top.nodes.push(n);
        continue;
      }
      const m = marks[i]!;
      const action = actions[i]!;
      n.parent = null; // a marker kept for later gets its parent back below
      const other = partner[i]! >= 0 ? marks[partner[i]!]! : null;
      if (action === 'text') top.nodes.push(new Text(m.token.raw));
      else if (action === 'self') blocks = emit(top.nodes, run(m, null)) || blocks;
      else if (action === 'open' && other?.el.parent === p) frames.push({ open: m, nodes: [] });
      else if (action === 'close' && frames.length > 1 && top.open === other) {
        frames.pop();
        for (const c of top.nodes) c.parent = c.prev = c.next = null;
        blocks = emit(frames[frames.length - 1]!.nodes, run(other!, top.nodes)) || blocks;
      } else if (action === 'open' || action === 'close') top.nodes.push(n); // split across parents: later
    }
    while (frames.length > 1) frames[frames.length - 2]!.nodes.push(...frames.pop()!.nodes);
    p.children = frames[0]!.nodes;
    relinkChildren(p);
    if (blocks) unparagraph(p);
  }
}

/** Per shortcode name: how many tags, and the attributes whose words were kept. */
type Tally = Map<string, { count: number; keys: Set<string> }>;

function tally(into: Tally, name: string, keys: string[]): void {
  const seen = into.get(name) ?? { count: 0, keys: new Set<string>() };
  seen.count++;
  for (const k of keys) seen.keys.add(k);
  into.set(name, seen);
}

// Appends handler output; true when it holds block elements.
function emit(into: AnyNode[], out: AnyNode[]): boolean {
  for (const n of out) n.parent = null;
  into.push(...out);
  return out.some((n) => isTag(n) && !INLINE.has(n.name));
}

// Block output inside a paragraph makes the paragraph a plain container: the block walker
// turns its inline runs into paragraphs again, and the blocks stay blocks.
function unparagraph(parent: ParentNode | null): void {
  for (let p = parent; p && isTag(p) && (p.name === 'p' || INLINE.has(p.name)); p = p.parent) if (p.name === 'p') p.name = 'div';
}

function insertAfter(parent: ParentNode, anchor: AnyNode, nodes: AnyNode[]): void {
  if (!nodes.length) return;
  spliceChildren(parent, parent.children.indexOf(anchor) + 1, 0, nodes);
  if (nodes.some((n) => isTag(n) && !INLINE.has(n.name))) unparagraph(parent);
}

function depth(n: ParentNode): number {
  let d = 0;
  for (let p = n.parent; p; p = p.parent) d++;
  return d;
}
