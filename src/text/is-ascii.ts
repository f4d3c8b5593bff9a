/**
 * True when every code unit of `text` is ASCII: such text is its own NFKC and NFKD form and
 * holds no combining mark, so the Unicode normalisations can be skipped.
 *
 * @example isAscii('Sources:') // → true
 */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
