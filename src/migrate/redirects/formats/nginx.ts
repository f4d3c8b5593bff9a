import type { Redirect } from '../../schema';
import { safeRedirects } from './safe-redirects';
import { decodedPath } from '../encode-path';
import { splitQuery } from './split-query';

/**
 * An nginx include (`redirects.nginx.conf`) of two `map` blocks, for the `http` context, and the
 * lines that use them in a `server`, as a comment. Paths match `$uri` (nginx has decoded and
 * normalised it, so keys are written decoded, as nginx compares them; map strings match
 * ignoring case, so keys differing only in case are written once); the query forms match
 * `$request_uri` exactly (`/?p=12`). Every key and value is a double-quoted string with `\`
 * and `"` escaped and control characters written as `\n`-style escapes or dropped; values are
 * encoded paths with `$` as `%24`, so no variable can be interpolated.
 *
 * @example nginxRedirects([{ from: '/old/', to: '/new/', status: 301 }]).content.includes('"/old/" "/new/";') // → true
 */
export function nginxRedirects(input: readonly Redirect[]): { file: string; content: string } {
  const redirects = safeRedirects(input);
  const byStatus = new Map<number, { paths: Entries; queries: Entries }>();
  for (const r of redirects) {
    let group = byStatus.get(r.status);
    if (!group) byStatus.set(r.status, (group = { paths: new Map(), queries: new Map() }));
    const to = r.to.replace(/\$/g, '%24');
    const { query } = splitQuery(r.from);
    if (query.length > 0) addOnce(group.queries, r.from, to);
    else {
      const path = decodedPath(r.from);
      addOnce(group.paths, path, to);
      // A permalink is reached with and without its trailing slash.
      const other = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
      if (other !== '') addOnce(group.paths, other, to);
    }
  }
  const out = ['# unpress migrate: redirects from the old site. Include in the http {} context; in the server {}:'];
  const blocks: string[] = [];
  for (const [status, group] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    const name = `$unpress_redirect_${status}`;
    out.push(`#   if (${name}) { return ${status} ${name}; }`, `#   if (${name}_query) { return ${status} ${name}_query; }`);
    blocks.push(mapBlock('$uri', name, group.paths), mapBlock('$request_uri', `${name}_query`, group.queries));
  }
  return { file: 'redirects.nginx.conf', content: [...out, '', ...blocks].join('\n') };
}

// Lower-cased key → [key as written, value]: nginx compares map strings ignoring case.
type Entries = Map<string, [string, string]>;

function addOnce(map: Entries, key: string, value: string): void {
  const k = key.toLowerCase();
  if (!map.has(k)) map.set(k, [key, value]);
}

function mapBlock(source: string, name: string, entries: Entries): string {
  const lines = [`map ${source} ${name} {`, '    default "";'];
  for (const [key, value] of entries.values()) lines.push(`    ${quote(key)} ${quote(value)};`);
  lines.push('}', '');
  return lines.join('\n');
}

/** A double-quoted nginx string: `\` and `"` escaped, newline, tab and CR as nginx's escapes, other control characters dropped. */
function quote(s: string): string {
  return `"${s
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/[\u0000-\u001f\u007f]/g, '')}"`;
}
