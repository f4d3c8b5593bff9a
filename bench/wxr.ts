import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fixturePosts } from './corpus';
import { loadLibrary } from './library';

/**
 * `--wxr MB`: WordPress exports. Writes an export of about `mb` MB from the fixtures' posts (each
 * fixture's rendered content as stored content, with an author, terms, a featured image and its
 * attachment, as export_wp() writes them), then times a bare SAX pass over it (saxes, counting
 * elements: the floor of any XML reader), `readWxr` over it (XML parse and item assembly, both
 * passes), each in a process of its own, best of `rounds` (twice, alternating), and the CLI
 * converting it (`convert FILE.xml --out DIR -q`, its own process, with its
 * peak RSS), at a quarter of the size and at the full size, to see memory stay flat.
 */
export async function benchWxr(mb: number, fixtures: string, tmp: string, rounds = 3): Promise<string> {
  const dir = mkdtempSync(join(tmp, 'unpress-wxr-bench-'));
  try {
    // Fails early on a stale build (the child processes load the same bundle).
    loadLibrary();
    const lines: string[] = ['| export | items | SAX pass s | readWxr s | readWxr ÷ SAX | CLI s | CLI posts | CLI peak RSS MB |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
    for (const size of [mb / 4, mb]) {
      const file = join(dir, `export-${size}.xml`);
      const items = await writeExport(file, size * 1024 * 1024, fixtures);
      // Each side in a process of its own (bench/wxr-pass.ts), best of `rounds`, alternating.
      let sax = { ms: Infinity };
      let read = { ms: Infinity };
      for (let r = 0; r < 2; r++) {
        sax = { ms: Math.min(sax.ms, passRun('sax', file, rounds)) };
        read = { ms: Math.min(read.ms, passRun('readwxr', file, rounds)) };
      }
      const cli = cliRun(file, join(dir, `out-${size}`));
      lines.push(`| ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB | ${items} | ${(sax.ms / 1000).toFixed(2)} | ${(read.ms / 1000).toFixed(2)} | ${(read.ms / sax.ms).toFixed(2)}× | ${(cli.ms / 1000).toFixed(1)} | ${cli.posts} | ${(cli.peakKb / 1024).toFixed(0)} |`);
      rmSync(file);
    }
    return `WordPress export (WXR written from the fixtures; readWxr reads each file twice: an index pass, then the posts; SAX pass and readWxr each in its own process, best of ${rounds} rounds):\n\n${lines.join('\n')}\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The best time in ms of `rounds` passes of one side, in a child process (bench/wxr-pass.ts).
function passRun(what: 'sax' | 'readwxr', file: string, rounds: number): number {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'wxr-pass.ts'), what, file, String(rounds)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`wxr-pass ${what}: exit ${r.status}: ${r.stderr}`);
  return Number(r.stdout.trim());
}

function cliRun(file: string, out: string): { ms: number; posts: number; peakKb: number } {
  const usage = join(out, '..', 'usage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(__dirname, 'resource-usage.cjs'), join(__dirname, '..', 'dist', 'cli.js'), 'convert', file, '--out', out, '-q'], { env: { ...process.env, UNPRESS_BENCH_USAGE: usage } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`CLI: exit ${r.status}: ${r.stderr}`);
  const { peakKb } = JSON.parse(require('node:fs').readFileSync(usage, 'utf8')) as { peakKb: number };
  const posts = readdirSync(out).length;
  rmSync(out, { recursive: true, force: true });
  return { ms, posts, peakKb };
}

// An export as export_wp() writes one: the channel, authors and terms, then items; every post
// has a featured image whose attachment item comes after it (as IDs usually run). `limit.posts`
// stops at that many posts; `limit.links` ends each post with links to two earlier ones (its
// permalink and its `?p=` form), for link rewriting to resolve.
export async function writeExport(file: string, bytes: number, fixtures: string, limit: { posts?: number; links?: boolean } = {}): Promise<number> {
  const posts = fixturePosts(fixtures).map((f) => f.post).filter((p) => typeof p.content?.rendered === 'string' && p.content.rendered.length > 200);
  const out = createWriteStream(file);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Bench</title>\n<link>https://bench.example.org</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_site_url>https://bench.example.org</wp:base_site_url>\n<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[ann]]></wp:author_login><wp:author_display_name><![CDATA[Ann Lee]]></wp:author_display_name></wp:author>\n<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[news]]></wp:category_nicename><wp:cat_name><![CDATA[News]]></wp:cat_name></wp:category>\n`);
  let written = 0;
  let items = 0;
  for (let i = 0; written < bytes && i < (limit.posts ?? Infinity); i++) {
    const p = posts[i % posts.length]!;
    const id = 2 * i + 10;
    const content = limit.links && i >= 2 ? `${p.content.rendered}\n<p>See <a href="https://bench.example.org/p/${id - 2}/">the one before</a> and <a href="/?p=${id - 4}">the one before that</a>.</p>` : p.content.rendered;
    const item = `<item>\n<title><![CDATA[${cdata(String(p.title?.rendered ?? 'Post'))}]]></title>\n<link>https://bench.example.org/p/${id}/</link>\n<dc:creator><![CDATA[ann]]></dc:creator>\n<guid isPermaLink="false">https://bench.example.org/?p=${id}</guid>\n<content:encoded><![CDATA[${cdata(content)}]]></content:encoded>\n<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n<wp:post_id>${id}</wp:post_id>\n<wp:post_date><![CDATA[2024-05-06 09:08:09]]></wp:post_date>\n<wp:post_date_gmt><![CDATA[2024-05-06 07:08:09]]></wp:post_date_gmt>\n<wp:post_name><![CDATA[post-${id}]]></wp:post_name>\n<wp:status><![CDATA[publish]]></wp:status>\n<wp:post_parent>0</wp:post_parent>\n<wp:menu_order>0</wp:menu_order>\n<wp:post_type><![CDATA[post]]></wp:post_type>\n<wp:post_password><![CDATA[]]></wp:post_password>\n<wp:is_sticky>0</wp:is_sticky>\n<category domain="category" nicename="news"><![CDATA[News]]></category>\n<wp:postmeta><wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key><wp:meta_value><![CDATA[${id + 1}]]></wp:meta_value></wp:postmeta>\n</item>\n<item>\n<title><![CDATA[image ${id + 1}]]></title>\n<wp:post_id>${id + 1}</wp:post_id>\n<wp:post_parent>${id}</wp:post_parent>\n<wp:post_type><![CDATA[attachment]]></wp:post_type>\n<wp:status><![CDATA[inherit]]></wp:status>\n<wp:attachment_url><![CDATA[https://bench.example.org/wp-content/uploads/2024/05/image-${id + 1}.jpg]]></wp:attachment_url>\n<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[An image]]></wp:meta_value></wp:postmeta>\n<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_metadata]]></wp:meta_key><wp:meta_value><![CDATA[a:2:{s:5:"width";i:1200;s:6:"height";i:800;}]]></wp:meta_value></wp:postmeta>\n</item>\n`;
    await write(item);
    written += Buffer.byteLength(item);
    items += 2;
  }
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  return items;
}

// `]]>` inside CDATA ends it: written as WordPress's wxr_cdata() writes it.
function cdata(text: string): string {
  return text.replace(/]]>/g, ']]]]><![CDATA[>');
}
