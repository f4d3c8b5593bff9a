import { spawnSync } from 'node:child_process';
import { parse } from 'yaml';

// PyYAML reads YAML 1.1 as Jekyll's Psych does: `CSafeLoader` is libyaml itself (Psych's
// parser), `SafeLoader` PyYAML's own. No npm package reads U+0085, U+2028 and U+2029 as line
// breaks (js-yaml 3 and 4 refuse them in plain scalars), so the 1.1 reader is Python's.
const SCRIPT = String.raw`
import sys, json, datetime, yaml
docs = json.load(sys.stdin)
loaders = [yaml.SafeLoader] + ([yaml.CSafeLoader] if getattr(yaml, '__with_libyaml__', False) else [])
def plain(v):
    if isinstance(v, (datetime.datetime, datetime.date)): return {'$date': v.isoformat()}
    if isinstance(v, dict): return {str(k): plain(x) for k, x in v.items()}
    if isinstance(v, list): return [plain(x) for x in v]
    return v
out = []
for d in docs:
    row = []
    for L in loaders:
        try: row.append({'value': plain(yaml.load(d, Loader=L))})
        except Exception as e: row.append({'error': type(e).__name__ + ': ' + str(e)[:200]})
    out.append(row)
json.dump(out, sys.stdout)
`;

/** Why the YAML 1.1 reader cannot run here, or null when it can. */
export const yaml11Missing: string | null = (() => {
  const r = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
  return r.status === 0 ? null : 'python3 with PyYAML not found (apt-get install python3-yaml): YAML 1.1 round trips skipped';
})();

/**
 * Each YAML document as PyYAML reads it, with each of its loaders (pure Python, and libyaml when
 * built with it): the value (dates as `{ $date: iso }`) or the error.
 */
export function readYaml11(docs: string[]): { value?: unknown; error?: string }[][] {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(docs), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`PyYAML failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { value?: unknown; error?: string }[][];
}

/** The YAML between a Markdown file's `---` lines (`''` when it has none). */
export function frontMatterOf(md: string): string {
  if (!md.startsWith('---\n')) return '';
  const end = md.indexOf('\n---\n', 3);
  return md.slice(4, end + 1);
}

/**
 * Differences between how YAML 1.1 (every PyYAML loader) and YAML 1.2 (the `yaml` library)
 * read each document: keys, values, or a reader's error. A timestamp (a date to 1.1, a string
 * to 1.2's core schema) agrees when both name the same instant.
 */
export function yaml11Differences(docs: string[]): string[] {
  const problems: string[] = [];
  readYaml11(docs).forEach((readings, i) => {
    const doc = docs[i]!;
    const v12 = parse(doc);
    for (const r of readings) {
      const where = `document ${JSON.stringify(doc.slice(0, 300))}`;
      if (r.error !== undefined) problems.push(`${where}: YAML 1.1 reader failed: ${r.error}`);
      else if (!same(r.value, v12)) problems.push(`${where}: YAML 1.1 read ${JSON.stringify(r.value)}, YAML 1.2 read ${JSON.stringify(v12)}`);
    }
  });
  return problems;
}

function same(a: unknown, b: unknown): boolean {
  if (a && typeof a === 'object' && '$date' in a && typeof b === 'string') return sameInstant((a as { $date: string }).$date, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object' || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => kb.includes(k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b) || (typeof a === 'number' && a === b);
}

// `2024-05-01 10:00:00 +0200` (Jekyll) and `2024-05-01T10:00:00+02:00` are the same instant;
// a date alone must be the same day.
function sameInstant(iso11: string, text12: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso11)) return text12 === iso11;
  const t = Date.parse(text12.replace(/^(\S+) (\S+) ([+-]\d{2})(\d{2})$/, '$1T$2$3:$4'));
  return !Number.isNaN(t) && t === Date.parse(iso11.includes('+') || iso11.endsWith('Z') || /-\d{2}:\d{2}$/.test(iso11) ? iso11 : `${iso11}Z`);
}
