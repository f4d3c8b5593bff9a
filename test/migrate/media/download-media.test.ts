import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadMedia } from '../../../src/migrate/media/download-media';
import { isInternalHost } from '../../../src/migrate/media/internal-host';
import { planMediaFiles } from '../../../src/migrate/media/plan-media-files';
import type { MediaEntry } from '../../../src/migrate/schema';

// Smallest valid-looking bodies: a JPEG's and a PNG's signatures, then bytes.
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jpeg body '.repeat(50))]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('png body')]);
const PDF = Buffer.from('%PDF-1.7\n…');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

type Handler = (req: IncomingMessage, res: ServerResponse, n: number) => void;
let server: Server;
let base: string;
let routes: Record<string, Handler>;
let hits: Record<string, number>;
let agents: string[];
let out: string;

beforeEach(async () => {
  routes = {};
  hits = {};
  agents = [];
  out = mkdtempSync(join(tmpdir(), 'unpress-media-'));
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    agents.push(String(req.headers['user-agent']));
    const route = routes[path];
    if (route) route(req, res, hits[path]!);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(out, { recursive: true, force: true });
});

const send = (type: string, body: Buffer | string, headers: Record<string, string> = {}): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers }).end(body);
};

function entry(path: string, kind: 'image' | 'file' = 'image', seen: string[] = []): MediaEntry {
  const url = `${base}${path}`;
  return { url, seen: seen.length ? seen : [url], kind, alt: null, caption: null, width: null, height: null, posts: [1], local: null, status: 'listed', bytes: null, sha256: null, contentType: null, error: null };
}

const plan = (entries: MediaEntry[]) => planMediaFiles(entries, () => 'media');
// The test server runs on loopback, an internal address: allowed as the site's own.
const fast = { retries: 2, backoffMs: 10, timeoutMs: 2000, internalHosts: ['127.0.0.1'] };

