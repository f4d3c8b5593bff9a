import { asList, type JsonObject } from '../../coerce';

/**
 * The `@type` of a node as a list (`'Article'` → `['Article']`); `schema:` / URL prefixes removed.
 * @example typesOf({ '@type': ['WebPage', 'FAQPage'] }) // → ['WebPage', 'FAQPage']
 */
export function typesOf(node: JsonObject): string[] {
  return asList(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}
