import { Text, createElement, isTag, isText, type AnyNode } from '../../../dom/dom';
import { canonical } from '../../canonical/canonical';
import type { Shortcode, ShortcodeFunction, ShortcodeHandler } from '../shortcode-handler';
import { oneLine } from '../../../text/decode';

/**
 * Small handler makers that builder tables are written with: most builder shortcodes keep
 * their content and carry one or two attributes worth keeping (a title, a URL, a label).
 */

/** The first non-empty attribute among `names` (trimmed), or null. */
export function attr(sc: Shortcode, ...names: string[]): string | null {
  for (const n of names) {
    const v = sc.attrs[n]?.trim();
    if (v) return v;
  }
  return null;
}

/** A shortcode whose content sits under a title: `<details><summary>title</summary>content</details>`. */
export function detailsFrom(titleAttr: string, openAttr?: string): ShortcodeFunction {
  return (sc) => {
    const title = attr(sc, titleAttr, 'title');
    const open = openAttr ? /^(true|on|yes|1|open)$/i.test(sc.attrs[openAttr] ?? '') : false;
    if (!title) return sc.content ?? [];
    return [canonical.details([new Text(title)], sc.content ?? [], open)];
  };
}

/** A button from a URL attribute and a label attribute (or the content). */
export function buttonFrom(hrefAttrs: string[], textAttrs: string[]): ShortcodeFunction {
  return (sc) => {
    const href = attr(sc, ...hrefAttrs);
    const label = attr(sc, ...textAttrs) ?? oneLine(contentText(sc.content));
    return label ? [canonical.button(href, [new Text(label)])] : null;
  };
}

/** An image from a URL attribute (attachment ids cannot be resolved from a post: dropped with a warning). */
export function imageFrom(srcAttrs: string[], altAttrs: string[] = ['alt'], linkAttrs: string[] = []): ShortcodeFunction {
  return (sc, ctx) => {
    const src = attr(sc, ...srcAttrs);
    if (!src || !/^(https?:)?\/\/|^\//.test(src)) {
      if (src) ctx.warn('unresolved_shortcode', `[${sc.name}] refers to media library item ${src}, which the post does not include`, `[${sc.name}]`);
      return sc.content ?? null;
    }
    const img = createElement('img', { src, alt: attr(sc, ...altAttrs) ?? '' });
    const link = attr(sc, ...linkAttrs);
    return [link ? createElement('a', { href: link }, [img]) : img, ...(sc.content ?? [])];
  };
}

/** An embed from a URL attribute, the first positional value, or the content's text. */
export function embedFrom(...urlAttrs: string[]): ShortcodeFunction {
  return (sc) => {
    const url = attr(sc, ...urlAttrs) ?? sc.positional[0]?.replace(/^=/, '') ?? contentText(sc.content).trim();
    return url ? [canonical.embed(url)] : null;
  };
}

/** A heading of `level` from an attribute, followed by the content. */
export function headingFrom(titleAttr: string, level: number): ShortcodeFunction {
  return (sc) => {
    const title = attr(sc, titleAttr);
    return [...(title ? [createElement(`h${level}`, {}, [new Text(title)])] : []), ...(sc.content ?? [])];
  };
}

/**
 * A layout block (a row, a column, a text module): its content, kept apart from what is
 * around it. wpautop often puts `[/vc_column_text][vc_column_text]` in one paragraph; unwrapped
 * in place, two modules' words would run together (`situation.References:`).
 */
export const block: ShortcodeFunction = (sc) => (sc.content?.length ? [createElement('div', {}, sc.content)] : null);

/** A thematic break. */
export const separator: ShortcodeFunction = () => [createElement('hr')];

/**
 * The text of shortcode content with its line structure: `<br>` is a line break and a
 * paragraph boundary a blank line (wpautop's work undone, for code and URLs).
 */
export function contentText(nodes: AnyNode[] | null): string {
  let out = '';
  let afterBreak = false;
  const stack: AnyNode[] = [...(nodes ?? [])].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) {
      // wpautop writes `<br />` before the newline it replaces: the newline is the same break.
      out += afterBreak ? n.data.replace(/^\r?\n/, '') : n.data;
      afterBreak = false;
    } else if (isTag(n)) {
      afterBreak = false;
      if (n.name === 'br') {
        out += '\n';
        afterBreak = true;
      } else if (n.name === 'p' || n.name === 'div') {
        let end = out.length;
        while (end > 0 && out.charCodeAt(end - 1) === 10) end--;
        out = end ? `${out.slice(0, end)}\n\n` : '';
        stack.push(new Text('\n\n'));
      }
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}
