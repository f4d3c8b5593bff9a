import type { Redirect } from '../../schema';
import { safeRedirects } from './safe-redirects';

/**
 * `redirects.csv` (RFC 4180): a `from,to,status` header, then one row per redirect, for
 * spreadsheets, CDN bulk-redirect imports and review. Fields with a comma, quote or line break
 * are quoted with quotes doubled; a field starting with `=`, `+`, `-`, `@`, tab or CR is
 * prefixed with `'` so a spreadsheet does not run it as a formula (paths start with `/`, so
 * only hostile input is touched).
 *
 * @example csvRedirects([{ from: '/old/', to: '/new/', status: 301 }]).content // → 'from,to,status\r\n/old/,/new/,301\r\n'
 */
export function csvRedirects(input: readonly Redirect[]): { file: string; content: string } {
  const redirects = safeRedirects(input);
  const rows = [['from', 'to', 'status'], ...redirects.map((r) => [r.from, r.to, String(r.status)])];
  return { file: 'redirects.csv', content: rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n' };
}

function field(value: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
