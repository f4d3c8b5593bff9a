import type { Context } from '../../context';
import { Parser } from 'htmlparser2';
import { withGraph } from './json-ld/from-graph';
import { fromMetaTags } from './from-meta-tags';
import type { SeoPartial } from './seo-rule';

const LINK_RELS = ['canonical', 'prev', 'next'];

/**
 * SEO from head HTML: `yoast_head`, `aioseo_head`, Rank Math's `getHead`, or any page `<head>`.
 * Parsed once with htmlparser2 (streamed, no DOM); `<title>`, `<meta property|name>`, `<link rel=canonical|prev|next>`
 * and every `application/ld+json` script are read. A script that is not valid JSON is skipped
 * with an `invalid_json_ld` warning. Null for an empty or non-string value.
 *
 * @example fromHeadHtml('<title>Hi &amp; bye</title>', ctx, 'yoast_head')?.title // → 'Hi & bye'
 */
export function fromHeadHtml(html: unknown, ctx: Context, path: string): SeoPartial | null {
  if (typeof html !== 'string' || html.trim() === '') return null;
  const tags: [string, string][] = [];
  const jsonLd: unknown[] = [];
  let sawTitle = false;
  // One frame per open element: the text of the first title and of JSON-LD scripts is collected
  // from their own text children, as the DOM read them.
  type Frame = { text: string; tag?: [string, string]; jsonLd?: true } | null;
  const stack: Frame[] = [];
  const collect = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  };
  // Streamed, not built into a DOM: only four tags matter, and a head is parsed per post.
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let frame: Frame = null;
        if (name === 'title' && !sawTitle) {
          sawTitle = true;
          // Its place among the tags is where it opens; its text is known when it closes.
          const tag: [string, string] = ['title', ''];
          tags.push(tag);
          frame = { text: '', tag };
        } else if (name === 'meta') {
          const key = attribs.property ?? attribs.name;
          if (key && attribs.content !== undefined) tags.push([key, attribs.content]);
        } else if (name === 'link' && attribs.href !== undefined) {
          const rels = (attribs.rel ?? '').toLowerCase().split(/\s+/);
          for (const rel of LINK_RELS) if (rels.includes(rel)) tags.push([rel, attribs.href]);
        } else if (name === 'script' && /^\s*application\/ld\+json\s*$/i.test(attribs.type ?? '')) {
          frame = { text: '', jsonLd: true };
        }
        stack.push(frame);
      },
      // A DOM node's `data` is its text: text, comments and processing instructions count,
      // CDATA sections (foreign content) are a child element whose text does not.
      ontext: collect,
      oncomment: collect,
      onprocessinginstruction: (_name, data) => collect(data),
      oncdatastart: () => stack.push(null),
      oncdataend: () => stack.pop(),
      onclosetag() {
        const frame = stack.pop();
        if (!frame) return;
        if (frame.tag) frame.tag[1] = frame.text;
        else {
          try {
            jsonLd.push(JSON.parse(frame.text));
          } catch {
            ctx.warn('invalid_json_ld', 'A JSON-LD script in the head HTML is not valid JSON; it was skipped.', path);
          }
        }
      },
    },
    // Entities are left as written: every value goes to `fromMetaTags` as HTML source, the form
    // the JSON sources (Yoast, AIOSEO, SEOPress) hold it in, and is decoded there once.
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return withGraph(fromMetaTags(tags), jsonLd);
}
