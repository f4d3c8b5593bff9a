/**
 * The first `max` characters (UTF-16 units) of a string, one fewer when the cut would split a
 * surrogate pair (half of an emoji is no character).
 *
 * @example cutText('ab😀', 3) // → 'ab'
 */
export function cutText(value: string, max: number): string {
  if (value.length <= max) return value;
  const end = max > 0 && isHighSurrogate(value.charCodeAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
