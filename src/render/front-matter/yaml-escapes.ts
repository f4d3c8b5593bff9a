// U+0085, U+2028 and U+2029 end a line for YAML 1.1 readers (libyaml, so Jekyll's Psych, and
// PyYAML) but not for YAML 1.2 ones: written raw, `a\u2028permalink: /x` is one title to the
// second and a `permalink` key to the first. DEL and the other C1 controls, U+FFFE and U+FFFF
// are characters YAML readers refuse; a byte-order mark is only one at the start. Each is
// written as an escape, in a double-quoted scalar.

/** True when a string holds a character that must be escaped in YAML (see above). */
export const NEEDS_YAML_ESCAPE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const ALL = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

const NAMED: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/**
 * YAML text with every character of `NEEDS_YAML_ESCAPE` written as its escape (`\N`, `\L`,
 * `\P`, `\x7F`, `\uFEFF`). Only for text where each such character is inside a double-quoted
 * scalar (`renderFrontMatter` quotes every string holding one): there the escape reads back as
 * the character, in YAML 1.1 and 1.2.
 *
 * @example escapeYamlText('title: "a\u2028b"\n') // → 'title: "a\\Lb"\n'
 */
export function escapeYamlText(yaml: string): string {
  return yaml.replace(ALL, (c) => NAMED[c] ?? (c < '\u0100' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

function hex(c: string, width: number): string {
  return c.charCodeAt(0).toString(16).toUpperCase().padStart(width, '0');
}
