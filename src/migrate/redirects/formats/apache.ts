import type { Redirect } from '../../schema';
import { decodedPath } from '../encode-path';
import { splitQuery } from './split-query';

/**
 * Apache `.htaccess` rules (mod_rewrite, for the document root): one `RewriteRule` per redirect,
 * anchored (`^old/path/?$`: exact, trailing slash optional, never a prefix match as mod_alias's
 * `Redirect` would be), matched against the decoded path as Apache does in a directory context.
 * Query forms (`/?p=12`) add a `RewriteCond %{QUERY_STRING}` for the variable and drop the old
 * query (`QSD`). Patterns are written in ASCII with every character other than letters, digits,
 * `/`, `_`, `~` and `-` as `\xHH` UTF-8 bytes, so no space, quote, `$` or metacharacter is read
 * as syntax; substitutions are encoded paths with `%` and `$` escaped (`\%`, `\$`), sent as they
 * are (`NE`).
 *
 * @example apacheRedirects([{ from: '/old/', to: '/new/', status: 301 }]).content.includes('RewriteRule ^old/?$ /new/ [R=301,L,NE]') // → true
 */
export function apacheRedirects(redirects: readonly Redirect[]): { file: string; content: string } {
  const lines = ['# unpress migrate: redirects from the old site (mod_rewrite, for the document root).', '<IfModule mod_rewrite.c>', 'RewriteEngine On'];
  for (const r of redirects) {
    const { path, query } = splitQuery(r.from);
    const target = r.to.replace(/[\\%$]/g, (c) => `\\${c}`);
    for (const [k, v] of query) lines.push(`RewriteCond %{QUERY_STRING} (?:^|&)${bytes(k)}=${bytes(v)}(?:&|$) [NC]`);
    lines.push(`RewriteRule ^${pattern(path)}$ ${target} [R=${r.status},L,NE${query.length > 0 ? ',QSD' : ''}]`);
  }
  lines.push('</IfModule>', '');
  return { file: '.htaccess', content: lines.join('\n') };
}

// The path as a directory-context pattern: no leading slash, decoded, trailing slash optional.
function pattern(encoded: string): string {
  const path = decodedPath(encoded).replace(/^\/+/, '').replace(/\/$/, '');
  return path === '' ? '' : `${bytes(path)}/?`;
}

function bytes(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/^[A-Za-z0-9/_~-]$/.test(ch)) out += ch;
    else for (const b of new TextEncoder().encode(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}
