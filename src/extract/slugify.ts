import { charClass, SPACE, WORD } from '../text/char-class';
import { isAscii } from '../text/is-ascii';

/**
 * A URL fragment for a heading, as GitHub writes them: lower case, letters and digits of any
 * script kept, spaces to `-`, punctuation dropped.
 *
 * @example slugify('Why it’s key: the 3 parts') // → 'why-its-key-the-3-parts'
 */
export function slugify(text: string): string {
  // What `/[^\p{L}\p{N}\p{M}\s_-]/gu` removal, `trim`, `/\s+/g → -` and `/-{2,}/g → -` did, in
  // one pass (four regex passes per heading were most of `extractHeadings`' time): a run of
  // spaces and dashes becomes one `-`, except spaces alone at either end, which are trimmed.
  // ASCII text (most headings) is its own NFKC form.
  const s = isAscii(text) ? text.toLowerCase() : text.normalize('NFKC').toLowerCase();
  let out = '';
  // Between kept characters: 0 nothing dropped, 1 only spaces, 2 a dash among them.
  let gap = 0;
  // Where the kept characters not yet copied to `out` begin (-1: none).
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    // A surrogate pair is one code point (and one class).
    const cp = s.codePointAt(i)!;
    const pair = cp > 0xffff;
    if (cp === 0x5f || charClass(cp) & WORD) {
      if (start < 0) {
        if (gap === 2 || (gap === 1 && out !== '')) out += '-';
        start = i;
      }
      gap = 0;
    } else {
      if (start >= 0) out += s.slice(start, i);
      start = -1;
      if (cp === 0x2d) gap = 2;
      else if (gap === 0 && charClass(cp) & SPACE) gap = 1;
    }
    if (pair) i++;
  }
  if (start >= 0) out += start === 0 ? s : s.slice(start);
  return gap === 2 ? `${out}-` : out;
}

/**
 * Makes `slugify` results unique within one document (`intro`, `intro-1`, `intro-2`), never
 * one of `taken` (ids the document already has).
 */
export function uniqueSlugger(taken: Iterable<string> = []): (text: string) => string {
  const seen = new Map<string, number>();
  for (const t of taken) seen.set(t, 0);
  return (text) => {
    const base = slugify(text) || 'section';
    let slug = base;
    let n = seen.get(base) ?? 0;
    while (seen.has(slug)) slug = `${base}-${++n}`;
    seen.set(base, n);
    seen.set(slug, 0);
    return slug;
  };
}
