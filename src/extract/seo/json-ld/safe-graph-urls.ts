import type { Context } from '../../../context';
import { mapStrings } from '../../../text/map-strings';
import { safeUrl } from '../../../text/safe-url';
import { isJsonLdUrlKey } from './json-ld-url-keys';

type Json = Record<string, unknown>;

/**
 * The JSON-LD graph with every URL value (see `isJsonLdUrlKey`) passed through `safeUrl`: a
 * `javascript:`, `vbscript:` or `data:` URL is removed (from its node, or from its list) with
 * an `unsafe_url` warning naming where it was; a safe one is written as `safeUrl` writes it.
 * Blank-node ids (`_:b0`) stay as they are. Nodes are copied only where something changes: the
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
      const url = safeUrl(raw);
      // An empty value is nothing to warn about; anything else was a link a page would have printed.
      if (url === null && raw.trim() !== '') ctx.warn('unsafe_url', 'Dropped an unsafe URL from the JSON-LD', path());
      return url ?? undefined;
    },
    where,
  );
}
