import type { Context } from '../../../context';
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
  return walk(graph, false, ctx, where) as Json[];
}

const DROP = Symbol('drop');

// `url`: the value sits under a URL key, so a string in it is a URL. Depth is bounded by the
// input's own (`MAX_JSON_DEPTH`).
function walk(value: unknown, url: boolean, ctx: Context, path: string): unknown {
  if (typeof value === 'string') return url ? checked(value, ctx, path) : value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = walk(value[i], url, ctx, `${path}[${i}]`);
      if (v !== value[i] && !out) out = value.slice(0, i);
      if (out && v !== DROP) out.push(v);
    }
    return out ?? value;
  }
  if (value && typeof value === 'object') {
    let out: Json | null = null;
    const node = value as Json;
    for (const key of Object.keys(node)) {
      const v = walk(node[key], isJsonLdUrlKey(key), ctx, `${path}.${key}`);
      if (v === node[key]) continue;
      out ??= { ...node };
      if (v === DROP) delete out[key];
      else out[key] = v;
    }
    return out ?? value;
  }
  return value;
}

function checked(raw: string, ctx: Context, path: string): string | typeof DROP {
  if (raw.startsWith('_:')) return raw;
  const url = safeUrl(raw);
  if (url !== null) return url;
  // An empty value is nothing to warn about; anything else was a link a page would have printed.
  if (raw.trim() !== '') ctx.warn('unsafe_url', 'Dropped an unsafe URL from the JSON-LD', path);
  return DROP;
}
