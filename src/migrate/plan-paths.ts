import { safeFileBase } from '../cli/safe-file-name';
import { decodeSlug } from '../text/decode-slug';
import type { Layout, LayoutItem } from './layout';
import type { Permalinks, PlannedPath, SiteEntry } from './schema';

/** Options of `planPaths`. */
export interface PlanPathsOptions {
  /** `keep` (default): each item stays at its old permalink's path; `layout`: the layout's own URLs. */
  permalinks?: Permalinks;
  /** The content files are MDX (the layout's MDX extension). Default false. */
  mdx?: boolean;
}

/** Longest readable segment kept, in UTF-8 bytes: room left for `-<id>-<n>` and an extension within 255. */
const SEGMENT_BYTES = 200;
// Deepest page hierarchy followed (a parent loop in a hostile export stops here).
const MAX_DEPTH = 32;

/**
 * Where every item of a site goes in the new one: its content file, the URL the new site serves
 * it at, the old URLs that should reach it, and its media folder. Pure and deterministic: the
 * same entries in any order give the same plan (items are placed by ascending id, so on a clash
 * the older item keeps the name).
 *
 * - `permalinks: 'keep'` serves each item at its old permalink's path (`/2025/08/28/slug/`), so
 *   old links need no redirect; plain permalinks (`/?p=12`) have no path to keep and fall back
 *   to the layout's URL.
 * - Pages (any item with a parent) are placed under their ancestors' slugs.
 * - Slugs are read as people see them (percent-encoded UTF-8 decoded, NFC), and every path
 *   segment is made safe on Linux, macOS and Windows (`safeFileBase`): no `..`, no separators,
 *   no reserved names; a segment that had to change marks the item `renamed: 'unsafe'`.
 * - No two items share a file (compared case-insensitively, as macOS and Windows do), a URL, or
 *   a name that is another item's folder: the later one gets `-<id>` and `renamed: 'collision'`.
 * - Attachments are not planned (they are media, not pages).
 *
 * @example planPaths(index.entries(), layouts.hugo, { permalinks: 'keep' })
 */
export function planPaths(entries: readonly SiteEntry[], layout: Layout, options: PlanPathsOptions = {}): PlannedPath[] {
  const permalinks = options.permalinks ?? 'keep';
  const extension = layout.extension(options.mdx ?? false);
  const byId = new Map<number, SiteEntry>();
  for (const e of entries) if (e.type !== 'attachment' && !byId.has(e.id)) byId.set(e.id, e);
  const items = [...byId.values()].sort((a, b) => a.id - b.id);
  const parents = new Set<number>();
  for (const e of items) if (e.parent !== null) parents.add(e.parent);
  const files = new Set<string>();
  const folders = new Set<string>();
  const urls = new Set<string>();
  const out: PlannedPath[] = [];
  for (const entry of items) {
    const slug = readableSlug(entry.slug);
    const item: LayoutItem = {
      id: entry.id,
      type: entry.type,
      slug: slug.text || String(entry.id),
      date: entry.date,
      ancestors: ancestorsOf(entry, byId),
      hasChildren: parents.has(entry.id),
    };
    let renamed: string | null = slug.changed ? 'unsafe' : null;
    const kept = permalinks === 'keep' ? permalinkPath(entry.link) : null;
    if (kept?.changed) renamed = 'unsafe';
    let placed = place(layout, item, kept?.path ?? null, extension);
    if (placed.changed) renamed = 'unsafe';
    for (let n = 1; clashes(placed, files, folders, urls); n++) {
      renamed = 'collision';
      const suffix = n === 1 ? `-${entry.id}` : `-${entry.id}-${n}`;
      placed = place(layout, { ...item, slug: `${item.slug}${suffix}` }, kept ? withSuffix(kept.path, suffix) : null, extension);
    }
    claim(placed, files, folders, urls);
    const partial: PlannedPath = { id: entry.id, type: entry.type, file: placed.file, url: placed.url, oldUrls: oldUrlsOf(entry), mediaDir: '', renamed };
    out.push({ ...partial, mediaDir: safeRelative(layout.mediaDir(partial)).path });
  }
  return out;
}

/** A slug as one readable, safe path segment (may be empty), and whether safety changed it. */
export function readableSlug(slug: string): { text: string; changed: boolean } {
  const readable = decodeSlug(slug);
  const text = safeSegment(readable);
  return { text, changed: text !== readable };
}

interface Placed {
  file: string;
  url: string;
  changed: boolean;
}

