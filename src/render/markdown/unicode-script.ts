const SUP: Record<string, string> = {
  0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ',
};
const SUB: Record<string, string> = {
  0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎',
};

/**
 * The text of a `sup` or `sub` in Unicode super- or subscript characters, for Markdown that
 * shows no inline HTML (`E=mc²`, `H₂O`, a footnote mark `¹`); null when the tag is another one
 * or a character has no such form (`1<sup>st</sup>` stays `1st`, with a warning).
 *
 * @example unicodeScript('sup', '2') // → '²'
 */
export function unicodeScript(tag: string, text: string): string | null {
  const table = tag === 'sup' ? SUP : tag === 'sub' ? SUB : null;
  const chars = text.trim();
  if (!table || chars === '') return null;
  let out = '';
  for (const c of chars) {
    const mapped = Object.hasOwn(table, c) ? table[c] : undefined;
    if (mapped === undefined) return null;
    out += mapped;
  }
  return out;
}
