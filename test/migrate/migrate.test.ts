import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { migrate, type MigrateOptions } from '../../src/migrate/migrate';
import { MigrateReportSchema } from '../../src/migrate/schema';

// A small site written for these tests: posts with permalinks, a page under another, a post
// whose slug clashes, one non-Latin slug, one post that cannot be converted (its content is a
// number) and a line that is not JSON.
function post(id: number, slug: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, type: 'post', status: 'publish', slug, date: `2025-0${(id % 9) + 1}-10T09:00:00`, modified: '2025-09-01T09:00:00',
    link: `https://blog.example.net/2025/${slug}/`, guid: { rendered: `https://blog.example.net/?p=${id}` },
    title: { rendered: `Post ${id} &amp; friends` }, content: { rendered: `<p>Text of post ${id}, with a <a href="https://blog.example.net/2025/first/">link</a>.</p>` },
    excerpt: { rendered: '' }, ...more,
  };
}
const lines = [
  JSON.stringify(post(1, 'first')),
  JSON.stringify(post(2, 'second', { content: { rendered: '<p>See <a href="/?p=9">the last one</a> and <a href="https://blog.example.net/gone/">a lost page</a>.</p>' } })),
  JSON.stringify(post(3, 'about', { type: 'page', link: 'https://blog.example.net/about/' })),
  JSON.stringify(post(4, 'team', { type: 'page', parent: 3, link: 'https://blog.example.net/about/team/' })),
  JSON.stringify(post(5, 'First', { link: 'https://blog.example.net/2025/First/' })),
  JSON.stringify(post(6, '%e4%ba%ac%e9%83%bd')),
  JSON.stringify(post(7, 'broken', { content: { rendered: 12 } })),
  '{"id": 8, "title": ',
  JSON.stringify(post(9, 'last', { content: { rendered: '<p>Text of post 9.</p><p><img src="https://blog.example.net/wp-content/uploads/2025/01/sea-1024x768.jpg" alt="The sea"></p>' } })),
  JSON.stringify(post(10, 'sea', { content: { rendered: '<p><a href="https://blog.example.net/wp-content/uploads/2025/01/sea.jpg"><img src="https://blog.example.net/wp-content/uploads/2025/01/sea-300x225.jpg" alt=""></a></p>' } })),
];

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-migrate-'));
  input = join(dir, 'site.ndjson');
  writeFileSync(input, `${lines.join('\n')}\n`);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Every file of a folder (but migration's own state) with the sha256 of its bytes.
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) {
        if (name !== '.unpress') walk(path);
      } else out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(root);
  return out;
}

const withoutReports = (t: Record<string, string>) => Object.fromEntries(Object.entries(t).filter(([k]) => !k.startsWith('report.')));

const options = (out: string, more: Partial<MigrateOptions> = {}): MigrateOptions => ({ out, layout: 'plain', ...more });

