import type { Redirect } from '../../schema';
import { safeRedirects } from './safe-redirects';
import { splitQuery } from './split-query';

/**
 * Netlify's `_redirects` (read by Cloudflare Pages and Workers too): one `from to status` line
 * per redirect. Paths are `encodePath`'s form, so no space, `#`, `:` (placeholder) or `*`
 * (splat) can split a line or turn into a pattern. Query forms (`/?p=12`) use Netlify's query
 * matching (`/ p=12 /new 301!`, forced because `/` exists); Cloudflare does not match queries
 * and ignores those four-field lines, so they come last, after the plain ones (which Cloudflare
 * counts as static redirects: 2,000 per project, 1,000 characters per line).
 *
 * @example netlifyRedirects([{ from: '/old/', to: '/new/', status: 301 }]).content // → '/old/ /new/ 301\n'
 */
export function netlifyRedirects(input: readonly Redirect[]): { file: string; content: string } {
  const redirects = safeRedirects(input);
  const plain: string[] = [];
  const withQuery: string[] = [];
  for (const r of redirects) {
    const { path, query } = splitQuery(r.from);
    if (query.length === 0) plain.push(`${r.from} ${r.to} ${r.status}`);
    else withQuery.push(`${path} ${query.map(([k, v]) => `${k}=${v ?? ''}`).join(' ')} ${r.to} ${r.status}!`);
  }
  const lines = [...plain, ...(withQuery.length > 0 ? ['# Query-string forms (Netlify only; Cloudflare Pages ignores these lines)', ...withQuery] : [])];
  return { file: '_redirects', content: lines.length === 0 ? '' : lines.join('\n') + '\n' };
}
