/**
 * A URL fragment for a heading, as GitHub writes them: lower case, letters and digits of any
 * script kept, spaces to `-`, punctuation dropped.
 *
 * @example slugify('Why it’s key: the 3 parts') // → 'why-its-key-the-3-parts'
 */
export function slugify(text: string): string {
  // ASCII text (most headings) is its own NFKC form, and its letters and digits are the ASCII
  // ones: the same result without normalising or matching Unicode properties.
  const kept = isAscii(text) ? text.toLowerCase().replace(/[^a-z0-9\s_-]/g, '') : text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '');
  return kept
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-');
}

/** Makes `slugify` results unique within one document (`intro`, `intro-1`, `intro-2`). */
export function uniqueSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
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

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
