import { classList, isTag, isText, parseHtml, type AnyNode, type Element } from '../../src/dom/dom';
import { matches } from '../../src/clean/match';
import { appPlaceholders } from '../../src/clean/profiles/noise/app-placeholders';
import { breadcrumbs } from '../../src/clean/profiles/noise/breadcrumbs';
import { orphanLabels } from '../../src/clean/profiles/noise/orphan-labels';
import { pluginNoise } from '../../src/clean/profiles/noise/plugin-noise';
import { shopNoise } from '../../src/clean/profiles/noise/shop-noise';
import { SHORTCODE } from './words';

/** What a reader of the source page sees, measured independently of unpress's cleaning. */
export interface SourceText {
  /** Visible text outside scripts, styles, forms, noscript and plugin noise; shortcodes removed (not in code). */
  text: string;
  /** Text of `<code>`/`<pre>` (shortcode-looking text there is content). */
  code: string;
  /**
   * Text that builders keep in attributes and show to readers: counter targets
   * (`data-to-value`), button labels and titles of raw shortcodes (`button_text="…"`).
   * Output words found here are content, not leaks.
   */
  attributeText: string;
  /** Words of media URLs and titles: a Markdown link standing for a video shows them. */
  mediaText: string;
  /** Media a reader sees (img, iframe, video, audio, embed, object), one per URL. */
  media: number;
  headings: string[];
  listItems: number;
}

const VALUE_ATTRS = ['data-to-value', 'data-number-value', 'data-pie-value', 'data-pie-units', 'data-number', 'title', 'alt', 'aria-label', 'data-settings'];
const SHORTCODE_TEXT_ATTR = /(?:^|[\s\[])[\w-]*(?:text|title|heading|subtitle|caption|label|alt|content|name|position|company|author|number|symbol|prefix|suffix)\s*=\s*["'\u201c\u201d\u2033\u2018\u2019](.*?)["'\u201c\u201d\u2033\u2018\u2019](?=\s+[\w-]+\s*=|\s*\]|$)/g;

const NOT_VISIBLE = new Set(['script', 'style', 'template', 'noscript', 'form', 'svg', 'math', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed', 'canvas', 'button', 'select', 'textarea', 'option', 'input', 'audio', 'video']);
/** Elements a browser lays out inline: no word break around them. */
export const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'big', 'tt', 'nobr', 'label']);
// The documented interface rules (plugin boxes, shop controls, breadcrumbs, loading
// placeholders, labels of removed controls): on the page, not the article. INTERFACE_CLASS
// below says the same independently, so a rule that stops matching still shows as added words.
const noiseRules = [...pluginNoise.filter((r) => r.action === 'drop'), ...shopNoise, ...breadcrumbs, ...appPlaceholders, orphanLabels];

/** Reads the visible text, headings and list items of content HTML. */
export function sourceText(html: string): SourceText {
  const root = parseHtml(decodeRawHtml(html));
  const parts: { text: string; code: boolean }[] = [];
  const headings: string[] = [];
  const attributeText: string[] = [];
  let listItems = 0;
  const media = new Set<string>();
  const mediaText: string[] = [];
  const stack: { node: AnyNode; code: boolean }[] = [...root.children].reverse().map((node) => ({ node, code: false }));
  while (stack.length) {
    const { node, code } = stack.pop()!;
    if (isText(node)) {
      parts.push({ text: node.data, code });
      continue;
    }
    if (!isTag(node)) continue;
    if (MEDIA_TAGS.has(node.name) && !hiddenMedium(node)) {
      const url = mediaUrl(node);
      media.add(url || `#${media.size}`);
      mediaText.push(url, node.attribs.title ?? '');
    }
    if (hidden(node)) continue;
    for (const a of VALUE_ATTRS) if (node.attribs[a]) attributeText.push(node.attribs[a]!);
    if (/^h[1-6]$/.test(node.name)) headings.push(headingText(node));
    // Query Loop cards (`ul.wp-block-post-template > li`) become blocks by design, not list items.
    const card = node.parent && isTag(node.parent) && classList(node.parent).includes('wp-block-post-template');
    if (node.name === 'li' && !card && plain(node).trim() !== '') listItems++;
    const inCode = code || node.name === 'code' || node.name === 'pre';
    if (!INLINE.has(node.name)) parts.push({ text: ' ', code });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, code: inCode });
  }
  let text = '';
  let codeText = '';
  let run = '';
  for (const p of parts) {
    if (p.code) {
      codeText += p.text;
      text += run.replace(SHORTCODE, ' ') + p.text;
      run = '';
    } else run += p.text;
  }
  text += run.replace(SHORTCODE, ' ');
  // A lone `[row]` is a shortcode too when the content closes it (`[/row]`) somewhere.
  const closed = new Set(parts.flatMap((p) => (p.code ? [] : [...p.text.matchAll(/\[\/([a-zA-Z][\w-]*)\]/g)].map((m) => m[1]!))));
  if (closed.size) text = text.replace(/\[([a-zA-Z][\w-]*)\]/g, (all, name: string) => (closed.has(name) ? ' ' : all));
  for (const p of parts) for (const sc of p.code ? [] : p.text.match(SHORTCODE) ?? []) for (const m of sc.matchAll(SHORTCODE_TEXT_ATTR)) attributeText.push(m[1]!);
  return { text, code: codeText, attributeText: attributeText.join(' '), mediaText: mediaText.join(' '), media: media.size, headings: headings.filter((h) => h.trim() !== ''), listItems };
}

