import type { AnyNode } from '../../dom/dom';
import type { Context } from '../../context';

/** A shortcode met in the content, as its handler sees it. */
export interface Shortcode {
  /** The name as written (`vc_row`, `caption`). */
  name: string;
  /** Named attributes, keys lower-cased, curly quotes read as straight ones. */
  attrs: Record<string, string>;
  /** Values without a name (`[youtube ID]`). */
  positional: string[];
  /** The nodes between `[name]` and `[/name]` (already expanded), or null for a self-closing tag. */
  content: AnyNode[] | null;
}

/**
 * What to do with a shortcode: `'unwrap'` keeps its content and drops the tags (layout
 * shortcodes), `'drop'` removes it with its content, or a function returns the canonical markup
 * to put in its place (`null` drops it; return `sc.content ?? []` to unwrap).
 *
 * @example
 * const note: ShortcodeHandler = (sc) => [createElement('blockquote', {}, sc.content ?? [])];
 * parsePost(post, { shortcodes: { note, gravityform: 'drop' } });
 */
export type ShortcodeHandler = 'unwrap' | 'drop' | ((sc: Shortcode, ctx: Context) => AnyNode[] | null);

/** The function form of a handler. */
export type ShortcodeFunction = Exclude<ShortcodeHandler, string>;
