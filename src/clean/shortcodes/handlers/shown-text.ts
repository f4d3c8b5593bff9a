import { Text, createElement, type AnyNode } from '../../../dom/dom';
import type { Shortcode, ShortcodeFunction } from '../shortcode-handler';

// Attributes builders put the words a reader sees in.
const TEXT_KEYS = new Set([
  'text_content', 'heading', 'headline', 'heading_text', 'title', 'subtitle', 'sub_title', 'subheading', 'sub_heading', 'subhead', 'tagline',
  'text', 'content', 'description', 'caption', 'label', 'button_text', 'link_text', 'cta_text', 'name', 'subject', 'quote', 'message',
  'beginning_text', 'ending_text',
]);
const TEXT_SUFFIX = /_(?:text|title|heading|headline|subtitle|label|caption|description)$/;
// Parts of a name that mark a setting, not words: `admin_label`, `title_text` (a hover tooltip), `alt_text`, `aria_label`, `seo_title`.
const SETTING_PART = /(?:^|_)(?:admin|alt|aria|seo|meta|el|css|class|id|url|link|href|src|image|img|icon|color|colour|font|size|tag|style|hover|animation|attr|data)(?:_|$)|^title_text$/;
const HEADING_KEYS = new Set(['text_content', 'heading', 'headline', 'heading_text', 'title']);
const HEADING_NAME = /heading|title|headline/;
const LEVEL_KEYS = ['font_style', 'heading_tag', 'title_tag', 'header_tag', 'tag', 'heading_level', 'element_tag'];

/** Whether attribute `key` of a builder shortcode holds words a reader sees. */
export function isTextAttribute(key: string): boolean {
  return TEXT_KEYS.has(key) || (TEXT_SUFFIX.test(key) && !SETTING_PART.test(key));
}

/**
 * Whether an attribute value reads as words, not a setting: colors, URLs, sizes and numbers,
 * booleans and keywords (`default`, `left`, `h1`), slugs and class names (one lower-case token),
 * lists (`Oswald||||`, `1,2,3`), JSON and long unbroken codes are settings.
 */
export function isWords(value: string): boolean {
  const v = value.trim();
  if (!/\p{L}/u.test(v)) return false;
  if (/^(?:https?:|www\.|\/|#|mailto:|tel:|url:|rgba?\(|hsla?\()/i.test(v)) return false;
  if (/^-?[\d.,]+\s*(?:px|em|rem|%|vw|vh|pt|s|ms|deg|fr)?$/i.test(v)) return false;
  if (/[|{}]|^\[/.test(v)) return false;
  if (!/\s/.test(v) && (/^[a-z0-9_-]+$/.test(v) || v.length > 40)) return false;
  return true;
}

/** The words a builder shortcode shows in its attributes, in the order written. */
export function shownAttributes(sc: Pick<Shortcode, 'attrs'>): { key: string; text: string }[] {
  return Object.entries(sc.attrs)
    .filter(([k, v]) => isTextAttribute(k) && isWords(v))
    .map(([key, v]) => ({ key, text: v.trim().replace(/\s+/g, ' ') }));
}

/**
 * A builder shortcode whose words are in its attributes (Salient's
 * `[split_line_heading text_content="Cryo" font_style="h1"]`): a heading-like shortcode's first
 * text becomes a heading (the level its `font_style`/`heading_tag` names, else 2), the other
 * texts paragraphs, then its content. Colors, sizes, URLs, ids and switches are not words and
 * are left out.
 *
 * @example shownText({ name: 'split_line_heading', attrs: { text_content: 'Cryo', font_style: 'h1' }, positional: [], content: null }, ctx) // → [<h1>Cryo</h1>]
 */
export const shownText: ShortcodeFunction = (sc) => {
  const texts = shownAttributes(sc);
  const out: AnyNode[] = [];
  const level = headingLevel(sc);
  let headed = false;
  for (const { key, text } of texts) {
    const heading: boolean = !headed && level !== null && HEADING_NAME.test(sc.name) && HEADING_KEYS.has(key);
    headed ||= heading;
    out.push(createElement(heading ? `h${level}` : 'p', {}, [new Text(text)]));
  }
  return [...out, ...(sc.content ?? [])];
};

// The level a heading-like shortcode names (`h1`…`h6`), 2 when it names none, null when it
// asks for a paragraph (`font_style="p"`).
function headingLevel(sc: Shortcode): number | null {
  for (const k of LEVEL_KEYS) {
    const v = sc.attrs[k]?.trim().toLowerCase();
    if (!v) continue;
    const m = /^(?:h|heading_?)([1-6])$/.exec(v);
    if (m) return Number(m[1]);
    if (/^(?:p|div|span|paragraph)$/.test(v)) return null;
  }
  return 2;
}
