import type { Context } from '../../../context';
import { mapStrings } from '../../../text/map-strings';
import { safeUrl } from '../../../text/safe-url';
import { isJsonLdUrlKey } from './json-ld-url-keys';

type Json = Record<string, unknown>;

/**
 * The JSON-LD graph with every URL value (see `isJsonLdUrlKey`) passed through `safeUrl`: a
 * `javascript:`, `vbscript:` or `data:` URL is removed (from its node, or from its list) with
 * an `unsafe_url` warning naming where it was; a safe one is written as `safeUrl` writes it.
 * Blank-node ids (`_:b0`) stay as they are, and so do the `{search_term_string}` expressions of
 * URI templates (`urlTemplate`, a search action's `target`). Nodes are copied only where something changes: the
 * graph may be the caller's own objects, which are never modified.
 *
 * @param where - the source's path for warnings (`yoast_head_json.schema`)
 * @example safeGraphUrls([{ '@type': 'Person', url: 'javascript:x', name: 'A' }], ctx, 'schema') // → [{ '@type': 'Person', name: 'A' }]
 */
export function safeGraphUrls(graph: Json[], ctx: Context, where: string): Json[] {
  return mapStrings(
    graph,
    (raw, key, path) => {
      if (key === null || !isJsonLdUrlKey(key) || raw.startsWith('_:')) return raw;
      const url = TEMPLATE_KEYS.has(key) ? safeTemplate(raw) : safeUrl(raw);
      // An empty value is nothing to warn about; anything else was a link a page would have printed.
      if (url === null && raw.trim() !== '') ctx.warn('unsafe_url', 'Dropped an unsafe URL from the JSON-LD', path());
      return url ?? undefined;
    },
    where,
  );
}

// Keys whose value is a URI template (RFC 6570): `https://a.example/?s={search_term_string}`.
const TEMPLATE_KEYS = new Set(['urlTemplate', 'target']);
const EXPRESSION = /\{[+#./;?&]?[\w.%,:*]+\}/g;
const SLOT = /\u2060tpl(\d+)\u2060/g;

/**
 * A URI template checked like a URL, its expressions kept as written (see `safeTemplateUrl`).
 * Most targets are plain URLs (a ReadAction's): with no `{` there is no expression, and unless
 * the URL holds a slot's marker (U+2060) the definition's two checks are one `safeUrl`. A
 * property test holds the two equal.
 *
 * @example safeTemplate('https://a.example/?s={search_term_string}') // → the same
 */
export function safeTemplate(raw: string): string | null {
  if (!raw.includes('{')) {
    const url = safeUrl(raw);
    if (url === null || !url.includes('\u2060')) return url;
  }
  return safeTemplateUrl(raw);
}

/**
 * A URI template checked like a URL, its expressions kept as written (`safeUrl` would
 * percent-encode their braces, and search engines would no longer fill them in).
 *
 * @example safeTemplateUrl('javascript:{x}') // → null
 */
export function safeTemplateUrl(raw: string): string | null {
  // Expanded with empty values it must still be safe (`{x}javascript:…` would not be).
  if (safeUrl(raw.replace(EXPRESSION, '')) === null) return null;
  const expressions: string[] = [];
  const url = safeUrl(raw.replace(EXPRESSION, (e) => `\u2060tpl${expressions.push(e) - 1}\u2060`));
  return url && url.replace(SLOT, (_, i: string) => expressions[Number(i)]!);
}
