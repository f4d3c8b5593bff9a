// Characters that change how the text around them is shown without being seen themselves: C0
// and C1 controls, bidirectional marks, embeddings, overrides and isolates, zero-width
// characters, the byte order mark.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * `text` with every invisible control character written as a visible `<U+202E>`, so a URL or a
 * path shows what it really holds: a right-to-left override cannot make `evil.exe/gpj.md` read
 * as something else, a zero-width space cannot hide in a file name.
 *
 * @example showControls('photo\u202Egpj.exe') // → 'photo<U+202E>gpj.exe'
 */
export function showControls(text: string): string {
  return text.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
