/**
 * `npm run corpus-report [dir]`: runs every post of a corpus of WordPress REST JSON files
 * (default `../shared/corpus/public`) through `parsePosts` and prints, per file and in total,
 * how much of the source content the articles kept, how much of the articles is source content,
 * and which posts still carry builder residue. Not part of `npm test`: it reads files outside
 * the repository and its numbers are for people, not assertions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePosts } from '../src';
import { parseWpPost } from '../src/parse/parse-wp-post';
import { postList } from '../src/parse-posts';
import { readJson } from '../src/parse/read-json';
import { measurePost, type PostMeasure } from './corpus-report/measure-post';

type Row = { file: string; posts: number; failed: number; note: string; measures: (PostMeasure & { file: string })[] };

const dir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'corpus', 'public'));
const rows: Row[] = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => measureFile(dir, file));
printTable(rows);

function measureFile(root: string, file: string): Row {
  const buf = readFileSync(join(root, file));
  let items: unknown[];
  try {
    items = postList(readJson(buf));
  } catch (e) {
    return { file, posts: 0, failed: 0, note: `no posts: ${(e as Error).message.slice(0, 60)}`, measures: [] };
  }
  const { articles, failures } = parsePosts(buf);
  const failed = new Set(failures.map((f) => f.index));
  const measures: Row['measures'] = [];
  let a = 0;
  items.forEach((item, i) => {
    if (failed.has(i)) return;
    const article = articles[a++]!;
    const post = parseWpPost(item, [i]);
    if (post.content?.protected) return;
    measures.push({ ...measurePost(post.content?.rendered ?? post.content?.raw ?? '', article), file });
  });
  for (const f of failures) console.error(`FAILED ${file} #${f.index} (id ${f.id}): ${f.error.message}`);
  return { file, posts: items.length, failed: failures.length, note: '', measures };
}

function printTable(all: Row[]): void {
  const head = ['file', 'posts', 'failed', 'words kept', 'worst', 'content', 'worst', 'headings', 'list items', 'class', 'data-', 'style', 'shortcode'];
  const lines = [head, ...all.map((r) => cells(r.file.replace(/\.json$/, ''), [r]))];
  lines.push(cells('TOTAL', all));
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const l of lines) console.log(l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  for (const r of all) if (r.note) console.log(`  ${r.file}: ${r.note}`);
  const ms = all.flatMap((r) => r.measures);
  console.log('\nWorst post per metric:');
  worst('words kept', ms, (m) => ratio(m.keptWords, m.sourceWords));
  worst('content share', ms, (m) => ratio(m.contentWords, m.outputWords));
  worst('headings kept', ms, (m) => ratio(...m.headings));
  worst('list items kept', ms, (m) => ratio(...m.listItems));
  for (const k of ['builderClass', 'dataAttribute', 'inlineStyle', 'shortcode'] as const) {
    const bad = ms.filter((m) => m.leaks[k]);
    console.log(`  ${k} leaks: ${bad.length ? bad.map((m) => `${m.file}#${m.id}`).join(', ') : 'none'}`);
  }
}

function cells(name: string, rs: Row[]): string[] {
  const ms = rs.flatMap((r) => r.measures);
  const sum = (f: (m: PostMeasure) => number) => ms.reduce((a, m) => a + f(m), 0);
  const min = (f: (m: PostMeasure) => number) => (ms.length ? Math.min(...ms.map(f)) : 1);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const leaks = (k: keyof PostMeasure['leaks']) => String(ms.filter((m) => m.leaks[k]).length);
  return [
    name, String(rs.reduce((a, r) => a + r.posts, 0)), String(rs.reduce((a, r) => a + r.failed, 0)),
    pct(ratio(sum((m) => m.keptWords), sum((m) => m.sourceWords))), pct(min((m) => ratio(m.keptWords, m.sourceWords))),
    pct(ratio(sum((m) => m.contentWords), sum((m) => m.outputWords))), pct(min((m) => ratio(m.contentWords, m.outputWords))),
    `${sum((m) => m.headings[0])}/${sum((m) => m.headings[1])}`, `${sum((m) => m.listItems[0])}/${sum((m) => m.listItems[1])}`,
    leaks('builderClass'), leaks('dataAttribute'), leaks('inlineStyle'), leaks('shortcode'),
  ];
}

function worst(label: string, ms: (PostMeasure & { file: string })[], f: (m: PostMeasure) => number): void {
  if (!ms.length) return;
  const w = ms.reduce((a, b) => (f(b) < f(a) ? b : a));
  console.log(`  ${label}: ${(f(w) * 100).toFixed(1)}% — ${w.file}#${w.id}`);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
