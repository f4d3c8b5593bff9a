import { asObject, type JsonObject } from '../../coerce';

// Deeper nesting than this is not a real graph; stopping keeps hostile input cheap.
const MAX_DEPTH = 8;

/**
 * The nodes of a JSON-LD value as one flat list: each `@graph` replaced by its nodes, arrays
 * spread, a bare node kept as it is. Non-objects are skipped. Nodes are returned as given
 * (references stay `{ "@id": … }`), never copied or changed.
 *
 * @example
 * flattenJsonLd({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }] })
 * // → [{ '@type': 'WebSite' }]
 */
export function flattenJsonLd(value: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  visit(value, 0, out);
  return out;
}

function visit(value: unknown, depth: number, out: JsonObject[]): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, depth + 1, out);
    return;
  }
  const node = asObject(value);
  if (!node) return;
  if ('@graph' in node) visit(node['@graph'], depth + 1, out);
  else out.push(node);
}
