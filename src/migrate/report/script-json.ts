// Characters that could end or confuse the script element the JSON sits in (`</script>`,
// `<!--`), or that older JavaScript parsers read as line ends.
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * `value` as JSON safe to place inside `<script type="application/json">`: `<`, `>`, `&`,
 * U+2028 and U+2029 written as `\uXXXX` escapes, which `JSON.parse` reads back unchanged, so no
 * string in the data can close the element or open a comment.
 *
 * @example scriptJson({ title: '</script><script>alert(1)</script>' })
 * // → '{"title":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
