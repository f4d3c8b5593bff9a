/**
 * What the end of the Markdown written so far must become before `next` is written after it,
 * or null: pieces are escaped on their own, and some characters only mean something next to
 * what follows. `!` before `[` would turn a link into an image; `<` before a letter, `/`, `!`
 * or `?` would open a tag; `{{` before `<` (an HTML tag written for sub/sup) would open a Hugo
 * shortcode.
 *
 * @example seamEscape('a<', 'img') // → { cut: 1, with: '\\<' }
 */
export function seamEscape(tail: string, next: string): { cut: number; with: string } | null {
  const last = tail[tail.length - 1];
  if (last === undefined || next === '' || tail[tail.length - 2] === '\\') return null;
  if (last === '!' && next[0] === '[') return { cut: 1, with: '\\!' };
  if (last === '<' && /^[a-z/!?]/i.test(next)) return { cut: 1, with: '\\<' };
  if (tail === '{{' && (next[0] === '<' || next[0] === '%')) return { cut: 1, with: '\\{' };
  return null;
}

