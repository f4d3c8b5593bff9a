import { cloneAround, isTag, type AnyNode, type Element } from '../../../dom/dom';
import { FORMATTING_TAGS } from '../../../extract/body/inline';

/**
 * A widget's label (`nodes`, read from `inner`) wrapped again in the formatting found between
 * `inner` and the widget `root` (`<code><a class="button">…</a></code>`: formatting around a
 * whole block is moved down to its text, see `formattingAroundBlocks`), innermost first, so a
 * rule that reads the label alone does not lose it.
 *
 * @example formattingAround([text('Go')], a, div) // <div><code><a>Go</a></code></div> → [<code>Go</code>]
 */
export function formattingAround(nodes: AnyNode[], inner: Element, root: Element): AnyNode[] {
  let out = nodes;
  for (let p = inner.parent; p && p !== root && isTag(p); p = p.parent) if (FORMATTING_TAGS.has(p.name)) out = [cloneAround(p, out)];
  return out;
}
