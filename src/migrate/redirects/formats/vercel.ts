import type { Redirect } from '../../schema';
import { safeRedirects } from './safe-redirects';
import { splitQuery } from './split-query';

/**
 * `vercel.json` with a `redirects` array: `source` (a path-to-regexp pattern, so `:`, `*`,
 * `+`, `?`, `(`, `)`, `{`, `}` and `\` are escaped with a backslash; `encodePath` has already
 * encoded most), `destination`, `statusCode`. Query forms match with `has: [{ type: 'query' }]`
 * on `/` (the value is a regular expression, escaped and anchored). Vercel allows 2,048 routes
 * per deployment; past that, use its bulk redirects or another format.
 *
 * @example JSON.parse(vercelRedirects([{ from: '/old/', to: '/new/', status: 301 }]).content).redirects[0] // → { source: '/old/', destination: '/new/', statusCode: 301 }
 */
export function vercelRedirects(input: readonly Redirect[]): { file: string; content: string } {
  const redirects = safeRedirects(input);
  const list = redirects.map((r) => {
    const { path, query } = splitQuery(r.from);
    const rule: Record<string, unknown> = { source: escapePattern(path), destination: r.to, statusCode: r.status };
    if (query.length > 0) rule.has = query.map(([key, value]) => (value === null ? { type: 'query', key: safeDecode(key) } : { type: 'query', key: safeDecode(key), value: `^${escapeRegex(safeDecode(value))}$` }));
    return rule;
  });
  return { file: 'vercel.json', content: JSON.stringify({ redirects: list }, null, 2) + '\n' };
}

function escapePattern(path: string): string {
  return path.replace(/[\\:*+?(){}]/g, (c) => `\\${c}`);
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/-]/g, (c) => `\\${c}`);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}