const MEDIA_TAGS = new Set(['img', 'iframe', 'video', 'audio', 'embed', 'object']);

// The URL a medium shows: lazy loaders keep the real one in a data attribute.
function mediaUrl(el: Element): string {
  const a = el.attribs;
  const srcset = a['data-srcset'] ?? a.srcset;
  const real = a['data-src'] ?? a['data-lazy-src'] ?? a['data-original'] ?? (a.src?.startsWith('data:') ? undefined : a.src);
  return (real ?? srcset?.trim().split(/\s+/)[0] ?? a.data ?? firstSource(el) ?? '').trim();
}

function firstSource(el: Element): string | undefined {
  for (const c of el.children) if (isTag(c) && c.name === 'source' && c.attribs.src) return c.attribs.src;
  return undefined;
}

// Tracking pixels and elements hidden by attribute are not media a reader sees.
function hiddenMedium(el: Element): boolean {
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  return el.name === 'img' && el.attribs.width === '1' && el.attribs.height === '1';
}

// A button that opens or selects a region (accordion, toggle, tab) shows its region's title:
// content. Other buttons (forms, carts, share, menus) are interface.
function regionButton(el: Element): boolean {
  const a = el.attribs;
  if (a['aria-controls'] !== undefined || a['aria-expanded'] !== undefined || a.role === 'tab') return true;
  if (/^(?:collapse|tab|pill)$/.test(a['data-bs-toggle'] ?? a['data-toggle'] ?? '')) return true;
  return /accordion|toggle|tab(?:s|-title|_title)?\b/i.test(a.class ?? '');
}

// Interface a reader of the page sees but that is not the post's content, written here
// independently of unpress's own rules: breadcrumbs, shop controls (add to cart, wishlist,
// compare, quick view, stock labels), pagination of post lists.
const INTERFACE_CLASS = /(?:^|[\s_-])(?:breadcrumbs?|add_to_cart_button|add-to-cart|product_type_\w+|yith-wcwl[\w-]*|wishlist[\w-]*|compare|quick-?view[\w-]*|stock|woocommerce-loop-product__buttons|page-numbers)(?:$|[\s_-])/i;

function hidden(el: Element): boolean {
  if (el.name === 'button' && regionButton(el)) return el.attribs.hidden !== undefined;
  if (NOT_VISIBLE.has(el.name) || el.attribs.hidden !== undefined) return true;
  const classes = classList(el);
  if (classes.includes('screen-reader-text') || classes.includes('sr-only')) return true;
  if (INTERFACE_CLASS.test(el.attribs.class ?? '') || /breadcrumb/i.test(el.attribs['aria-label'] ?? '')) return true;
  return noiseRules.some((r) => matches(el, classes, r.match));
}

// The visible text of one element, shortcodes removed.
function plain(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (isTag(n) && (n === el || !hidden(n))) {
      if (!INLINE.has(n.name)) out += ' ';
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.replace(SHORTCODE, ' ');
}

// WPBakery stores its raw HTML element base64- and URL-encoded between shortcode tags: what a
// visitor sees is the decoded markup. A raw JS element shows nothing.
function decodeRawHtml(html: string): string {
  return withoutDiviChrome(html)
    .replace(/\[vc_raw_js[^\]]*\][\s\S]*?\[\/vc_raw_js\]/g, ' ')
    .replace(/\[vc_raw_html([^\]]*)\]([\s\S]*?)\[\/vc_raw_html\]/g, (all, _attrs: string, body: string) => {
      try {
        return decodeURIComponent(Buffer.from(body.replace(/<[^>]*>|\s/g, ''), 'base64').toString('utf8'));
      } catch {
        return all;
      }
    });
}

// A heading left open (`<h4>Title</p><ul>…`) swallows what follows in htmlparser2's tree; a
// browser shows the heading ending at its first block child, so that is the source heading.
function headingText(el: Element): string {
  const at = el.children.findIndex((c) => isTag(c) && !INLINE.has(c.name) && c.name !== 'br' && c.name !== 'img');
  return at < 0 ? plain(el) : el.children.slice(0, at).map((c) => (isTag(c) ? plain(c) : isText(c) ? c.data : '')).join('');
}

// A Divi global section that opens or closes a page of raw shortcodes is the site's header or
// footer pasted in (see `diviGlobalChrome`), not the page's text.
function withoutDiviChrome(html: string): string {
  const sections = [...html.matchAll(/\[et_pb_section\b[^\]]*\][\s\S]*?\[\/et_pb_section\]/g)];
  if (sections.length < 2) return html;
  const global = (m: RegExpMatchArray) => /\bglobal_module=/.test(m[0].slice(0, m[0].indexOf(']')));
  let out = html;
  for (const m of [sections[sections.length - 1]!, sections[0]!]) if (global(m)) out = out.slice(0, m.index!) + ' ' + out.slice(m.index! + m[0].length);
  return out;
}
