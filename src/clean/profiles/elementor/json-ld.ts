import { classList, findElements, isTag, isText, remove, type Element } from '../../../dom/dom';
import type { Context } from '../../../context';
import type { CleanRule } from '../../profile';

const isJsonLd = (el: Element) => el.name === 'script' && (el.attribs.type ?? '').trim().toLowerCase() === 'application/ld+json';

/**
 * JSON-LD inside Elementor content (accordions and toggles with "FAQ Schema" on print a
 * `FAQPage` script inside the widget). It is data for `seo`, never text: the parsed value
 * goes to `ctx.contentJsonLd` and the script is dropped. Runs before `common` drops scripts.
 */
export const jsonLd: CleanRule = {
  name: 'elementor-json-ld',
  match: { tags: ['script'], test: (el) => isJsonLd(el) && insideElementor(el) },
  action: (el, ctx) => {
    record(el, ctx);
    return null;
  },
};

/**
 * Harvests and removes the JSON-LD scripts of Elementor content before a widget is rebuilt (a
 * rebuilt widget would otherwise lose its script before the `jsonLd` rule sees it). The whole
 * document is harvested at the first call, in document order, so nested widgets do not each
 * rescan their subtree; without a document, only `el` is searched.
 *
 * @example takeJsonLd(accordionWidget, ctx); // ctx.contentJsonLd now holds its FAQPage
 */
export function takeJsonLd(el: Element, ctx: Context): void {
  const root = ctx.document;
  if (root && harvested.has(root)) return;
  if (root) harvested.add(root);
  for (const script of findElements(root ?? el, isJsonLd)) {
    if (!insideElementor(script)) continue;
    record(script, ctx);
    remove(script);
  }
}

const harvested = new WeakSet<object>();

function record(script: Element, ctx: Context): void {
  const raw = script.children.map((c) => (isText(c) ? c.data : '')).join('').trim().replace(/^<!--|-->$/g, '').trim();
  if (!raw) return;
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value)) ctx.contentJsonLd.push(...value);
    else ctx.contentJsonLd.push(value);
  } catch {
    ctx.warn('invalid_json_ld', 'Dropped a JSON-LD script that is not valid JSON', 'script[type=application/ld+json]');
  }
}

function insideElementor(el: Element): boolean {
  for (let n = el.parent; n; n = n.parent) {
    if (!isTag(n)) continue;
    const c = classList(n);
    if (c.includes('elementor') || c.includes('elementor-element') || c.includes('elementor-widget')) return true;
  }
  return false;
}