describe('downloadMedia', () => {
  it('downloads each file to its planned place with its size, hash and type, naming unpress', async () => {
    routes['/wp-content/uploads/2024/05/a.jpg'] = send('image/jpeg', JPEG);
    routes['/wp-content/uploads/2024/06/a.jpg'] = send('image/png; charset=binary', PNG);
    routes['/wp-content/uploads/2024/06/r.pdf'] = send('application/pdf', PDF);
    const planned = plan([entry('/wp-content/uploads/2024/05/a.jpg'), entry('/wp-content/uploads/2024/06/a.jpg'), entry('/wp-content/uploads/2024/06/r.pdf', 'file')]);
    const done = await downloadMedia(planned, { out, ...fast });
    expect(done.map((e) => [e.local, e.status, e.bytes, e.sha256, e.contentType, e.error])).toEqual([
      ['media/2024/05/a.jpg', 'downloaded', JPEG.length, sha(JPEG), 'image/jpeg', null],
      ['media/2024/06/a.jpg', 'downloaded', PNG.length, sha(PNG), 'image/png', null],
      ['media/2024/06/r.pdf', 'downloaded', PDF.length, sha(PDF), 'application/pdf', null],
    ]);
    expect(readFileSync(join(out, 'media/2024/05/a.jpg'))).toEqual(JPEG);
    expect(readFileSync(join(out, 'media/2024/06/a.jpg'))).toEqual(PNG);
    expect(readdirSync(join(out, 'media/2024/06')).sort()).toEqual(['a.jpg', 'r.pdf']);
    expect(agents.every((a) => /^unpress\/\d+\.\d+\.\d+ /.test(a))).toBe(true);
  });

  it('sends the User-Agent it is given', async () => {
    routes['/a.png'] = send('image/png', PNG);
    await downloadMedia(plan([entry('/a.png')]), { out, ...fast, userAgent: 'my-migration/1.0' });
    expect(agents).toEqual(['my-migration/1.0']);
  });

  it('follows redirects', async () => {
    routes['/old.jpg'] = (_req, res) => res.writeHead(301, { location: '/cdn/new.jpg' }).end();
    routes['/cdn/new.jpg'] = send('image/jpeg', JPEG);
    const [e] = await downloadMedia(plan([entry('/old.jpg')]), { out, ...fast });
    expect([e!.status, e!.bytes]).toEqual(['downloaded', JPEG.length]);
    expect(hits['/cdn/new.jpg']).toBe(1);
  });

  it('retries a 5xx and a 429, waiting what Retry-After asks', async () => {
    routes['/busy.jpg'] = (req, res, n) => (n === 1 ? res.writeHead(503, { 'retry-after': '1' }).end('busy') : send('image/jpeg', JPEG)(req, res, n));
    routes['/limited.jpg'] = (req, res, n) => (n < 3 ? res.writeHead(429).end() : send('image/jpeg', JPEG)(req, res, n));
    const started = Date.now();
    const done = await downloadMedia(plan([entry('/busy.jpg'), entry('/limited.jpg')]), { out, ...fast });
    expect(done.map((e) => e.status)).toEqual(['downloaded', 'downloaded']);
    expect(hits['/busy.jpg']).toBe(2);
    expect(hits['/limited.jpg']).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('fails a file whose Retry-After is longer than allowed, or whose retries run out, without stopping the others', async () => {
    routes['/later.jpg'] = (_req, res) => res.writeHead(503, { 'retry-after': '3600' }).end();
    routes['/broken.jpg'] = (_req, res) => res.writeHead(500).end();
    routes['/fine.jpg'] = send('image/jpeg', JPEG);
    const done = await downloadMedia(plan([entry('/later.jpg'), entry('/broken.jpg'), entry('/fine.jpg')]), { out, ...fast });
    expect(done.map((e) => [e.url.replace(base, ''), e.status, e.error])).toEqual([
      ['/later.jpg', 'failed', 'HTTP 503, Retry-After 3600 s is longer than allowed'],
      ['/broken.jpg', 'failed', 'HTTP 500 (gave up after 3 attempts)'],
      ['/fine.jpg', 'downloaded', null],
    ]);
    expect(hits['/later.jpg']).toBe(1);
    expect(hits['/broken.jpg']).toBe(3);
  });

  it('times out a server that does not answer, or stops sending, and retries', async () => {
    routes['/silent.jpg'] = () => undefined;
    routes['/stalls.jpg'] = (_req, res, n) => {
      if (n > 1) return send('image/jpeg', JPEG)(_req, res, n);
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(JPEG.length) });
      res.write(JPEG.subarray(0, 10));
    };
    const done = await downloadMedia(plan([entry('/silent.jpg'), entry('/stalls.jpg')]), { out, retries: 1, backoffMs: 10, timeoutMs: 300, internalHosts: ['127.0.0.1'] });
    expect(done.map((e) => [e.status, e.error])).toEqual([
      ['failed', 'no answer in 300 ms (gave up after 2 attempts)'],
      ['downloaded', null],
    ]);
    expect(hits['/silent.jpg']).toBe(2);
    expect(readFileSync(join(out, 'media/127.0.0.1/stalls.jpg'))).toEqual(JPEG);
  });

  it('retries a body cut short', async () => {
    routes['/cut.jpg'] = (req, res, n) => {
      if (n > 1) return send('image/jpeg', JPEG)(req, res, n);
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(JPEG.length) });
      res.write(JPEG.subarray(0, 20), () => res.destroy());
    };
    const [e] = await downloadMedia(plan([entry('/cut.jpg')]), { out, ...fast });
    expect([e!.status, e!.bytes]).toEqual(['downloaded', JPEG.length]);
    expect(hits['/cut.jpg']).toBe(2);
  });

  it('does not save an HTML page answered for an image or a document', async () => {
    const page = '<!DOCTYPE html><html><head><title>Login</title></head><body>Please log in</body></html>';
    routes['/wall.jpg'] = send('text/html; charset=UTF-8', page);
    routes['/lying.jpg'] = send('image/jpeg', page);
    routes['/unlabelled.jpg'] = send('application/octet-stream', page);
    routes['/unlabelled-real.jpg'] = send('application/octet-stream', JPEG);
    routes['/report.pdf'] = send('text/html', page);
    routes['/empty.png'] = send('image/png', '');
    const done = await downloadMedia(
      plan([entry('/wall.jpg'), entry('/lying.jpg'), entry('/unlabelled.jpg'), entry('/unlabelled-real.jpg'), entry('/report.pdf', 'file'), entry('/empty.png')]),
      { out, ...fast },
    );
    expect(done.map((e) => [e.status, e.error])).toEqual([
      ['failed', 'answered text/html (an HTML page), not an image'],
      ['failed', 'answered an HTML page labelled image/jpeg, not an image'],
      ['failed', 'answered application/octet-stream (an HTML page), not an image'],
      ['downloaded', null],
      ['failed', 'answered text/html (an HTML page), not the file'],
      ['failed', 'answered an empty body'],
    ]);
    // A refused body is not retried and leaves nothing behind, not even a temporary file.
    expect(hits['/wall.jpg']).toBe(1);
    expect(readdirSync(join(out, 'media/127.0.0.1'))).toEqual(['unlabelled-real.jpg']);
  });

  it('skips a file already there with the recorded size and hash, and fetches it again when it differs', async () => {
    routes['/a.jpg'] = send('image/jpeg', JPEG);
    routes['/b.png'] = send('image/png', PNG);
    const planned = plan([entry('/a.jpg'), entry('/b.png')]);
    const first = await downloadMedia(planned, { out, ...fast });
    writeFileSync(join(out, 'media.json'), JSON.stringify(first));
    // Same size, other bytes: the hash tells.
    const b = join(out, 'media/127.0.0.1/b.png');
    writeFileSync(b, Buffer.alloc(PNG.length, 1));
    const second = await downloadMedia(planned, { out, ...fast });
    expect(second.map((e) => e.status)).toEqual(['skipped', 'downloaded']);
    expect(second[0]).toEqual({ ...first[0], status: 'skipped' });
    expect(hits).toEqual({ '/a.jpg': 1, '/b.png': 2 });
    expect(readFileSync(b)).toEqual(PNG);
    // Without a record or journal, nothing proves the file complete: it is fetched again.
    await downloadMedia(planned, { out, ...fast, record: null, journal: null });
    expect(hits['/a.jpg']).toBe(2);
  });

  it('resumes a run stopped before media.json was written, from the journal of files that landed', async () => {
    routes['/a.jpg'] = send('image/jpeg', JPEG);
    routes['/b.png'] = send('image/png', PNG);
    const planned = plan([entry('/a.jpg'), entry('/b.png')]);
    await downloadMedia([planned[0]!], { out, ...fast });
    const journal = join(out, '.unpress/media-downloads.ndjson');
    const lines = readFileSync(journal, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines).toEqual([{ local: 'media/127.0.0.1/a.jpg', url: `${base}/a.jpg`, bytes: JPEG.length, sha256: sha(JPEG), contentType: 'image/jpeg' }]);
    // The crash cut a line short: it is skipped, the others are read.
    writeFileSync(journal, `${readFileSync(journal, 'utf8')}{"local":"media/127.0.0.1/b.png","byt`);
    const second = await downloadMedia(planned, { out, ...fast });
    expect(second.map((e) => [e.status, e.bytes, e.contentType])).toEqual([
      ['skipped', JPEG.length, 'image/jpeg'],
      ['downloaded', PNG.length, 'image/png'],
    ]);
    expect(hits).toEqual({ '/a.jpg': 1, '/b.png': 1 });
    // The line after the cut one starts on its own line, so it is read back.
    const third = await downloadMedia(planned, { out, ...fast });
    expect(third.map((e) => e.status)).toEqual(['skipped', 'skipped']);
    expect(hits).toEqual({ '/a.jpg': 1, '/b.png': 1 });
  });

  it('falls back to the forms the content used when the guessed original is not there', async () => {
    routes['/wp-content/uploads/2024/05/banner-1920x1080.jpg'] = send('image/jpeg', JPEG);
    const seen = [`${base}/wp-content/uploads/2024/05/banner-1920x1080-300x169.jpg`, `${base}/wp-content/uploads/2024/05/banner-1920x1080.jpg`];
    const [e] = await downloadMedia(plan([entry('/wp-content/uploads/2024/05/banner.jpg', 'image', seen)]), { out, ...fast });
    expect([e!.status, e!.url, e!.local, e!.error]).toEqual(['downloaded', `${base}/wp-content/uploads/2024/05/banner-1920x1080.jpg`, 'media/2024/05/banner.jpg', null]);
    expect(hits['/wp-content/uploads/2024/05/banner-1920x1080-300x169.jpg']).toBeUndefined();
  });

  it('keeps to the concurrency limit and returns results in the input order', async () => {
    let active = 0;
    let most = 0;
    for (let i = 0; i < 8; i++) {
      routes[`/c${i}.jpg`] = (req, res, n) => {
        most = Math.max(most, ++active);
        setTimeout(() => {
          active--;
          send('image/jpeg', JPEG)(req, res, n);
        }, 30 + ((i * 37) % 50));
      };
    }
    const progress: number[] = [];
    const entries = plan(Array.from({ length: 8 }, (_, i) => entry(`/c${i}.jpg`)));
    const done = await downloadMedia(entries, { out, ...fast, concurrency: 2, onProgress: (done, total, e) => progress.push(total === 8 && e.status === 'downloaded' ? done : -1) });
    expect(most).toBe(2);
    expect(done.map((e) => e.url)).toEqual(entries.map((e) => e.url));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('never throws for one file: refused hosts, relative URLs, unplanned and escaping paths', async () => {
    // A port nothing listens on: one the system gave and took back.
    const spare = createServer();
    await new Promise<void>((r) => spare.listen(0, '127.0.0.1', r));
    const port = (spare.address() as AddressInfo).port;
    await new Promise((r) => spare.close(r));
    const closed = { ...entry('/x.jpg'), url: `http://127.0.0.1:${port}/x.jpg`, seen: [`http://127.0.0.1:${port}/x.jpg`] };
    const relative = { ...entry('/y.jpg'), url: '/wp-content/uploads/y.jpg', seen: ['/wp-content/uploads/y.jpg'] };
    const [a, b] = plan([closed, relative]);
    const escaping = { ...entry('/z.jpg'), local: '../z.jpg' };
    const unplanned = entry('/w.jpg');
    // Asked over https: the plain-http test server cannot answer it.
    const protocolRelative = { ...entry('/v.jpg'), url: '//127.0.0.1:9/v.jpg', seen: ['//127.0.0.1:9/v.jpg'], local: 'media/v.jpg' };
    const done = await downloadMedia([a!, b!, escaping, unplanned, protocolRelative], { out, retries: 1, backoffMs: 10, timeoutMs: 1000, internalHosts: ['127.0.0.1'] });
    expect(done[4]!.error).not.toMatch(/not an absolute/);
    expect(done.slice(0, 4).map((e) => [e.status, e.error])).toEqual([
      ['failed', 'connection failed (ECONNREFUSED) (gave up after 2 attempts)'],
      ['failed', '/wp-content/uploads/y.jpg is not an absolute http(s) URL'],
      ['failed', 'the local path ../z.jpg leaves the output folder'],
      ['listed', null],
    ]);
    expect(existsSync(join(out, '..', 'z.jpg'))).toBe(false);
  });

  it('writes nothing through a symlink inside the output folder', async () => {
    routes['/wp-content/uploads/2024/05/a.jpg'] = send('image/jpeg', JPEG);
    routes['/wp-content/uploads/2024/06/b.jpg'] = send('image/jpeg', JPEG);
    const outside = mkdtempSync(join(tmpdir(), 'unpress-outside-'));
    try {
      mkdirSync(join(out, 'media/2024'), { recursive: true });
      symlinkSync(outside, join(out, 'media/2024/05'));
      mkdirSync(join(out, 'media/2024/06'));
      symlinkSync(join(outside, 'b.jpg'), join(out, 'media/2024/06/b.jpg'));
      const done = await downloadMedia(plan([entry('/wp-content/uploads/2024/05/a.jpg'), entry('/wp-content/uploads/2024/06/b.jpg')]), { out, ...fast });
      expect(done.map((e) => [e.status, e.error])).toEqual([
        ['failed', 'the folder of media/2024/05/a.jpg leads outside the output folder (a symlink)'],
        ['failed', 'media/2024/06/b.jpg is a symlink; it is left as it is'],
      ]);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('fetches only from the hosts it is given, and no more bytes than allowed', async () => {
    routes['/a.jpg'] = send('image/jpeg', JPEG);
    routes['/huge.jpg'] = send('image/jpeg', Buffer.concat([JPEG, Buffer.alloc(5000)]));
    const elsewhere = { ...entry('/a.jpg'), url: `http://localhost:${new URL(base).port}/b.jpg`, seen: [`http://localhost:${new URL(base).port}/b.jpg`] };
    const done = await downloadMedia(plan([entry('/a.jpg'), elsewhere, entry('/huge.jpg')]), { out, ...fast, hosts: ['127.0.0.1'], maxBytes: 4096 });
    expect(done.map((e) => [e.status, e.error])).toEqual([
      ['downloaded', null],
      ['failed', 'localhost is not among the hosts downloads may use'],
      ['failed', 'larger than 4096 bytes'],
    ]);
    expect(hits['/b.jpg']).toBeUndefined();
    expect(hits['/huge.jpg']).toBe(1);
    expect(readdirSync(join(out, 'media/127.0.0.1'))).toEqual(['a.jpg']);
  });

  it('says why the original failed and how many other forms were tried; only a 404 or 410 makes them worth trying', async () => {
    routes['/wp-content/uploads/2024/05/denied.jpg'] = (_req, res) => res.writeHead(403).end();
    const gone = entry('/wp-content/uploads/2024/05/gone.jpg', 'image', [`${base}/wp-content/uploads/2024/05/gone-300x200.jpg`]);
    const denied = entry('/wp-content/uploads/2024/05/denied.jpg', 'image', [`${base}/wp-content/uploads/2024/05/denied-300x200.jpg`]);
    // The content used this one as it is: no copies are guessed for it.
    const used = entry('/wp-content/uploads/2024/05/used.jpg');
    const done = await downloadMedia(plan([gone, denied, used]), { out, ...fast });
    expect(done.map((e) => [e.status, e.error])).toEqual([
      // -scaled, -rotated, then the size the content used.
      ['failed', 'HTTP 404 (3 other URL forms tried)'],
      ['failed', 'HTTP 403'],
      ['failed', 'HTTP 404'],
    ]);
    expect(Object.keys(hits).sort()).toEqual([
      '/wp-content/uploads/2024/05/denied.jpg',
      '/wp-content/uploads/2024/05/gone-300x200.jpg',
      '/wp-content/uploads/2024/05/gone-rotated.jpg',
      '/wp-content/uploads/2024/05/gone-scaled.jpg',
      '/wp-content/uploads/2024/05/gone.jpg',
      '/wp-content/uploads/2024/05/used.jpg',
    ]);
  });

  it('refuses a second entry planned at the same path (ignoring case), instead of racing it', async () => {
    routes['/a.jpg'] = send('image/jpeg', JPEG);
    routes['/b.jpg'] = send('image/jpeg', PNG);
    const done = await downloadMedia([{ ...entry('/a.jpg'), local: 'media/x.jpg' }, { ...entry('/b.jpg'), local: 'media/X.jpg' }], { out, ...fast });
    expect(done.map((e) => [e.status, e.error])).toEqual([
      ['downloaded', null],
      ['failed', `the local path media/X.jpg is already planned for ${base}/a.jpg`],
    ]);
    expect(hits['/b.jpg']).toBeUndefined();
  });
});

describe('internal addresses', () => {
  it('are refused unless they are the site’s own: content can name one to reach inside the network', async () => {
    const out = mkdtempSync(join(tmpdir(), 'unpress-internal-'));
    try {
      const [refused] = await downloadMedia(plan([entry('/secret.png')]), { out, retries: 0, backoffMs: 1 });
      expect(refused).toMatchObject({ status: 'failed', error: expect.stringContaining('internal address') });
      routes['/own.png'] = send('image/png', PNG);
      const [own] = await downloadMedia(plan([entry('/own.png')]), { out, ...fast });
      expect(own!.status).toBe('downloaded');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each([
    ['localhost', true], ['app.localhost', true], ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.1', true], ['192.168.1.1', true],
    ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['[::1]', true], ['::ffff:127.0.0.1', true], ['fd00::1', true], ['fe80::1', true],
    ['example.org', false], ['8.8.8.8', false], ['172.32.0.1', false], ['2001:db8::1', false], ['localhost.example.org', false],
  ])('isInternalHost(%s) is %s', (host, internal) => {
    expect(isInternalHost(host)).toBe(internal);
  });
});
