import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePost } from '../../../src';
import { collectMedia, downloadMedia, planMediaFiles } from '../../../src/migrate/media';

// What a site answers: each file its uploads folder holds (the upload, WordPress's copies).
const PNG = (n: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`image ${n}`)]);
const files: Record<string, Buffer> = {
  '/wp-content/uploads/2024/05/wren.png': PNG(1),
  '/wp-content/uploads/2024/05/wren-300x200.png': PNG(2),
  '/wp-content/uploads/2024/06/wren.png': PNG(3),
  // The host kept only the scaled copy of this big upload.
  '/wp-content/uploads/2024/06/field-scaled.png': PNG(4),
  '/wp-content/uploads/2024/06/field-768x512.png': PNG(5),
  '/wp-content/uploads/2024/06/notes.pdf': Buffer.from('%PDF-1.4 notes'),
};

let server: Server;
let site: string;
let out: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const body = files[(req.url ?? '').split('?')[0]!];
    if (!body) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><h1>Not found</h1>');
    res.writeHead(200, { 'content-type': req.url!.includes('.pdf') ? 'application/pdf' : 'image/png' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  out = mkdtempSync(join(tmpdir(), 'unpress-media-pipeline-'));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(out, { recursive: true, force: true });
});

it('lists, plans and downloads every file two posts use, so every URL form they hold has a local file', async () => {
  const up = `${site}/wp-content/uploads`;
  const first = parsePost({
    id: 1, type: 'post', slug: 'one', link: `${site}/2024/05/one/`, title: { rendered: 'One' },
    content: {
      rendered: `<figure class="wp-block-image"><img src="${up}/2024/05/wren-300x200.png" srcset="${up}/2024/05/wren-300x200.png 300w, ${up}/2024/05/wren.png 900w" alt="Wren"></figure>
<p>Notes: <a href="/wp-content/uploads/2024/06/notes.pdf">PDF</a></p>`,
    },
  } as never);
  const second = parsePost({
    id: 2, type: 'post', slug: 'two', link: `${site}/2024/06/two/`, title: { rendered: 'Two' },
    content: {
      rendered: `<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="${up}/2024/06/wren.png" alt="Another wren"></figure><figure class="wp-block-image"><img src="${up}/2024/06/field-768x512.png" alt="Field"></figure></figure>`,
    },
  } as never);
  const entries = collectMedia([second, first]);
  const planned = planMediaFiles(entries, (e) => `media/p${e.posts[0]}`);
  const done = await downloadMedia(planned, { out, retries: 0, backoffMs: 1, internalHosts: ['127.0.0.1'] });
  expect(done.map((e) => [e.url.replace(site, ''), e.local, e.status, e.posts])).toEqual([
    // `field.png` is not there: the scaled copy the content's size came from is the next best.
    ['/wp-content/uploads/2024/06/field-scaled.png', 'media/p2/2024/06/field.png', 'downloaded', [2]],
    ['/wp-content/uploads/2024/06/notes.pdf', 'media/p1/2024/06/notes.pdf', 'downloaded', [1]],
    ['/wp-content/uploads/2024/06/wren.png', 'media/p2/2024/06/wren.png', 'downloaded', [2]],
    ['/wp-content/uploads/2024/05/wren.png', 'media/p1/2024/05/wren.png', 'downloaded', [1]],
  ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  expect(readFileSync(join(out, 'media/p1/2024/05/wren.png'))).toEqual(PNG(1));
  expect(readFileSync(join(out, 'media/p2/2024/06/wren.png'))).toEqual(PNG(3));
  // Every URL the articles hold leads to a downloaded file (what `migrate` rewrites them to).
  const local = new Map(done.flatMap((e) => e.seen.map((u) => [u, e.local])));
  const held = [...first.images, ...second.images].flatMap((i) => [i.src, ...i.srcset.map((s) => s.url)]).concat(first.links.map((l) => l.href));
  expect(held.filter((u) => !local.has(u))).toEqual([]);
});
