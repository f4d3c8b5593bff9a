import { planMediaFiles } from '../../src/migrate/media/plan-media-files';
import { originalUrl } from '../../src/migrate/media/original-url';
import type { MediaEntry } from '../../src/migrate/schema';
import { fc, timeout } from './config';

// Path segments mixing what file systems refuse, case pairs, decomposed accents, dots,
// percent-escapes (of separators too) and long runs.
const segment = fc
  .array(fc.constantFrom('a', 'A', 'é', 'e\u0301', '.', '..', '%2F', '%5C', '%00', ':', '*', '?', '"', '<', '|', ' ', 'con', 'ж'.repeat(60), '\u202e', '-300x200', '-scaled', '.jpg', '.PDF'), { minLength: 0, maxLength: 8 })
  .map((parts) => parts.join(''));
const url = fc.tuple(fc.constantFrom('https://birds.test/wp-content/uploads/', 'https://cdn.test/', 'https://w.files.wordpress.com/', '/wp-content/uploads/sites/2/', ''), fc.array(segment, { minLength: 1, maxLength: 4 })).map(([root, segs]) => root + segs.join('/'));

function entry(u: string): MediaEntry {
  return { url: u, seen: [u], kind: 'file', alt: null, caption: null, width: null, height: null, posts: [1], local: null, status: 'listed', bytes: null, sha256: null, contentType: null, error: null };
}

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\\:*?"<>|\u202e]/;

describe('planMediaFiles, over hostile URLs', () => {
  it(
    'gives every entry a distinct (ignoring case and normalisation), safe path inside the folder, whatever the order',
    () => {
      fc.assert(
        fc.property(fc.uniqueArray(url, { minLength: 1, maxLength: 12 }), fc.constantFrom('media', '../x/./y', ''), (urls, dir) => {
          const planned = planMediaFiles(urls.map(entry), () => dir);
          const locals = planned.map((e) => e.local!);
          expect(new Set(locals.map((l) => l.normalize('NFC').toLowerCase())).size).toBe(urls.length);
          for (const l of locals) {
            const segments = l.split('/');
            expect(segments.every((s) => s !== '' && s !== '.' && s !== '..' && !UNSAFE.test(s) && Buffer.byteLength(s) <= 255 && !/[. ]$/.test(s))).toBe(true);
          }
          const reversed = planMediaFiles(urls.map(entry).reverse(), () => dir).map((e) => e.local).reverse();
          expect(reversed).toEqual(locals);
        }),
      );
    },
    timeout,
  );

  it('never makes an original longer, and leaves non-uploads URLs alone', () => {
    fc.assert(
      fc.property(url, (u) => {
        const o = originalUrl(u);
        expect(o.length).toBeLessThanOrEqual(u.length + 'https://'.length);
        if (u.startsWith('https://cdn.test/')) expect(o).toBe(u.trim().replace(/#.*$/s, ''));
      }),
    );
  });
});
