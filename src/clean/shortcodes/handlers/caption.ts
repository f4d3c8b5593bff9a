import { Text, createElement, findElement, isTag, type AnyNode, type Element } from '../../../dom/dom';
import type { ShortcodeHandler } from '../shortcode-handler';
import { attr, contentText } from './factories';
import { oneLine } from '../../../text/decode';

/**
 * `[caption id="attachment_5" width="300"]<a><img></a> Caption text[/caption]` → a figure with
 * the image (and its link) and a figcaption: the text after the image, or the `caption` attribute
 * that older posts used.
 */
export const caption: ShortcodeHandler = (sc) => {
  const content = sc.content ?? [];
  let media: Element | null = null;
  const rest: AnyNode[] = [];
  for (const n of content) {
    if (!media && isTag(n) && (n.name === 'img' || findElement(n, (e) => e.name === 'img'))) media = n.name === 'p' ? unwrapParagraph(n, rest) : n;
    else rest.push(n);
  }
  if (!media) return content;
  const text = attr(sc, 'caption') ?? oneLine(contentText(rest));
  return [createElement('figure', {}, text ? [media, createElement('figcaption', {}, [new Text(text)])] : [media])];
};

// wpautop may wrap the image in a paragraph together with the caption text.
function unwrapParagraph(p: Element, rest: AnyNode[]): Element {
  const i = p.children.findIndex((c) => isTag(c) && (c.name === 'img' || findElement(c, (e) => e.name === 'img')));
  rest.push(...p.children.slice(i + 1));
  return p.children[i] as Element;
}
