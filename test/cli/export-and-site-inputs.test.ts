import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

jest.setTimeout(60_000);

const WXR = join(__dirname, '..', '..', 'fixtures', 'wxr');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-inputs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void (stdout += typeof s === 'string' ? s : Buffer.from(s).toString()), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

describe('unpress convert: exports and sites', () => {
  it('reads the .xml files of a split export together, as one site', async () => {
    const r = await run(['convert', join(WXR, 'written-site.xml'), join(WXR, 'written-media.xml'), '--out', dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['notes-on-counting.md', 'terns-at-dusk.md']);
    expect(readFileSync(join(dir, 'terns-at-dusk.md'), 'utf8')).toContain('image: https://notes.example.org/wp-content/uploads/2026/05/tern.jpg');
    expect(r.stderr).toContain('2 converted, 0 failed');
  });

  it('reads drafts and chosen types of an export with --status and --types', async () => {
    const r = await run(['convert', join(WXR, 'written-site.xml'), '--status', 'publish,draft', '--types', 'page', '--format', 'json', '-q']);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 5, type: 'page', status: 'draft', title: 'About the notes' });
  });

  it('rejects a --status that is not a list of names', async () => {
    const r = await run(['convert', join(WXR, 'written-site.xml'), '--status', 'publish;rm']);
    expect(r.code).toBe(2);
  });

  describe('bad exports', () => {
    const site = () => readFileSync(join(WXR, 'written-site.xml'), 'utf8');
    const write = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };

    it('a truncated export: the posts before the break, then one error with its line and column; the counts add up', async () => {
      const xml = site();
      const cut = xml.slice(0, xml.indexOf('<title><![CDATA[Notes on counting') + 30);
      const lines = cut.split('\n');
      const r = await run(['convert', write('cut.xml', cut), '--out', join(dir, 'out')]);
      expect(r.code).toBe(1);
      expect(readdirSync(join(dir, 'out'))).toEqual(['terns-at-dusk.md']);
      expect(r.stderr).toContain(`invalid_xml: ${join(dir, 'cut.xml')}: the XML breaks at line ${lines.length}, column ${lines.at(-1)!.length}: unclosed tag: title\n`);
      expect(r.stderr.match(/^✗/gm)).toHaveLength(1);
      expect(r.stderr).toContain('1 converted, 1 failed');
    });

    it('an item without an id or a type: one failure each, the counts add up', async () => {
      const xml = site().replace('<wp:post_id>4</wp:post_id>', '').replace('<wp:post_type><![CDATA[post]]></wp:post_type>', '');
      const r = await run(['convert', write('broken-items.xml', xml), '--out', join(dir, 'out')]);
      expect(r.code).toBe(1);
      expect(r.stderr.match(/^✗ .*$/gm)).toEqual([
        `✗ ${join(dir, 'broken-items.xml')} #0 (id 3): invalid_post: Invalid post: the export item has no wp:post_type`,
        `✗ ${join(dir, 'broken-items.xml')} #1: invalid_post: Invalid post at [1].id: Invalid input: expected number, received null`,
      ]);
      expect(r.stderr).toContain('0 converted, 2 failed');
    });

    it('an RSS feed, or a file that is not XML, given as an export: says so, and stops with the usage status', async () => {
      const feed = write('feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>A</title><link>https://x.test/a</link></item></channel></rss>');
      const r = await run(['convert', feed, '--out', join(dir, 'out')]);
      expect([r.code, r.stderr]).toEqual([2, `unpress: ${feed} is not a WordPress export: no WordPress export fields (wp:): an RSS feed or other XML, not the file Tools → Export or wp export writes\n`]);
      const text = write('notes.xml', 'just some notes');
      expect(await run(['convert', text])).toEqual({ code: 2, stdout: '', stderr: `unpress: ${text} is not a WordPress export: it is not XML\n` });
      // Sniffed by its first character, whatever its name.
      const sniffed = write('feed.rss', '<rss version="2.0"><channel><title>Feed</title></channel></rss>');
      expect((await run(['convert', sniffed])).code).toBe(2);
    });
  });

  describe('a site by its URL', () => {
    let server: Server;
    let url: string;
    const seen: string[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        seen.push(`${req.url} ${req.headers.authorization ?? ''}`);
        const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        };
        if (req.url === '/wp-json/') return json(200, { name: 'Test', namespaces: ['wp/v2'] });
        if (req.url === '/wp-json/wp/v2/types') return json(200, { post: { slug: 'post', rest_base: 'posts' } });
        if (req.url?.startsWith('/wp-json/wp/v2/posts?')) {
          const page = Number(new URL(req.url, 'http://x').searchParams.get('page'));
          return json(200, [{ id: page, slug: `post-${page}`, title: { rendered: `Post ${page}` }, content: { rendered: `<p>Body ${page}</p>` } }], { 'x-wp-totalpages': '2' });
        }
        json(404, { code: 'rest_no_route', message: 'No route' });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('crawls it page by page into files, with an application password from UNPRESS_AUTH', async () => {
      process.env.UNPRESS_AUTH = 'editor:abcd efgh';
      try {
        const r = await run(['convert', url, '--out', dir]);
        expect(r.code).toBe(0);
        expect(readdirSync(dir).sort()).toEqual(['post-1.md', 'post-2.md']);
        expect(r.stderr).toContain(`· ${url}: posts page 2 of 2`);
        expect(seen.filter((s) => s.includes('/posts?'))).toEqual([
          `/wp-json/wp/v2/posts?_embed=1&per_page=100&context=edit&status=publish&page=1 Basic ${Buffer.from('editor:abcd efgh').toString('base64')}`,
          `/wp-json/wp/v2/posts?_embed=1&per_page=100&context=edit&status=publish&page=2 Basic ${Buffer.from('editor:abcd efgh').toString('base64')}`,
        ]);
      } finally {
        delete process.env.UNPRESS_AUTH;
      }
    });

    it('fails the input, naming the URL, when there is no WordPress there', async () => {
      const r = await run(['convert', `${url}/shop`, '--out', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`rest_error: No WordPress REST API at ${url}/shop: tried ${url}/shop/wp-json/ (HTTP 404, rest_no_route: No route) and ${url}/shop/?rest_route=/ (HTTP 404, rest_no_route: No route)`);
    });
  });
});
