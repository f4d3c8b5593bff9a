/** The attributes of a shortcode tag, as WordPress's `shortcode_parse_atts` reads them. */
export interface ShortcodeAttributes {
  /** Named attributes, keys lower-cased. */
  attrs: Record<string, string>;
  /** Values without a name (`[youtube ID]`, `[embed url]`), in order. */
  positional: string[];
}

// WordPress's own attribute grammar (name="v", name='v', name=v, "v", 'v', v); each
// alternative is a simple loop, so matching is linear.
const ATTR = /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

/**
 * Parses the text between a shortcode's name and its `]`. wptexturize turns straight quotes into
 * curly ones (`&#8220;1&#8243;`, `&rdquo;x&rdquo;`, `&Prime;`); they are read as straight quotes.
 * Divi's dynamic-content tokens (`@ET-DC@…@`) are removed from values.
 *
 * @example parseShortcodeAttributes(' id=“5″ align="left" big') // → { attrs: { id: '5', align: 'left' }, positional: ['big'] }
 */
export function parseShortcodeAttributes(text: string): ShortcodeAttributes {
  const attrs: Record<string, string> = {};
  const positional: string[] = [];
  const src = straightenQuotes(text).replace(/[\u00a0\u200b]/g, ' ').trim() + ' ';
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(src)) !== null) {
    if (m[1] !== undefined) attrs[m[1].toLowerCase()] = clean(m[2]!);
    else if (m[3] !== undefined) attrs[m[3].toLowerCase()] = clean(m[4]!);
    else if (m[5] !== undefined) attrs[m[5].toLowerCase()] = clean(m[6]!);
    else positional.push(clean(m[7] ?? m[8] ?? m[9] ?? ''));
  }
  return { attrs, positional };
}

/** Curly and prime quotes that wptexturize puts around attribute values → `"` and `'`. */
export function straightenQuotes(s: string): string {
  return s.replace(/[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019\u201a\u201b\u2032\u2035]/g, "'");
}

/** Removes Divi dynamic-content placeholders (`@ET-DC@<base64>@`), which are never content. */
export function stripDiviDynamic(s: string): string {
  return s.includes('@ET-DC@') ? s.replace(/@ET-DC@[A-Za-z0-9+/=_-]*@/g, '') : s;
}

function clean(v: string): string {
  return stripDiviDynamic(v);
}
