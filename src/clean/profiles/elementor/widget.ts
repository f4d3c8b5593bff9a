import { Text, classList, createElement, findElement, findElements, hasClass, isTag, isText, textOf, type AnyNode, type Element } from '../../../dom/dom';
import type { Context } from '../../../context';
import type { CleanRule } from '../../profile';
import { collapseWhitespace } from '../../../text/decode';
import { canonical } from '../../canonical/canonical';
import { takeJsonLd } from './json-ld';

/** Builds the canonical markup of one widget: nodes to put in its place, `null` to drop it. */
export type WidgetBuilder = (el: Element, ctx: Context) => AnyNode[] | null | undefined;

/**
 * A clean rule for Elementor widgets, matched by the `elementor-widget-<name>` class of the
 * outer wrapper: that class is there with and without `.elementor-widget-container`, so one
 * rule covers both markups. JSON-LD the widget embeds is harvested before it is rebuilt,
 * because a rebuilt widget leaves its `<script>` behind.
 *
 * @example
 * const spacer = widgetRule('spacer', () => null);
 */
export function widgetRule(widgets: string | string[], build: WidgetBuilder, name?: string): CleanRule {
  const list = Array.isArray(widgets) ? widgets : [widgets];
  return {
    name: name ?? `elementor-${list[0]}`,
    match: { classes: list.map((w) => `elementor-widget-${w}`) },
    action: (el, ctx) => {
      takeJsonLd(el, ctx);
      return build(el, ctx);
    },
  };
}

/** The first element below `root` with class `name`. */
export function byClass(root: AnyNode, name: string): Element | null {
  return findElement(root, (e) => hasClass(e, name));
}

/**
 * The `img` of a portrait box (a testimonial's photo), or nothing: a list to spread into a
 * widget's replacement.
 */
export function portrait(box: Element | null): Element[] {
  const img = box ? findElement(box, (e) => e.name === 'img') : null;
  return img ? [img] : [];
}

/** Every element below `root` with class `name`, in document order. */
export function allByClass(root: AnyNode, name: string): Element[] {
  return findElements(root, (e) => hasClass(e, name));
}

/** Plain text of an element (the parser decoded its entities once), whitespace collapsed. */
export function plainText(el: AnyNode | null): string {
  return el ? collapseWhitespace(textOf(el).replace(/\u00a0/g, ' ')) : '';
}

/**
 * A title element rebuilt as document structure: h1–h6 stay headings, any other tag (p, div,
 * span: styled text the author picked) becomes a paragraph. Paragraphs pasted into the title
 * (`<h1><p>Our work</p></h1>`, common in the wild) are flattened into lines, because a
 * browser shows them as one heading. Children are moved, not copied.
 */
export function blockFrom(el: Element, fallback = 'p'): Element {
  const tag = /^h[1-6]$/.test(el.name) ? el.name : fallback;
  const kids: AnyNode[] = [];
  for (const c of [...el.children]) {
    if (isTag(c) && (c.name === 'p' || c.name === 'div')) {
      if (kids.some((k) => !isText(k) || k.data.trim() !== '')) kids.push(createElement('br'));
      kids.push(...c.children);
    } else kids.push(c);
  }
  return createElement(tag, {}, kids);
}

/** A paragraph holding plain text. */
export function textParagraph(text: string): Element {
  return createElement('p', {}, [textNode(text)]);
}

/** A detached text node holding text as a reader sees it (like every text node the parser makes). */
export function textNode(text: string): AnyNode {
  return new Text(text);
}

/** The nearest ancestor `a` of `el` below `stop`, if any. */
export function linkAround(el: Element, stop: Element): Element | null {
  for (let n = el.parent; n && n !== stop; n = n.parent) if (isTag(n) && n.name === 'a') return n;
  return null;
}

/** The widget's `data-settings` JSON (HTML-decoded by the parser), or `{}`. */
export function widgetSettings(el: Element): Record<string, unknown> {
  const raw = el.attribs['data-settings'];
  if (!raw) return {};
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** True for swiper's cloned loop slides (older Elementor printed them; scraped pages keep them). */
export function isDuplicateSlide(el: Element): boolean {
  for (let n: AnyNode | null = el; n && isTag(n); n = n.parent) if (classList(n).includes('swiper-slide-duplicate')) return true;
  return false;
}

/**
 * A `<u-button>` from a builder button: an `a` keeps its href; a `span`/`div` button (printed
 * when the whole box is the link) takes `boxHref`. A button without a label is no button.
 */
export function buttonFrom(btn: Element | null, boxHref: string | null = null): Element | null {
  if (!btn || !plainText(btn)) return null;
  const own = btn.name === 'a' ? btn.attribs.href : undefined;
  return canonical.button(own || boxHref || null, [...btn.children]);
}

/** The href of the element with class `name` when it renders as a link (a "whole box is a link" wrapper). */
export function boxHref(root: AnyNode, name: string): string | null {
  const box = byClass(root, name);
  return box?.name === 'a' && box.attribs.href ? box.attribs.href : null;
}

/** A ribbon/badge label ("Popular", "New") as a paragraph, or nothing when there is none. */
export function ribbonParagraph(root: AnyNode, name: string): Element[] {
  const text = plainText(byClass(root, name));
  return text ? [textParagraph(text)] : [];
}

/**
 * An element's children with the template's indentation trimmed from the first and last text
 * node, for inline use (`<a>\n\tTeapot\t</a>` would render `[Teapot ](…)`). Children are moved.
 */
export function trimmedChildren(el: Element): AnyNode[] {
  const kids = [...el.children];
  const first = kids[0];
  if (first && isText(first)) kids[0] = textNode(first.data.replace(/^\s+/, ''));
  const last = kids[kids.length - 1];
  if (last && isText(last)) kids[kids.length - 1] = textNode(last.data.trimEnd());
  return kids;
}
