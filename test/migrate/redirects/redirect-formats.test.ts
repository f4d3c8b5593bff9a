import { buildRedirects } from '../../../src/migrate/redirects/build-redirects';
import { redirectFormats } from '../../../src/migrate/redirects/redirect-formats';
import { decodedPath, encodePath, encodeTarget } from '../../../src/migrate/redirects/encode-path';
import type { Redirect } from '../../../src/migrate/schema';
import { hostilePlanned, HOSTILE_FROM, HOSTILE_TO } from './hostile-paths';

const redirects = buildRedirects(hostilePlanned);
// A caller's own list, not through buildRedirects: every format must defend itself.
const raw: Redirect[] = HOSTILE_FROM.map((from, i) => ({ from, to: HOSTILE_TO[i % HOSTILE_TO.length]!, status: i % 2 ? 302 : 301 }));
// What a format writes for a redirect: both ends in their one encoded form.
const expected = (list: Redirect[]): Redirect[] => list.map((r) => ({ from: encodePath(r.from), to: encodeTarget(r.to), status: r.status }));

describe.each([
  ['built', redirects],
  ['raw', raw],
])('redirect formats (%s hostile list)', (_name, list) => {
  const safe = expected(list);
  const paths = safe.filter((r) => !r.from.includes('?'));
  const queries = safe.filter((r) => r.from.includes('?'));

  it('netlify: one `from to status` line per path, `path key=value… to status!` per query form, nothing else', () => {
    const { file, content } = redirectFormats.netlify(list);
    expect(file).toBe('_redirects');
    const lines = content.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    expect(lines).toHaveLength(list.length);
    const plain = lines.slice(0, paths.length).map((l) => l.split(' '));
    expect(plain).toEqual(paths.map((r) => [r.from, r.to, String(r.status)]));
    for (const l of lines.slice(paths.length)) expect(l).toMatch(/^\/\S* (?:[^\s=]+=\S* )+\S+ 30[12]!$/);
    expect(lines.slice(paths.length)).toHaveLength(queries.length);
    // Nothing a _redirects parser reads as a pattern or a comment inside a path.
    for (const [from] of plain) expect(from).not.toMatch(/[:*#\s]/);
  });

  it('vercel: valid JSON, one rule each, sources with no unescaped path-to-regexp syntax, queries as `has`', () => {
    const { file, content } = redirectFormats.vercel(list);
    expect(file).toBe('vercel.json');
    const rules = (JSON.parse(content) as { redirects: { source: string; destination: string; statusCode: number; has?: { type: string; key: string; value: string }[] }[] }).redirects;
    expect(rules).toHaveLength(list.length);
    for (const r of rules) {
      expect(r.source).not.toMatch(/(?<!\\)[:*+?(){}]/);
      expect(r.destination).not.toMatch(/[\s"\n]/);
      for (const h of r.has ?? []) expect(() => new RegExp(h.value)).not.toThrow();
    }
    const q = rules.find((r) => r.has?.some((h) => h.key === 'x'))!;
    expect(q.has).toEqual([{ type: 'query', key: 'page_id', value: '^7$' }, { type: 'query', key: 'x', value: '^\\$1$' }]);
    expect(new RegExp(q.has![1]!.value).test('$1')).toBe(true);
  });

  it('nginx: every entry is two quoted strings an nginx tokenizer reads back; no variable can be interpolated', () => {
    const { file, content } = redirectFormats.nginx(list);
    expect(file).toBe('redirects.nginx.conf');
    const blocks = nginxMaps(content);
    const byStatus = (s: number) => safe.filter((r) => r.status === s);
    for (const status of [...new Set(safe.map((r) => r.status))]) {
      const uri = blocks.get(`$unpress_redirect_${status}`)!;
      const req = blocks.get(`$unpress_redirect_${status}_query`)!;
      for (const r of byStatus(status)) {
        if (r.from.includes('?')) expect(req.get(r.from.toLowerCase())).toBe(r.to);
        else expect(uri.get(decodedPath(r.from).toLowerCase())).toBe(r.to);
      }
      for (const m of [uri, req]) for (const v of m.values()) expect(v).not.toContain('$');
    }
  });

  it('apache: ASCII-only anchored patterns, escaped substitutions, a condition per query variable', () => {
    const { file, content } = redirectFormats.apache(list);
    expect(file).toBe('.htaccess');
    const rules = content.split('\n').filter((l) => l.startsWith('RewriteRule'));
    expect(rules).toHaveLength(list.length);
    for (const l of rules) {
      const [, pattern, target, flags, ...rest] = l.split(' ');
      expect(rest).toEqual([]);
      expect(pattern).toMatch(/^\^[A-Za-z0-9/_~\\x-]*(?:\/\?)?\$$/);
      expect(target).not.toMatch(/(?<!\\)[$%]/);
      expect(flags).toMatch(/^\[R=30[12],L,NE(?:,QSD)?\]$/);
    }
    expect(content.split('\n').filter((l) => l.startsWith('RewriteCond'))).toHaveLength(queries.reduce((n, r) => n + r.from.split('?')[1]!.split('&').length, 0));
    expect(content).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('csv: RFC 4180 rows read back as the redirects', () => {
    const { file, content } = redirectFormats.csv(list);
    expect(file).toBe('redirects.csv');
    expect(parseCsv(content)).toEqual([['from', 'to', 'status'], ...safe.map((r) => [r.from, r.to, String(r.status)])]);
  });
});

describe('redirect formats: exact output', () => {
  const few: Redirect[] = [
    { from: '/2024/01/02/hello/', to: '/posts/hello/', status: 301 },
    { from: '/?p=12', to: '/posts/hello/', status: 301 },
  ];
  it('netlify', () => {
    expect(redirectFormats.netlify(few).content).toBe('/2024/01/02/hello/ /posts/hello/ 301\n# Query-string forms (Netlify only; Cloudflare Pages ignores these lines)\n/ p=12 /posts/hello/ 301!\n');
  });
  it('apache', () => {
    expect(redirectFormats.apache(few).content).toBe(
      '# unpress migrate: redirects from the old site (mod_rewrite, for the document root).\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteRule ^2024/01/02/hello/?$ /posts/hello/ [R=301,L,NE]\nRewriteCond %{QUERY_STRING} (?:^|&)p=12(?:&|$) [NC]\nRewriteRule ^$ /posts/hello/ [R=301,L,NE,QSD]\n</IfModule>\n',
    );
  });
  it('nginx', () => {
    expect(redirectFormats.nginx(few).content).toContain('map $uri $unpress_redirect_301 {\n    default "";\n    "/2024/01/02/hello/" "/posts/hello/";\n    "/2024/01/02/hello" "/posts/hello/";\n}');
    expect(redirectFormats.nginx(few).content).toContain('map $request_uri $unpress_redirect_301_query {\n    default "";\n    "/?p=12" "/posts/hello/";\n}');
  });
  it('empty lists give valid, empty files', () => {
    expect(redirectFormats.netlify([]).content).toBe('');
    expect(JSON.parse(redirectFormats.vercel([]).content)).toEqual({ redirects: [] });
    expect(redirectFormats.csv([]).content).toBe('from,to,status\r\n');
  });
});

// nginx's ngx_conf_read_token, for map blocks: words, quoted strings with \" \\ \' \n \r \t, `#` comments.
function nginxMaps(conf: string): Map<string, Map<string, string>> {
  const tokens: string[] = [];
  let i = 0;
  while (i < conf.length) {
    const c = conf[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '#') while (i < conf.length && conf[i] !== '\n') i++;
    else if (c === ';' || c === '{' || c === '}') (tokens.push(c), i++);
    else if (c === '"') {
      let s = '';
      for (i++; conf[i] !== '"'; i++) {
        if (i >= conf.length) throw new Error('unterminated string');
        if (conf[i] === '\\') {
          const n = conf[++i]!;
          s += n === 'n' ? '\n' : n === 'r' ? '\r' : n === 't' ? '\t' : n === '"' || n === '\\' || n === "'" ? n : `\\${n}`;
        } else s += conf[i];
      }
      i++;
      tokens.push(`"${s}`);
    } else {
      let s = '';
      while (i < conf.length && !/[\s;{}"]/.test(conf[i]!)) s += conf[i++];
      tokens.push(s);
    }
  }
  const maps = new Map<string, Map<string, string>>();
  for (let t = 0; t < tokens.length; ) {
    expect(tokens.slice(t, t + 1)).toEqual(['map']);
    const name = tokens[t + 2]!;
    expect(tokens[t + 3]).toBe('{');
    const entries = new Map<string, string>();
    t += 4;
    while (tokens[t] !== '}') {
      const [k, v, semi] = tokens.slice(t, t + 3);
      expect(semi).toBe(';');
      if (k !== 'default') entries.set(k!.slice(1).toLowerCase(), v!.slice(1));
      t += 3;
    }
    t++;
    maps.set(name, entries);
  }
  return maps;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"', i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
