import { renderFrontMatter } from '../../render/front-matter';
import { toWellFormed } from '../../text/well-formed';

/**
 * Writing site values (a title, a language, a URL: text from the old site, hostile until shown
 * otherwise) into the configuration files of the scaffolds, each in its language's own quoting.
 */

/**
 * A TOML basic string: JSON's escapes are TOML's, except that TOML also refuses raw DEL and
 * has no escape for a lone surrogate (made U+FFFD first).
 *
 * @example tomlString('Say "hi"') // → '"Say \\"hi\\""'
 */
export function tomlString(value: string): string {
  return JSON.stringify(toWellFormed(value)).replace(/\x7f/g, '\\u007F');
}

/**
 * A JavaScript string literal, safe anywhere in a module (also U+2028/U+2029, which older
 * parsers took for line ends, and `</script>` if it ever lands in HTML).
 *
 * @example jsString('a</script>') // → '"a\\u003C/script>"'
 */
export function jsString(value: string): string {
  return JSON.stringify(toWellFormed(value)).replace(/[\u2028\u2029<]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * A YAML document of plain values, written by the front-matter writer (every string a YAML
 * 1.1 or 1.2 reader would misread is quoted, line breaks of YAML 1.1 escaped).
 *
 * @example yamlDocument({ title: 'yes' }) // → 'title: "yes"\n'
 */
export function yamlDocument(fields: Record<string, unknown>): string {
  return renderFrontMatter(fields).replace(/^---\n/, '').replace(/---\n$/, '');
}

/** JSON for a data file, ending with a line break; lone surrogates made U+FFFD (no UTF-8 file holds one). */
export function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? toWellFormed(v) : v), 2)}\n`;
}
