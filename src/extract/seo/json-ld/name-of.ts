import { asList, asText } from '../../coerce';
import type { JsonLdGraph } from './json-ld-graph';

/**
 * The display name behind a JSON-LD reference (`author`, `publisher`): the first resolvable
 * entry's `name`, or the value itself when a plugin wrote a plain string.
 *
 * @example nameOf(graph, { '@id': 'https://a.es/#/schema/person/1' }) // → 'AnthonyBB08810'
 */
export function nameOf(graph: JsonLdGraph, value: unknown): string | null {
  for (const entry of asList(value)) {
    const node = graph.resolve(entry);
    const name = node ? asText(node.name) : typeof entry === 'string' && !/^https?:|^#/.test(entry) ? asText(entry) : null;
    if (name) return name;
  }
  return null;
}
