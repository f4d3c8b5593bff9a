/**
 * A `srcset` value with each candidate's URL passed through `map` (null = unchanged), every
 * other character (descriptors, commas, spacing) kept as written. Candidates are split as the
 * HTML standard's srcset parser does, so a URL holding a comma (`?resize=300,200`) stays whole.
 *
 * @example mapSrcset('a.jpg 1x, b.jpg 2x', (u) => u === 'b.jpg' ? 'c.jpg' : null) // → 'a.jpg 1x, c.jpg 2x'
 */
export function mapSrcset(srcset: string, map: (url: string) => string | null): string {
  let out = '';
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    // Leading whitespace and commas between candidates.
    const gapStart = i;
    while (i < n && (isSpace(srcset[i]!) || srcset[i] === ',')) i++;
    out += srcset.slice(gapStart, i);
    if (i >= n) break;
    const urlStart = i;
    while (i < n && !isSpace(srcset[i]!)) i++;
    let urlEnd = i;
    // A URL ending in commas has no descriptor: the commas separate it from the next candidate.
    while (urlEnd > urlStart && srcset[urlEnd - 1] === ',') urlEnd--;
    const url = srcset.slice(urlStart, urlEnd);
    out += map(url) ?? url;
    out += srcset.slice(urlEnd, i);
    if (urlEnd < i) continue;
    // The descriptor runs to the next comma outside parentheses.
    const descStart = i;
    let depth = 0;
    while (i < n) {
      const c = srcset[i]!;
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      else if (c === ',' && depth === 0) break;
      i++;
    }
    out += srcset.slice(descStart, i);
  }
  return out;
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}
