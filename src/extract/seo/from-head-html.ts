import type { Context } from '../../context';
import { findElements, parseHtml, type Element } from '../../dom/dom';
import { fromGraph } from './json-ld/from-graph';
import { fromMetaTags, type MetaTag } from './from-meta-tags';
import type { SeoPartial } from './seo-rule';

const LINK_RELS = ['canonical', 'prev', 'next'];

/**
 * SEO from head HTML: `yoast_head`, `aioseo_head`, Rank Math's `getHead`, or any page `<head>`.
 * Parsed once with htmlparser2; `<title>`, `<meta property|name>`, `<link rel=canonical|prev|next>`
 * and every `application/ld+json` script are read. A script that is not valid JSON is skipped
 * with an `invalid_json_ld` warning. Null for an empty or non-string value.
 *
 * @example fromHeadHtml('<title>Hi &amp; bye</title>', ctx, 'yoast_head')?.title // → 'Hi & bye'
 */
export function fromHeadHtml(html: unknown, ctx: Context, path: string): SeoPartial | null {
  if (typeof html !== 'string' || html.trim() === '') return null;
  const doc = parseHtml(html);
  const tags: MetaTag[] = [];
  const jsonLd: unknown[] = [];
  let sawTitle = false;
  for (const el of findElements(doc, (e) => ['title', 'meta', 'link', 'script'].includes(e.name))) {
    if (el.name === 'title' && !sawTitle) {
      sawTitle = true;
      tags.push(['title', rawText(el)]);
    } else if (el.name === 'meta') {
      const key = el.attribs.property ?? el.attribs.name;
      if (key && el.attribs.content !== undefined) tags.push([key, el.attribs.content]);
    } else if (el.name === 'link' && el.attribs.href !== undefined) {
      const rels = (el.attribs.rel ?? '').toLowerCase().split(/\s+/);
      for (const rel of LINK_RELS) if (rels.includes(rel)) tags.push([rel, el.attribs.href]);
    } else if (el.name === 'script' && /^\s*application\/ld\+json\s*$/i.test(el.attribs.type ?? '')) {
      try {
        jsonLd.push(JSON.parse(rawText(el)));
      } catch {
        ctx.warn('invalid_json_ld', 'A JSON-LD script in the head HTML is not valid JSON; it was skipped.', path);
      }
    }
  }
  return { ...fromMetaTags(tags), ...fromGraph(jsonLd) };
}

// Text children as written: the parser leaves script and title bodies as raw text nodes.
function rawText(el: Element): string {
  return el.children.map((c) => ('data' in c && typeof c.data === 'string' ? c.data : '')).join('');
}
