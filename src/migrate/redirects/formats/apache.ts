import type { Redirect } from '../../schema';
import { safeRedirects } from './safe-redirects';
import { decodedPath } from '../encode-path';
import { splitQuery } from './split-query';

/**
 * Apache `.htaccess` rules (mod_rewrite, for the document root): one `RewriteRule` per redirect,
 * anchored (`^old/path/?$`: exact, trailing slash optional, never a prefix match as mod_alias's
 * `Redirect` would be), matched against the path as Apache decodes it in a directory context.
 * Query forms (`/?p=12`) add a `RewriteCond %{QUERY_STRING}` for the variable and drop the old
 * query (`QSD`). Patterns are written in ASCII with every character other than letters, digits,
 * `/`, `_`, `~` and `-` as `\xHH` UTF-8 bytes, so no space, quote, `$` or metacharacter is read
 * as syntax; substitutions are encoded paths with `%` and `$` escaped (`\%`, `\$`), sent as they
 * are (`NE`).
 *
 * @example apacheRedirects([{ from: '/old/', to: '/new/', status: 301 }]).content.includes('RewriteRule ^old/?$ /new/ [R=301,L,NE]') // → true
 */
export function apacheRedirects(input: readonly Redirect[]): { file: string; content: string } {
  const redirects = safeRedirects(input);
  const lines = ['# unpress migrate: redirects from the old site (mod_rewrite, for the document root).', '<IfModule mod_rewrite.c>', 'RewriteEngine On'];
  for (const r of redirects) {
    const { path, query } = splitQuery(r.from);
    const target = r.to.replace(/[\\%$]/g, (c) => `\\${c}`);
    for (const [k, v] of query) lines.push(`RewriteCond %{QUERY_STRING} (?:^|&)${rawQuery(k)}${v === null ? '' : `=${rawQuery(v)}`}(?:&|$) [NC]`);
    lines.push(`RewriteRule ^${pattern(path)}$ ${target} [R=${r.status},L,NE${query.length > 0 ? ',QSD' : ''}]`);
  }
  lines.push('</IfModule>', '');
  return { file: '.htaccess', content: lines.join('\n') };
}

// The path as a directory-context pattern: no leading slash, trailing slash optional, each
// escape of the encoded form as the byte Apache decodes it to (`%C3%A9` → `\xc3\xa9`).
function pattern(encoded: string): string {
  const path = encoded.replace(/^\/+/, '').replace(/\/$/, '');
  return path === '' ? '' : `${bytes(path)}/?`;
}

// Letters, digits, `/`, `_`, `~` and `-` as they are; escapes and every other character as
// `\xHH` bytes (UTF-8), so nothing in a pattern or condition is Apache or regex syntax.
function bytes(encoded: string): string {
  return encoded.replace(/%([0-9A-Fa-f]{2})|[^A-Za-z0-9/_~-]/gu, (m, hex: string | undefined) =>
    hex !== undefined ? `\\x${hex.toLowerCase()}` : [...new TextEncoder().encode(m)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join(''),
  );
}

// A query part as the raw QUERY_STRING may hold it (Apache does not decode it, and browsers
// send some characters as they are, others escaped): each character other than a letter, digit,
// `-`, `_`, `.` or `~` matches either its bytes or its escape (a space also `+`).
function rawQuery(encoded: string): string {
  let out = '';
  for (const ch of decodedPath(encoded)) {
    if (/^[A-Za-z0-9_~-]$/.test(ch)) out += ch;
    else {
      const b = [...new TextEncoder().encode(ch)];
      const raw = b.map((x) => `\\x${x.toString(16).padStart(2, '0')}`).join('');
      const escaped = b.map((x) => `\\x25${x.toString(16).padStart(2, '0')}`).join('');
      out += `(?:${raw}|${escaped}${ch === ' ' ? '|\\+' : ''})`;
    }
  }
  return out;
}
