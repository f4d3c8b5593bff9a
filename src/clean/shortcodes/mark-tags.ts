import { Element, Text, isTag, isText, relinkChildren, type AnyNode, type ParentNode } from '../../dom/dom';
import { stripDiviDynamic } from './parse-shortcode-attributes';
import { tokenizeShortcodes, type ShortcodeSegment, type ShortcodeToken } from './tokenize-shortcodes';

// Shortcodes in these are text the author meant literally (`<code>[gallery]</code>`).
const LITERAL = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea', 'template', 'xmp']);

/** A shortcode tag found in the text, replaced in the tree by the marker element `el`. */
export interface Mark {
  el: Element;
  token: ShortcodeToken;
}

/**
 * Replaces every shortcode tag in the text nodes below `root` by a `<u-shortcode>` marker
 * (one rebuild per parent) and returns the marks in document order. Divi's `@ET-DC@…@`
 * dynamic-content tokens are removed from the text on the way. An escaped `[[name]]` is text:
 * `[name]` when `unescape(name)`, else as written.
 *
 * @example markTags(parseHtml('<p>[b]x[/b]</p>')) // → 2 marks; the p holds marker, "x", marker
 */
export function markTags(root: ParentNode, unescape?: (name: string) => boolean): Mark[] {
  const byEl = new Map<Element, Mark>();
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const parent = stack.pop()!;
    let changed = false;
    const kids: AnyNode[] = [];
    const children = parent.children;
    for (let i = 0; i < children.length; i++) {
      const n = children[i]!;
      if (isTag(n) && !UNSEEN.has(n.name)) {
        if (!LITERAL.has(n.name)) stack.push(n);
        kids.push(n);
      } else if (!isText(n) || (!n.data.includes('[') && !n.data.includes('@ET-DC@'))) {
        kids.push(n);
      } else {
        changed = true;
        // Texts a reader sees as one (only comments and scripts between them) are read as one
        // when a tag runs across them: it reads as it will once the script is gone, so
        // converting the output again finds what the first conversion found.
        let run = unseenRun(children, i);
        const texts = run.filter(isText).map((t) => stripDiviDynamic(t.data));
        let segments = tokenizeShortcodes(texts.join(''), unescape);
        if (texts.length > 1 && !spansTexts(segments, texts)) {
          run = [n];
          segments = tokenizeShortcodes(texts[0]!, unescape);
        }
        for (const seg of segments) {
          if (seg.kind === 'text') kids.push(new Text(seg.text));
          else {
            const el = new Element('u-shortcode', {});
            byEl.set(el, { el, token: seg });
            kids.push(el);
          }
        }
        // The comments and scripts are kept, after the text, for the rules that read them (JSON-LD).
        for (const u of run) if (!isText(u)) kids.push(u);
        i += run.length - 1;
      }
    }
    if (changed) {
      parent.children = kids;
      relinkChildren(parent);
    }
  }
  return byEl.size ? documentOrder(root, byEl) : [];
}

// Never shown: what separates two texts that read as one.
const UNSEEN = new Set(['script', 'style', 'template']);

function unseen(n: AnyNode): boolean {
  return n.type === 'comment' || (isTag(n) && UNSEEN.has(n.name));
}

// From the text at `from`: the texts, comments and scripts that follow it up to the next
// shown element, without comments and scripts after the last text (they stay where they are).
function unseenRun(children: AnyNode[], from: number): AnyNode[] {
  let end = from + 1;
  for (let j = from + 1; j < children.length; j++) {
    const c = children[j]!;
    if (isText(c)) end = j + 1;
    else if (!unseen(c)) break;
  }
  return children.slice(from, end);
}

// Whether a tag of the joined `texts` starts in one of them and ends in another.
function spansTexts(segments: ShortcodeSegment[], texts: string[]): boolean {
  const ends: number[] = [];
  let at = 0;
  for (const t of texts) ends.push((at += t.length));
  return segments.some((seg) => seg.kind !== 'text' && ends.some((end) => seg.start < end && end < seg.end));
}

function documentOrder(root: ParentNode, byEl: Map<Element, Mark>): Mark[] {
  const out: Mark[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    const m = byEl.get(n);
    if (m) out.push(m);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
