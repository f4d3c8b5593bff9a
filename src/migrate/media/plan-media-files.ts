import { NAME_BYTES, safeFileBase } from '../../cli/safe-file-name';
import type { MediaEntry } from '../schema';

// Room kept in every segment for a `-NN` that tells two names apart.
const SEGMENT_BYTES = NAME_BYTES - 16;
const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/([^/?#]*))?([^?#]*)/i;
// Where the upload's own folders start: after `uploads/` (and a multisite's `sites/N/`), `blogs.dir/N/files/`, ms-files `/files/`.
const UPLOADS_TAIL = /\/wp-content\/uploads\/(?:sites\/\d+\/)?(.+)$|\/wp-content\/blogs\.dir\/\d+\/files\/(.+)$|^(?:\/[^/]+)?\/files\/(\d{4}\/\d{2}\/.+)$/i;

/**
 * Plans where each entry is downloaded: sets `local` (relative to the output folder,
 * `/`-separated) to `dirFor(entry)` followed by the file's place in the uploads folder
 * (`2024/05/photo.jpg`: two `photo.jpg` of different months stay two files; a WordPress.com
 * file keeps its `2014/03/`), or by its host for a file from another site
 * (`cdn.example.net/pic.png`). Every segment is decoded and made safe on Linux, macOS and
 * Windows (`safeFileBase`); `..`, `.` and empty segments are dropped, from `dirFor` too, so no
 * path leaves the output folder. Paths are distinct ignoring case and Unicode normalisation
 * (macOS and Windows would make `Photo.jpg` and `photo.jpg` one file): the entry whose URL
 * sorts later gets `-2`, `-3`… before its extension, so the plan does not depend on the input
 * order. Pure; returns copies, in the input order.
 *
 * @example planMediaFiles(entries, () => 'static/media').map((e) => e.local)
 * // → ['static/media/2024/05/photo.jpg', 'static/media/2024/06/photo.jpg', 'static/media/2024/06/Photo-2.jpg']
 */
export function planMediaFiles(entries: readonly MediaEntry[], dirFor: (entry: MediaEntry) => string): MediaEntry[] {
  const order = entries.map((e, i) => i).sort((a, b) => byCodeUnit(entries[a]!.url, entries[b]!.url) || a - b);
  const taken = new Set<string>();
  const dirs = new Set<string>();
  const local: string[] = [];
  for (const i of order) {
    const entry = entries[i]!;
    const segments = [...safeSegments(dirFor(entry).split(/[\\/]+/)), ...fileSegments(entry.url)];
    const name = segments.pop() ?? 'file';
    const folder = segments.join('/');
    const prefix = folder ? `${folder}/` : '';
    let candidate = `${prefix}${name}`;
    for (let n = 2; taken.has(keyOf(candidate)) || dirs.has(keyOf(candidate)); n++) candidate = `${prefix}${numbered(name, n)}`;
    taken.add(keyOf(candidate));
    for (let k = 1; k <= segments.length; k++) dirs.add(keyOf(segments.slice(0, k).join('/')));
    local[i] = candidate;
  }
  return entries.map((e, i) => ({ ...e, seen: [...e.seen], posts: [...e.posts], local: local[i]! }));
}

// The folders and name a URL's file keeps: its uploads path, or its host and name.
function fileSegments(url: string): string[] {
  const m = URL_PARTS.exec(url.trim());
  const host = m?.[1] ?? '';
  const path = m?.[2] ?? '';
  const tail = UPLOADS_TAIL.exec(path);
  let parts: string[];
  if (tail) parts = (tail[1] ?? tail[2] ?? tail[3] ?? '').split('/');
  else if (/\.files\.wordpress\.com$/i.test(host.replace(/:\d+$/, ''))) parts = path.split('/');
  else parts = [host.replace(/:\d+$/, '').replace(/^www\./i, ''), path.slice(path.lastIndexOf('/') + 1)];
  const name = safeSegments([decodeSafe(parts.pop() ?? '')])[0] ?? 'file';
  return [...safeSegments(parts.map(decodeSafe)), name];
}

function safeSegments(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..') continue;
    const safe = safeFileBase(part, SEGMENT_BYTES);
    out.push(safe === '' ? '_' : safe);
  }
  return out;
}

// `photo.jpg` → `photo-2.jpg`; a name without extension gets the number at its end.
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}

// What case-insensitive file systems compare (APFS and NTFS fold case; APFS also normalises).
function keyOf(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
