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

type Measure = PostMeasure & { file: string; slug: string };
type Row = { file: string; posts: number; failed: number; note: string; measures: Measure[] };

const dir = resolve(process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'corpus', 'public'));
const rows: Row[] = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => measureFile(dir, file));
printTable(rows);
printRendered(rows);

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
    measures.push({ ...measurePost(post.content?.rendered ?? post.content?.raw ?? '', article), file, slug: article.slug });
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
  const leaks = (k: keyof PostMeasure['leaks']) => String(ms.filter((m) => m.leaks[k]).length);
  return [
    name, String(rs.reduce((a, r) => a + r.posts, 0)), String(rs.reduce((a, r) => a + r.failed, 0)),
    pct(ratio(sum((m) => m.keptWords), sum((m) => m.sourceWords))), pct(min((m) => ratio(m.keptWords, m.sourceWords))),
    pct(ratio(sum((m) => m.contentWords), sum((m) => m.outputWords))), pct(min((m) => ratio(m.contentWords, m.outputWords))),
    `${sum((m) => m.headings[0])}/${sum((m) => m.headings[1])}`, `${sum((m) => m.listItems[0])}/${sum((m) => m.listItems[1])}`,
    leaks('builderClass'), leaks('dataAttribute'), leaks('inlineStyle'), leaks('shortcode'),
  ];
}

function worst(label: string, ms: Measure[], f: (m: PostMeasure) => number): void {
  if (!ms.length) return;
  const w = ms.reduce((a, b) => (f(b) < f(a) ? b : a));
  console.log(`  ${label}: ${(f(w) * 100).toFixed(1)}% — ${w.file}#${w.id}`);
}

// The Markdown as markdown-it renders it, as a reader sees it, against the source: the targets
// are worst retention and precision ≥ 99%, every source medium a block or a warning, and no
// lost word without a warning.
function printRendered(all: Row[]): void {
  const head = ['file', 'retention', 'worst', 'precision', 'worst', 'media', 'blocks', 'warned', 'short', 'silent'];
  const lines = [head, ...all.filter((r) => r.measures.length).map((r) => renderedCells(r.file.replace(/\.json$/, ''), r.measures))];
  lines.push(renderedCells('TOTAL', all.flatMap((r) => r.measures)));
  console.log('\nMarkdown rendered with markdown-it (html on), against content.rendered as a browser shows it:');
  const widths = head.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const l of lines) console.log(l.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  const ms = all.flatMap((r) => r.measures);
  const name = (m: Measure) => `${m.file.replace(/\.json$/, '')}#${m.id} (${m.slug})`;
  const list = (label: string, picked: Measure[], say: (m: Measure) => string) => {
    console.log(`\n${label}: ${picked.length ? '' : 'none'}`);
    for (const m of picked.slice(0, 12)) console.log(`  ${name(m)}: ${say(m)}`);
    if (picked.length > 12) console.log(`  … and ${picked.length - 12} more`);
  };
  const by = (f: (m: Measure) => number) => [...ms].sort((a, b) => f(a) - f(b));
  list('Worst retention', by(retention).filter((m) => retention(m) < 1), (m) => `${pct(retention(m))} of ${m.rendered.sourceWords}; lost: ${m.rendered.lost.join(' ')}`);
  list('Worst precision', by(precision).filter((m) => precision(m) < 1), (m) => `${pct(precision(m))} of ${m.rendered.renderedWords}; added: ${m.rendered.added.join(' ')}`);
  list('Media neither a block nor a warning', ms.filter(mediaShort), (m) => `${m.rendered.sourceMedia} in the source, ${m.rendered.articleMedia} blocks, ${m.rendered.mediaWarnings} warned`);
  list('Words lost without any content warning', ms.filter(silent), (m) => `${m.rendered.sourceWords - m.rendered.keptWords} words; lost: ${m.rendered.lost.join(' ')}`);
}

function renderedCells(name: string, ms: Measure[]): string[] {
  const sum = (f: (m: Measure) => number) => ms.reduce((a, m) => a + f(m), 0);
  const min = (f: (m: Measure) => number) => (ms.length ? Math.min(...ms.map(f)) : 1);
  return [
    name,
    pct(ratio(sum((m) => m.rendered.keptWords), sum((m) => m.rendered.sourceWords))), pct(min(retention)),
    pct(ratio(sum((m) => m.rendered.shownWords), sum((m) => m.rendered.renderedWords))), pct(min(precision)),
    String(sum((m) => m.rendered.sourceMedia)), String(sum((m) => m.rendered.articleMedia)), String(sum((m) => m.rendered.mediaWarnings)),
    String(ms.filter(mediaShort).length), String(ms.filter(silent).length),
  ];
}

function retention(m: Measure): number {
  return ratio(m.rendered.keptWords, m.rendered.sourceWords);
}
function precision(m: Measure): number {
  return ratio(m.rendered.shownWords, m.rendered.renderedWords);
}
function mediaShort(m: Measure): boolean {
  return m.rendered.articleMedia + m.rendered.mediaWarnings < m.rendered.sourceMedia;
}
function silent(m: Measure): boolean {
  return m.rendered.keptWords < m.rendered.sourceWords && m.rendered.contentWarnings === 0;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
