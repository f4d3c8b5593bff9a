import type { Warning } from '../schema/article';
import { printable } from './printable';

/**
 * A post's warnings for `unpress convert --warnings`: one indented line each, `code at path:
 * message`, made safe for a terminal (messages quote the input: hosts, shortcode names).
 *
 * @example warningLines([{ code: 'table_spans', message: 'A table…', path: 'body[3]' }]) // → '  ⚠ table_spans at body[3]: A table…\n'
 */
export function warningLines(warnings: Warning[]): string {
  return warnings.map((w) => `  ⚠ ${printable(w.code)}${w.path === null ? '' : ` at ${printable(w.path)}`}: ${printable(w.message)}\n`).join('');
}