function place(layout: Layout, item: LayoutItem, keptPath: string | null, extension: string): Placed {
  const url = keptPath ?? layout.url(item);
  const file = safeRelative(layout.file(item, url, extension));
  return { file: file.path, url, changed: file.changed };
}

function clashes(p: Placed, files: Set<string>, folders: Set<string>, urls: Set<string>): boolean {
  const file = fold(p.file);
  if (files.has(file) || folders.has(file) || urls.has(fold(p.url))) return true;
  // One of its folders is another item's file (`a.md` against `a.md/index.md` cannot both be).
  for (const dir of foldersOf(file)) if (files.has(dir)) return true;
  return false;
}

function claim(p: Placed, files: Set<string>, folders: Set<string>, urls: Set<string>): void {
  const file = fold(p.file);
  files.add(file);
  for (const dir of foldersOf(file)) folders.add(dir);
  urls.add(fold(p.url));
}

// Case-folded: macOS and Windows take `Post.md` and `post.md` for one file, and a server on
// them answers one URL for both.
function fold(path: string): string {
  return path.normalize('NFC').toLowerCase();
}

function foldersOf(file: string): string[] {
  const parts = file.split('/');
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('/'));
  return out;
}

// Slugs of a page's ancestors, outermost first (a loop or a missing parent ends the chain).
function ancestorsOf(entry: SiteEntry, byId: Map<number, SiteEntry>): string[] {
  const out: string[] = [];
  const seen = new Set([entry.id]);
  for (let p = entry.parent; p !== null && out.length < MAX_DEPTH && !seen.has(p); ) {
    const parent = byId.get(p);
    if (!parent) break;
    seen.add(p);
    out.unshift(readableSlug(parent.slug).text || String(parent.id));
    p = parent.parent;
  }
  return out;
}

/**
 * The path of an old permalink to keep, each segment readable and safe; null for plain
 * permalinks (`/?p=12`: no path of its own) and for a missing or unreadable link.
 */
function permalinkPath(link: string | null): { path: string; changed: boolean } | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.search && /^\/(index\.php)?$/.test(url.pathname)) return null;
  const raw = url.pathname.split('/').filter(Boolean);
  if (!raw.length) return null;
  const segments = raw.map((s) => safeSegment(decodeSlug(s)));
  const changed = segments.some((s, i) => s !== decodeSlug(raw[i]!));
  const parts = segments.filter(Boolean);
  if (!parts.length) return null;
  // A permalink ending in a file name (`/2024/01/post.html`) stays one; others end with `/`.
  const last = parts[parts.length - 1]!;
  const trailing = url.pathname.endsWith('/') || !/\.[a-z0-9]{1,5}$/i.test(last);
  return { path: `/${parts.join('/')}${trailing ? '/' : ''}`, changed };
}

// The same path with a suffix on its last segment (before a file extension).
function withSuffix(path: string, suffix: string): string {
  const m = /^(.*?)(\.[a-z0-9]{1,5})?(\/?)$/i.exec(path.replace(/\/$/, '')) ?? ['', path, '', ''];
  const slash = path.endsWith('/') ? '/' : '';
  return `${m[1]}${suffix}${m[2] ?? ''}${slash}`;
}

// One path segment safe on every file system and in a URL path: `safeFileBase` (no separators,
// controls, reserved characters, leading dots or device names), and no whitespace, `#` or `?`.
function safeSegment(text: string): string {
  return safeFileBase(text.replace(/[\s#?]+/g, '-'), SEGMENT_BYTES);
}

/**
 * A relative `/`-separated path that stays inside the folder it is relative to: backslashes
 * read as separators, empty, `.` and `..` segments dropped, each segment made safe.
 */
export function safeRelative(path: string): { path: string; changed: boolean } {
  const raw = path.split(/[\\/]+/);
  const kept = raw.filter((s) => s !== '' && s !== '.' && s !== '..').map((s) => safeFileBase(s, 255) || '_');
  const out = kept.join('/');
  return { path: out, changed: out !== path };
}

// Old paths (and `?p=` forms) that should reach an item: its permalink's path with its query,
// `/?p=ID` (`/?page_id=ID` too for pages) and its guid when that is a path of the site.
function oldUrlsOf(entry: SiteEntry): string[] {
  const out = new Set<string>();
  for (const link of [entry.link, entry.guid]) {
    if (!link) continue;
    try {
      const u = new URL(link);
      out.add(`${u.pathname}${u.search}`);
    } catch {
      // A guid need not be a URL (`urn:uuid:…`).
    }
  }
  out.add(`/?p=${entry.id}`);
  if (entry.type === 'page') out.add(`/?page_id=${entry.id}`);
  return [...out].sort();
}
