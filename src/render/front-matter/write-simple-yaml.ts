import { Document, isScalar } from 'yaml';
import { readsAsItself } from './reads-as-itself';
import { NEEDS_YAML_ESCAPE } from './yaml-escapes';

// The scalars the `yaml` library's core schema reads as something other than a string: a plain
// string matching one of these is quoted by the library, so the fast writer leaves it to it.
const NOT_STRINGS = new Document().schema.tags.filter((t) => t.default && t.tag !== 'tag:yaml.org,2002:str' && t.test).map((t) => t.test!);
// The library's own test for strings that cannot be written plain (`stringifyString.js`).
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;
// Characters the library always double-quotes (control characters, lone surrogates).
const FORCE_QUOTE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The YAML the `yaml` library writes (`lineWidth: 0`) for a flat mapping of strings, numbers,
 * booleans, plain-typed scalars (`yamlDate`) and lists of strings, written directly; `null` for
 * anything else (nested mappings, multi-line or escaped strings), which the caller hands to the
 * library. `misread(s)` says a string must be double-quoted. Byte-identical to the library's
 * output where it answers (property-tested against it); a front matter costs microseconds.
 *
 * @example writeSimpleYaml({ title: 'Hello', tags: ['a', 'b'] }, () => false) // → 'title: Hello\ntags:\n  - a\n  - b\n'
 */
export function writeSimpleYaml(fields: Record<string, unknown>, misread: (s: string) => boolean): string | null {
  let out = '';
  for (const key of Object.keys(fields)) {
    if (!KEY.test(key) || misread(key) || readsAsOther(key)) return null;
    const value = fields[key];
    if (Array.isArray(value)) {
      if (value.length === 0) return null;
      out += `${key}:\n`;
      for (const item of value) {
        const s = typeof item === 'string' ? stringScalar(item, misread) : null;
        if (s === null) return null;
        out += `  - ${s}\n`;
      }
      continue;
    }
    const s = scalar(value, misread);
    if (s === null) return null;
    out += `${key}: ${s}\n`;
  }
  return out;
}

function scalar(value: unknown, misread: (s: string) => boolean): string | null {
  if (typeof value === 'string') return stringScalar(value, misread);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? JSON.stringify(value) : null;
  if (isScalar(value) && value.type === 'PLAIN' && typeof value.value === 'string' && !value.tag && !value.anchor && !value.comment && !value.commentBefore) {
    return plain(value.value);
  }
  return null;
}

function stringScalar(value: string, misread: (s: string) => boolean): string | null {
  // The common title, slug or URL: it passes every test of `plain` (it starts with a letter and
  // has no line break, control character, indicator or trailing space) and no YAML reader takes
  // it for anything but itself, so it is written as it is without a dozen more regex tests.
  if (readsAsItself(value)) return value;
  // Written with YAML's own escapes, which the library's output gets afterwards.
  if (NEEDS_YAML_ESCAPE.test(value)) return null;
  if (misread(value)) {
    // Double-quoted: the library writes JSON's quoting unless an escape needs its own form.
    const json = JSON.stringify(value);
    return json.includes('\\') ? null : json;
  }
  return plain(value);
}

function plain(value: string): string | null {
  if (value.includes('\n') || FORCE_QUOTE.test(value) || NOT_PLAIN.test(value) || DOCUMENT_MARKER.test(value) || readsAsOther(value)) return null;
  return value;
}

function readsAsOther(value: string): boolean {
  for (const test of NOT_STRINGS) if (test.test(value)) return true;
  return false;
}
