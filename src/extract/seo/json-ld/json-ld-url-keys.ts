/**
 * JSON-LD keys whose values are URLs (a string, a list of strings, or a node whose own URL keys
 * say where it is): schema.org's URL-typed properties that SEO plugins and themes write. Any key
 * ending in `Url` or `URL` (`thumbnailUrl`, `contentUrl`, `embedUrl`, `downloadUrl`, …) is one
 * too (`isJsonLdUrlKey`).
 */
export const jsonLdUrlKeys: readonly string[] = [
  '@id',
  'url',
  'sameAs',
  'logo',
  'image',
  'photo',
  'item',
  'mainEntityOfPage',
  'target',
  'urlTemplate',
  'license',
  'codeRepository',
  'hasMap',
  'archivedAt',
  'isBasedOn',
  'acquireLicensePage',
  'significantLink',
  'relatedLink',
];

const URL_KEYS = new Set(jsonLdUrlKeys);

/**
 * True when a JSON-LD key holds a URL (see `jsonLdUrlKeys`).
 *
 * @example isJsonLdUrlKey('thumbnailUrl') // → true
 * @example isJsonLdUrlKey('name') // → false
 */
export function isJsonLdUrlKey(key: string): boolean {
  return URL_KEYS.has(key) || key.endsWith('Url') || key.endsWith('URL');
}
