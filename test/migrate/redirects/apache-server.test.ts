import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRedirects } from '../../../src/migrate/redirects/build-redirects';
import { redirectFormats } from '../../../src/migrate/redirects/redirect-formats';
import { hostilePlanned } from './hostile-paths';

/**
 * The `.htaccess` on a real Apache (Debian's apache2 with mod_rewrite, when installed): every
 * hostile old path answers its redirect with the new path as written, query forms included.
 */
const APACHE = '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
const suite = existsSync(APACHE) && existsSync(join(MODULES, 'mod_rewrite.so')) ? describe : describe.skip;

// Apache refuses an encoded slash in a path by default (AllowEncodedSlashes Off): not a redirect's to make.
const planned = [...hostilePlanned.filter((p) => !p.oldUrls[0]!.includes('%2F')), { id: 1, url: '/posts/hello/', oldUrls: ['https://example.org/2024/01/02/hello/'] }];
const redirects = buildRedirects(planned);

suite('apache .htaccess on a real server', () => {
  let dir = '';
  let port = 0;
  beforeAll(async () => {
    port = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'unpress-apache-'));
    mkdirSync(join(dir, 'root'));
    // Apache's children run as another user.
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'root', '.htaccess'), redirectFormats.apache(redirects).content);
    const asRoot = process.getuid?.() === 0;
    writeFileSync(
      join(dir, 'httpd.conf'),
      [
        `ServerRoot ${dir}`, `Listen 127.0.0.1:${port}`, `PidFile ${dir}/httpd.pid`, `ErrorLog ${dir}/error.log`, 'ServerName localhost',
        ...['mpm_event', 'authz_core', 'rewrite'].map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`),
        ...(asRoot ? ['User nobody', 'Group nogroup'] : []),
        `DocumentRoot ${dir}/root`, `<Directory ${dir}/root>`, '  AllowOverride All', '  Require all granted', '</Directory>', '',
      ].join('\n'),
    );
    execFileSync(APACHE, ['-f', join(dir, 'httpd.conf'), '-k', 'start']);
    for (let i = 0; i < 50 && !(await answers(port)); i++) await new Promise((r) => setTimeout(r, 100));
  }, 20_000);
  afterAll(() => {
    if (existsSync(join(dir, 'httpd.pid'))) process.kill(Number(readFileSync(join(dir, 'httpd.pid'), 'utf8')), 'SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('every old path, as a browser sends it, redirects to its new path', async () => {
    const wrong: unknown[] = [];
    for (const r of redirects) {
      const got = await get(port, r.from);
      const location = got.location?.replace(`http://127.0.0.1:${port}`, '') ?? null;
      if (got.status !== r.status || location !== r.to) wrong.push({ from: r.from, want: r.to, got: got.status, location });
    }
    expect(wrong).toEqual([]);
    expect(redirects.length).toBeGreaterThan(20);
  }, 30_000);

  it('the same paths without their trailing slash, with lower-case escapes, and query forms among other variables', async () => {
    expect(await get(port, '/2024/01/02/hello')).toEqual({ status: 301, location: `http://127.0.0.1:${port}/posts/hello/` });
    const cafe = redirects.find((r) => r.from === '/caf%C3%A9-lower/')!;
    expect((await get(port, '/caf%c3%a9-lower')).location).toBe(`http://127.0.0.1:${port}${cafe.to}`);
    expect(await get(port, '/?utm_source=x&p=1')).toEqual({ status: 301, location: `http://127.0.0.1:${port}/posts/hello/` });
    const q = redirects.find((r) => r.from === '/?page_id=7&x=%241')!;
    expect(await get(port, '/?page_id=7&x=$1')).toEqual({ status: 301, location: `http://127.0.0.1:${port}${q.to}` });
    expect(await get(port, '/?x=%241&page_id=7')).toEqual({ status: 301, location: `http://127.0.0.1:${port}${q.to}` });
    // Not a prefix match: a longer path is not redirected.
    expect((await get(port, '/2024/01/02/hello/more/')).status).toBe(404);
    expect((await get(port, '/?p=10')).status).not.toBe(301);
  }, 30_000);
});

function get(port: number, path: string): Promise<{ status: number; location: string | null }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null });
    });
    req.on('error', reject);
    req.end();
  });
}

async function answers(port: number): Promise<boolean> {
  try {
    await get(port, '/');
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
