import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
      expect(r.stderr).toContain(`rest_error: No WordPress REST API at ${url}/shop: tried ${url}/shop/wp-json/ (HTTP 404)`);
    });
  });
});
