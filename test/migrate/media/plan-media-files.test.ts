import { planMediaFiles } from '../../../src/migrate/media/plan-media-files';
import type { MediaEntry } from '../../../src/migrate/schema';

function entry(url: string, posts: number[] = [1]): MediaEntry {
  return { url, seen: [url], kind: 'image', alt: null, caption: null, width: null, height: null, posts, local: null, status: 'listed', bytes: null, sha256: null, contentType: null, error: null };
}

const up = 'https://birds.test/wp-content/uploads';

describe('planMediaFiles', () => {
  it('keeps the uploads year and month, so two image.jpg of different months stay two files', () => {
    const planned = planMediaFiles([entry(`${up}/2024/06/image.jpg`), entry(`${up}/2024/05/image.jpg`)], () => 'static/media');
    expect(planned.map((e) => e.local)).toEqual(['static/media/2024/06/image.jpg', 'static/media/2024/05/image.jpg']);
  });

  it('tells apart names that differ only in case or normalisation, whatever the input order', () => {
    const urls = [`${up}/2024/05/Photo.jpg`, `${up}/2024/05/photo.jpg`, `${up}/2024/05/PHOTO.JPG`, `${up}/2024/05/caf%C3%A9.png`, `${up}/2024/05/cafe%CC%81.png`];
    const planned = planMediaFiles(urls.map((u) => entry(u)), () => 'media');
    expect(planned.map((e) => e.local)).toEqual([
      'media/2024/05/Photo-2.jpg',
      'media/2024/05/photo-3.jpg',
      'media/2024/05/PHOTO.JPG',
      'media/2024/05/café.png',
      'media/2024/05/café-2.png',
    ]);
    const reversed = planMediaFiles(urls.map((u) => entry(u)).reverse(), () => 'media');
    expect(reversed.map((e) => e.local).reverse()).toEqual(planned.map((e) => e.local));
    expect(new Set(planned.map((e) => e.local!.normalize('NFC').toLowerCase())).size).toBe(urls.length);
  });

  it('keeps a multisite, blogs.dir, ms-files and WordPress.com path; another host gets its own folder', () => {
    const planned = planMediaFiles(
      [
        entry(`${up}/sites/3/2020/01/a.png`),
        entry('https://birds.test/wp-content/blogs.dir/2/files/2011/03/b.png'),
        entry('https://birds.test/files/2012/05/c.png'),
        entry('https://wren.files.wordpress.com/2014/03/d.jpg'),
        entry('https://www.cdn.example:8443/img/deep/e.png?v=2'),
        entry('https://cdn.example/'),
      ],
      () => 'assets',
    );
    expect(planned.map((e) => e.local)).toEqual([
      'assets/2020/01/a.png',
      'assets/2011/03/b.png',
      'assets/2012/05/c.png',
      'assets/2014/03/d.jpg',
      'assets/cdn.example/e.png',
      'assets/cdn.example/file',
    ]);
  });

  it('never leaves the output folder and makes every segment safe on Windows', () => {
    const planned = planMediaFiles(
      [
        entry(`${up}/2024/05/..%2F..%2F..%2Fetc%2Fpasswd`),
        entry(`${up}/../../../secret.jpg`),
        entry(`${up}/2024/05/con.jpg`),
        entry(`${up}/2024/05/a%3Ab%3F%2A.jpg`),
        entry(`${up}/2024/05/%E2%80%AEgpj.exe`),
        entry(`${up}/2024/05/trailing.%20`),
      ],
      () => '../../outside/./media\\..\\x',
    );
    for (const e of planned) {
      expect(e.local).not.toMatch(/(^|\/)\.\.?(\/|$)|^\/|\\|[:*?"<>|\u202e]/);
      expect(e.local!.startsWith('outside/media/x/')).toBe(true);
    }
    expect(planned.map((e) => e.local)).toEqual([
      'outside/media/x/2024/05/-..-..-etc-passwd',
      'outside/media/x/secret.jpg',
      'outside/media/x/2024/05/con_.jpg',
      'outside/media/x/2024/05/a-b--.jpg',
      'outside/media/x/2024/05/gpj.exe',
      'outside/media/x/2024/05/trailing',
    ]);
  });

  it('cuts very long names to what file systems take, keeping them distinct', () => {
    const long = 'ж'.repeat(300);
    const planned = planMediaFiles([entry(`${up}/2024/05/${long}a.jpg`), entry(`${up}/2024/05/${long}b.jpg`)], () => 'm');
    const names = planned.map((e) => e.local!.split('/').pop()!);
    for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(255);
    expect(new Set(names).size).toBe(2);
  });

  it('uses the folder the caller gives each entry', () => {
    const planned = planMediaFiles([entry(`${up}/2024/05/a.jpg`, [7]), entry(`${up}/2024/05/b.jpg`, [9])], (e) => `content/posts/p${e.posts[0]}`);
    expect(planned.map((e) => e.local)).toEqual(['content/posts/p7/2024/05/a.jpg', 'content/posts/p9/2024/05/b.jpg']);
  });
});