describe('migrate', () => {
  it('writes every convertible item at its planned path, reports the others, and the counts add up', async () => {
    const out = join(dir, 'out');
    const report = await migrate([input], options(out));
    expect(MigrateReportSchema.parse(report)).toEqual(report);
    const t = report.totals;
    expect(t.items).toBe(10);
    expect(t.converted + t.failed + t.unchanged).toBe(t.items);
    expect(t).toMatchObject({ converted: 8, failed: 2, unchanged: 0, posts: 7, pages: 2, media: 1 });
    const files = Object.keys(tree(out));
    expect(files).toEqual(expect.arrayContaining([
      '2025/first.md', '2025/second.md', 'about.md', 'about/team.md', '2025/First-5.md', '2025/京都.md', '2025/last.md', 'report.json', 'media.json',
    ]));
    const broken = report.items.find((i) => i.id === 7)!;
    expect(broken).toMatchObject({ outcome: 'failed', file: null, oldUrl: 'https://blog.example.net/2025/broken/' });
    expect(broken.error!.code).toBe('invalid_post');
    expect(report.items.find((i) => i.id === null)).toMatchObject({ outcome: 'failed' });
    const clash = report.items.find((i) => i.id === 5)!;
    expect(clash.warnings.map((w) => w.code)).toContain('path_renamed');
    expect(readFileSync(join(out, '2025/last.md'), 'utf8')).toContain('Text of post 9');
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'))).toEqual(report);
    // Links into the old site point at the new paths, whatever their form; the others are listed.
    expect(readFileSync(join(out, '2025/first.md'), 'utf8')).toContain('[link](/2025/first/)');
    expect(readFileSync(join(out, '2025/second.md'), 'utf8')).toContain('[the last one](/2025/last/)');
    expect(report.dangling).toEqual([{ href: 'https://blog.example.net/gone/', items: [2] }]);
    expect(report.totals.danglingLinks).toBe(1);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<html');
    // The layout's site-wide index lists every item written, by id.
    const index = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as { id: number }[];
    expect(index.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 9, 10]);
    // Every redirect format, with the old forms that differ from the new paths (`/?p=9`).
    expect(readFileSync(join(out, 'redirects', '_redirects'), 'utf8')).toContain('/ p=9 /2025/last/ 301!');
    expect(readFileSync(join(out, 'redirects', 'redirects.csv'), 'utf8')).toContain('/?p=9');
    expect(readdirSync(join(out, 'redirects')).sort()).toEqual(['.htaccess', '_redirects', 'redirects.csv', 'redirects.nginx.conf', 'vercel.json']);
  });

  it('writes the same bytes when run twice, into the same folder or another, on one thread or two', async () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    await migrate([input], options(a));
    const first = tree(a);
    await migrate([input], options(a));
    expect(tree(a)).toEqual(first);
    await migrate([input], options(b, { jobs: 2 }));
    expect(tree(b)).toEqual(first);
    expect(readFileSync(join(a, 'report.json'), 'utf8')).not.toMatch(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"/);
  });

  it('with resume, skips what is current, converts what changed, and ends with the same folder', async () => {
    const out = join(dir, 'out');
    await migrate([input], options(out));
    const full = tree(out);
    const again = await migrate([input], options(out, { resume: true }));
    expect(again.totals).toMatchObject({ converted: 0, unchanged: 8, failed: 2 });
    // A file edited since (or removed) is written again; the others stay skipped.
    writeFileSync(join(out, '2025/second.md'), 'edited');
    rmSync(join(out, 'about.md'));
    const third = await migrate([input], options(out, { resume: true }));
    expect(third.totals).toMatchObject({ converted: 2, unchanged: 6 });
    // The report says which were unchanged; every other file is as the full run wrote it.
    expect(withoutReports(tree(out))).toEqual(withoutReports(full));
    // Other options: nothing is current.
    const mdx = await migrate([input], options(out, { resume: true, mdx: true }));
    expect(mdx.totals).toMatchObject({ converted: 8, unchanged: 0 });
  });

  it('leaves a folder a second run completes when stopped midway', async () => {
    const out = join(dir, 'out');
    const whole = join(dir, 'whole');
    await migrate([input], options(whole));
    let seen = 0;
    const stop = new Error('stopped');
    await expect(migrate([input], options(out, { onProgress: (e) => {
      if (e.phase === 'convert' && ++seen === 3) throw stop;
    } }))).rejects.toBe(stop);
    // What was written is whole, and listed: no temporary files, no report yet.
    expect(existsSync(join(out, 'report.json'))).toBe(false);
    expect(Object.keys(tree(out)).some((f) => f.includes('.tmp'))).toBe(false);
    const resumed = await migrate([input], options(out, { resume: true }));
    expect(resumed.totals.unchanged).toBeGreaterThanOrEqual(2);
    expect(resumed.totals.converted + resumed.totals.unchanged).toBe(8);
    expect(withoutReports(tree(out))).toEqual(withoutReports(tree(whole)));
  });

  it('refuses an output that is a file, with the reason', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    await expect(migrate([input], options(file))).rejects.toMatchObject({ code: 'invalid_output', message: expect.stringContaining('not a folder') });
  });

  it('reports a source file that cannot be read as one failed item and reads on: the posts before a break and the other files are migrated', async () => {
    const error = join(dir, 'forbidden.json');
    writeFileSync(error, '{"code":"rest_forbidden","message":"Sorry, you are not allowed","data":{"status":401}}');
    const broken = join(dir, 'broken.ndjson');
    writeFileSync(broken, `${JSON.stringify(post(7, 'seven'))}\n{"id": 8, "title":\n`);
    const report = await migrate([error, broken, input], options(join(dir, 'out')));
    const failed = report.items.filter((i) => i.outcome === 'failed' && i.id === null);
    // The REST error answer is one failed item named by its file; the broken NDJSON line fails where it is converted.
    const forbidden = failed.filter((i) => i.title === error);
    expect(forbidden.map((i) => i.error?.code)).toEqual(['rest_error']);
    expect(forbidden[0]!.error!.message).toContain('rest_forbidden');
    expect(failed.filter((i) => i.error?.code === 'invalid_json').length).toBeGreaterThanOrEqual(1);
    expect(report.items.some((i) => i.id === 7 && i.outcome === 'converted')).toBe(true);
    expect(report.totals.items).toBe(report.totals.converted + report.totals.failed + report.totals.unchanged);
    expect(report.totals.converted).toBeGreaterThan(1);
  });

  it('reads posts given as values, and an export, like convert does', async () => {
    const out = join(dir, 'values');
    const report = await migrate([[post(1, 'one'), post(2, 'two')]], options(out));
    expect(report.totals.converted).toBe(2);
    const wxr = await migrate(['fixtures/wxr/written-site.xml'], options(join(dir, 'wxr')));
    expect(wxr.site).toBe('https://notes.example.org');
    expect(wxr.totals.converted).toBeGreaterThan(0);
  });

  it('downloads media, points the content at the copies, and keeps the original URL of a failed one, reported', async () => {
    const up = 'https://blog.example.net/wp-content/uploads/2025/01';
    const posts = [
      post(1, 'pictures', { content: { rendered: `<p><img src="${up}/heron-300x200.jpg" alt="A heron" srcset="${up}/heron-300x200.jpg 300w, ${up}/heron.jpg 1200w"></p><p><img src="${up}/gone.jpg" alt="Gone"></p>` } }),
      post(2, 'again', { content: { rendered: `<p><img src="${up}/heron.jpg" alt="The heron again"></p>` } }),
    ];
    const asked: string[] = [];
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    const fetch = (async (url: string | URL | Request) => {
      asked.push(String(url));
      if (String(url).includes('/gone')) return new Response('<html>not here</html>', { status: 404, headers: { 'content-type': 'text/html' } });
      return new Response(jpeg, { status: 200, headers: { 'content-type': 'image/jpeg' } });
    }) as typeof globalThis.fetch;
    const out = join(dir, 'media');
    const run = () => migrate([posts], options(out, { downloadMedia: true, media: { fetch, retries: 0 } }));
    const report = await run();
    const media = JSON.parse(readFileSync(join(out, 'media.json'), 'utf8')) as { url: string; status: string; local: string | null; posts: number[] }[];
    const heron = media.find((m) => m.url === `${up}/heron.jpg`)!;
    expect(heron).toMatchObject({ status: 'downloaded', posts: [1, 2] });
    expect(readFileSync(join(out, heron.local!))).toEqual(Buffer.from(jpeg));
    const first = readFileSync(join(out, '2025/pictures.md'), 'utf8');
    expect(first).not.toContain(`${up}/heron`);
    expect(first).toContain(`${up}/gone.jpg`);
    expect(report.totals).toMatchObject({ media: 2, mediaDownloaded: 1, mediaFailed: 1 });
    expect(report.mediaFailed).toEqual([{ url: `${up}/gone.jpg`, error: expect.stringContaining('404') }]);
    expect(report.items.find((i) => i.id === 1)!.warnings).toContainEqual(expect.objectContaining({ code: 'media_failed', path: `${up}/gone.jpg` }));
    // A second run fetches only what failed, and writes the same content files.
    const before = withoutReports(tree(out));
    asked.length = 0;
    await run();
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((u) => u.includes('/gone'))).toBe(true);
    const after = withoutReports(tree(out));
    delete before['media.json'];
    delete after['media.json'];
    expect(after).toEqual(before);
  });

  it('with resume, reads a complete spool of the same sources back instead of reading them again', async () => {
    const out = join(dir, 'out');
    const reads = async (more: Partial<MigrateOptions>) => {
      let n = 0;
      await migrate([input], options(out, { ...more, onProgress: (e) => void (e.phase === 'read' && n++) }));
      return n;
    };
    expect(await reads({})).toBe(10);
    expect(await reads({ resume: true })).toBe(0);
    // Another filter, or the file changed since: read again.
    expect(await reads({ resume: true, types: ['post'] })).toBe(8);
    utimesSync(input, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(await reads({ resume: true })).toBe(10);
  });

  it('never writes through a symlinked folder leading outside --out: those items fail, the others are written', async () => {
    const out = join(dir, 'out');
    const elsewhere = join(dir, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, 'about'));
    const report = await migrate([input], options(out));
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(report.items.find((i) => i.id === 4)).toMatchObject({ outcome: 'failed', error: { code: 'write_failed', message: expect.stringContaining('outside the output folder') } });
    expect(report.items.find((i) => i.id === 1)!.outcome).toBe('converted');
  });
});
