import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { appendFile, lstat, mkdir, open, realpath, rename, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import pLimit from 'p-limit';
import pRetry, { AbortError } from 'p-retry';
import { retryAfterMs, USER_AGENT } from '../../sources/site/http-get';
import type { MediaEntry } from '../schema';
import { contentProblem } from './content-problem';
import { completeFile, MEDIA_JOURNAL, readJournal, readRecord, type Known } from './download-record';
import { refusal } from './download-refusal';
import { isUploadsUrl } from './original-url';

// Where the journal lives is part of downloadMedia's interface.
export { MEDIA_JOURNAL };

/**
 * The file, in the output folder, where `downloadMedia` looks for what an earlier run downloaded
 * (`migrate` writes its media list there).
 *
 * @example join(out, MEDIA_RECORD) // → 'site/media.json'
 */
export const MEDIA_RECORD = 'media.json';

/**
 * How `downloadMedia` fetches.
 *
 * @example const options: DownloadMediaOptions = { out: 'site', concurrency: 4, retries: 3, timeoutMs: 30_000, hosts: ['example.org'] };
 */
export interface DownloadMediaOptions {
  /** The output folder; every entry's `local` is relative to it. */
  out: string;
  /** Downloads at once (default 4). */
  concurrency?: number;
  /** Attempts after the first for a 429, a 5xx, a timeout, a cut-off body or a network error (default 3). */
  retries?: number;
  /** Longest wait for the answer to start or for the next bytes of its body (default 30,000 ms). */
  timeoutMs?: number;
  /** The User-Agent header (default `unpress/<version> (+https://www.npmjs.com/package/unpress)`). */
  userAgent?: string;
  /** The fetch to use (default: Node's). */
  fetch?: typeof fetch;
  /** Told after each entry is done, in completion order: how many are done, of how many, and that entry's result. */
  onProgress?: (done: number, total: number, entry: MediaEntry) => void;
  /** The first retry's wait; each next one doubles it (default 500 ms). `Retry-After` comes on top. */
  backoffMs?: number;
  /** Longest `Retry-After` honoured; a longer one fails the file (default 120,000 ms). */
  maxRetryAfterMs?: number;
  /**
   * The JSON file of an earlier run's entries (`MediaEntry[]`, or an object with a `media`
   * array), relative to `out`: its `bytes` and `sha256` tell which files are complete
   * (default `media.json`; null to not read one).
   */
  record?: string | null;
  /**
   * A journal, relative to `out`, where each completed download is appended as one JSON line
   * (`local`, `url`, `bytes`, `sha256`, `contentType`) the moment its file is in place, and read
   * back like the record: a run stopped half way (Ctrl-C, a crash) resumes where it was (default
   * `.unpress/media-downloads.ndjson`; null for none).
   */
  journal?: string | null;
  /**
   * Hosts files may be fetched from (`example.org` also allows `www.example.org` and its other
   * subdomains); a URL on another host fails with the reason. Default: any host. Content can
   * name any URL, internal addresses included: a migration of content it does not trust
   * passes the site's own hosts.
   */
  hosts?: readonly string[] | null;
  /**
   * Without `hosts`, a URL on an internal address (localhost, loopback, private or link-local:
   * `isInternalHost`) fails with the reason unless its host is one of these: the site's own,
   * when the site itself runs there. Default none.
   */
  internalHosts?: readonly string[];
  /** Largest file accepted; a longer body fails that file (default 1 GiB). */
  maxBytes?: number;
}

/**
 * Downloads every entry that has a planned `local` path (`planMediaFiles`) into `out`, and
 * returns the entries (copies, in the input order) with `status`, `bytes`, `sha256`,
 * `contentType` and `error` filled in. Never throws for one file: a failure is
 * `status: 'failed'` with the reason, the others go on. Entries without `local` come back
 * unchanged.
 *
 * - `concurrency` downloads at once (p-limit); redirects followed; the User-Agent names unpress.
 * - Retries (p-retry, exponential backoff from `backoffMs`) on 429, 5xx, timeouts, bodies cut
 *   short and network errors, waiting at least what `Retry-After` asks (seconds or a date).
 *   Other 4xx fail at once; a 404 or 410 for the original tries, when the original was derived
 *   from a size the content used, WordPress's `-scaled` and `-rotated` copies of it, then the
 *   other URL forms the content used (largest first); the entry's `url` becomes the one that
 *   answered.
 * - Resumable: a file already at `local` whose size and sha256 are those recorded, in the
 *   entry itself, in the journal this appends to as each file lands
 *   (`.unpress/media-downloads.ndjson`: a stopped run resumes) or in the record file
 *   (`media.json` in `out`, where `migrate` writes the entries this returns), is not fetched
 *   again (`status: 'skipped'`).
 * - The body must be what was asked for (`contentProblem`): an HTML page answered for an
 *   image or a PDF is not saved.
 * - Written atomically: streamed to a temporary file beside the target (created exclusively,
 *   never through a symlink), hashed on the way, renamed into place when complete; a failed or
 *   refused body leaves nothing behind. A symlink at the target, or a folder that leads outside
 *   `out`, fails that file.
 *
 * @example
 * const planned = planMediaFiles(collectMedia(articles), () => 'static/media');
 * const done = await downloadMedia(planned, { out: 'site', concurrency: 4 });
 * done.filter((e) => e.status === 'failed') // → [{ url: '…/gone.jpg', error: 'HTTP 404 (3 other URL forms tried)', … }]
 */
export async function downloadMedia(entries: readonly MediaEntry[], options: DownloadMediaOptions): Promise<MediaEntry[]> {
  const out = resolve(options.out);
  const recorded = options.record === null ? new Map<string, Known[]>() : await readRecord(resolve(out, options.record ?? MEDIA_RECORD));
  const journal = options.journal === null ? null : resolve(out, options.journal ?? MEDIA_JOURNAL);
  const read = journal ? await readJournal(journal) : { known: new Map<string, Known[]>(), cut: false };
  for (const [local, known] of read.known) recorded.set(local, [...known, ...(recorded.get(local) ?? [])]);
  // After a line cut short, the next one starts on a line of its own.
  let lead = read.cut ? '\n' : '';
  // Appends one after another, so lines never interleave.
  let appending: Promise<unknown> = Promise.resolve();
  const note = (e: MediaEntry) => {
    if (!journal || e.status !== 'downloaded') return appending;
    const line = `${lead}${JSON.stringify({ local: e.local, url: e.url, bytes: e.bytes, sha256: e.sha256, contentType: e.contentType })}\n`;
    lead = '';
    appending = appending.then(() => mkdir(dirname(journal), { recursive: true })).then(() => appendFile(journal, line)).catch(() => undefined);
    return appending;
  };
  const limit = pLimit(Math.max(1, options.concurrency ?? 4));
  const claimed = new Map<string, string>();
  let done = 0;
  const tasks = entries.map((entry) => {
    const copy: MediaEntry = { ...entry, seen: [...entry.seen], posts: [...entry.posts] };
    if (copy.local === null) return Promise.resolve(copy);
    const target = resolve(out, copy.local);
    const rel = relative(out, target);
    // Two entries at one path would overwrite each other: the second is refused, not raced.
    const key = target.normalize('NFC').toLowerCase();
    const owner = claimed.get(key);
    if (!owner) claimed.set(key, copy.url);
    return limit(async () => {
      let result: MediaEntry;
      if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) result = failed(copy, `the local path ${copy.local} leaves the output folder`);
      else if (owner) result = failed(copy, `the local path ${copy.local} is already planned for ${owner}`);
      else result = await downloadOne(copy, out, target, recorded.get(copy.local!) ?? [], options);
      await note(result);
      done++;
      options.onProgress?.(done, entries.length, result);
      return result;
    });
  });
  return Promise.all(tasks);
}

async function downloadOne(entry: MediaEntry, out: string, target: string, recorded: Known[], options: DownloadMediaOptions): Promise<MediaEntry> {
  try {
    // A symlinked folder or file inside the output folder must not carry a write outside it.
    await mkdir(dirname(target), { recursive: true });
    const [realOut, realDir] = await Promise.all([realpath(out), realpath(dirname(target))]);
    if (realDir !== realOut && !realDir.startsWith(realOut + sep)) return failed(entry, `the folder of ${entry.local} leads outside the output folder (a symlink)`);
    if ((await lstat(target).catch(() => null))?.isSymbolicLink()) return failed(entry, `${entry.local} is a symlink; it is left as it is`);
    const own = entry.bytes !== null && entry.sha256 !== null ? [{ bytes: entry.bytes, sha256: entry.sha256, contentType: entry.contentType }] : [];
    const known = await completeFile(target, [...own, ...recorded]);
    if (known) return { ...entry, status: 'skipped', ...known, error: null };
    // The reason given is the original's; the forms tried after it are counted.
    let error: string | null = null;
    let tried = 0;
    for (const url of candidates(entry)) {
      const refused = refusal(url, options.hosts ?? null, options.internalHosts ?? []);
      if (refused) {
        error ??= refused;
        continue;
      }
      tried++;
      try {
        const got = await fetchToFile(url, entry.kind, target, options);
        return { ...entry, url, status: 'downloaded', ...got, error: null };
      } catch (e) {
        error ??= messageOf(e);
        // Only "not there" makes another form worth asking: anything else would answer the same.
        if (!(e instanceof DownloadError && (e.status === 404 || e.status === 410))) break;
      }
    }
    return failed(entry, tried > 1 ? `${error} (${tried - 1} other URL forms tried)` : (error ?? 'no URL to fetch'));
  } catch (e) {
    return failed(entry, messageOf(e));
  }
}

// The original; when it was derived, not used (`photo.jpg` from `photo-768x512.jpg`), the
// copies WordPress makes of a big or EXIF-rotated upload (a host may keep those alone); then
// the other forms the content used, suffix-free first, then the largest.
function candidates(entry: MediaEntry): string[] {
  const area = (url: string) => {
    const m = /-(\d{1,5})x(\d{1,5})\.[a-z0-9]+(?:[?#].*)?$/i.exec(url);
    return m ? Number(m[1]) * Number(m[2]) : Number.MAX_SAFE_INTEGER;
  };
  const derived = !entry.seen.includes(entry.url);
  const copies = derived && entry.kind === 'image' && isUploadsUrl(entry.url) ? ['scaled', 'rotated'].map((suffix) => entry.url.replace(/(\.[a-z0-9]+)((?:\?[^#]*)?)$/i, `-${suffix}$1$2`)) : [];
  const others = entry.seen.filter((u) => /^https?:\/\//i.test(u)).sort((a, b) => area(b) - area(a) || (a < b ? -1 : a > b ? 1 : 0));
  // A protocol-relative URL (`//host/a.jpg`, no page to take the scheme from) is asked over https.
  const first = entry.url.startsWith('//') ? `https:${entry.url}` : entry.url;
  return [...new Set([first, ...copies, ...others])];
}

// `final`: retrying would get the same answer (a 4xx, a refused body).
class DownloadError extends Error {
  constructor(message: string, readonly status: number | null = null, readonly final = false) {
    super(message);
  }
}

function finalError(message: string, status: number | null): AbortError {
  return new AbortError(new DownloadError(message, status, true));
}

async function fetchToFile(url: string, kind: 'image' | 'file', target: string, options: DownloadMediaOptions): Promise<{ bytes: number; sha256: string; contentType: string | null }> {
  const doFetch = options.fetch ?? fetch;
  const timeout = options.timeoutMs ?? 30_000;
  const maxRetryAfter = options.maxRetryAfterMs ?? 120_000;
  const headers = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: kind === 'image' ? 'image/avif,image/webp,image/*,*/*;q=0.8' : '*/*',
  };
  let retryAfter = 0;
  return pRetry(
    async () => {
      const controller = new AbortController();
      let timer = setTimeout(() => controller.abort(), timeout);
      const idle = () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), timeout);
      };
      try {
        let res: Response;
        try {
          res = await doFetch(url, { headers, signal: controller.signal, redirect: 'follow' });
        } catch (e) {
          throw new DownloadError(controller.signal.aborted ? `no answer in ${timeout} ms` : networkMessage(e));
        }
        if (res.status === 429 || res.status >= 500) {
          retryAfter = retryAfterMs(res.headers.get('retry-after'));
          await res.body?.cancel().catch(() => undefined);
          const error = new DownloadError(`HTTP ${res.status}`, res.status);
          if (retryAfter > maxRetryAfter) throw finalError(`HTTP ${res.status}, Retry-After ${Math.round(retryAfter / 1000)} s is longer than allowed`, res.status);
          throw error;
        }
        if (res.status < 200 || res.status > 299) {
          await res.body?.cancel().catch(() => undefined);
          throw finalError(`HTTP ${res.status}`, res.status);
        }
        const contentType = (res.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
        const expected = Number(res.headers.get('content-length') ?? NaN);
        return await writeBody(res, target, idle, controller, timeout, options.maxBytes ?? 2 ** 30, (head, bytes) => {
          if (Number.isFinite(expected) && !res.headers.get('content-encoding') && bytes !== expected) {
            return new DownloadError(`the body ended after ${bytes} of ${expected} bytes`);
          }
          const problem = contentProblem(kind, res.url || url, contentType, head, bytes);
          return problem ? finalError(problem, res.status) : null;
        }).then((r) => ({ ...r, contentType: contentType || null }));
      } finally {
        clearTimeout(timer);
      }
    },
    {
      retries: options.retries ?? 3,
      minTimeout: options.backoffMs ?? 500,
      factor: 2,
      randomize: false,
      onFailedAttempt: async ({ retriesLeft }) => {
        const wait = retryAfter;
        retryAfter = 0;
        // Retry-After is the least the server asked for; the backoff comes on top.
        if (wait > 0 && retriesLeft > 0) await new Promise((r) => setTimeout(r, wait));
      },
      shouldRetry: ({ error }) => error instanceof DownloadError,
    },
  ).catch((e: unknown) => {
    if (e instanceof DownloadError && !e.final) throw new DownloadError(`${e.message} (gave up after ${(options.retries ?? 3) + 1} attempts)`, e.status);
    throw e;
  });
}

// Streams the body to a temporary file beside `target`, hashing it, and renames it into place
// when `check` (given the first bytes and the length) finds nothing wrong.
async function writeBody(
  res: Response,
  target: string,
  idle: () => void,
  controller: AbortController,
  timeout: number,
  maxBytes: number,
  check: (head: Uint8Array, bytes: number) => Error | null,
): Promise<{ bytes: number; sha256: string }> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.part`;
  // Created exclusively, never through a symlink planted under the name.
  const file = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
  const hash = createHash('sha256');
  let head: Uint8Array = new Uint8Array(0);
  let bytes = 0;
  let ok = false;
  try {
    try {
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          idle();
          if (head.length < 512) head = concat(head, chunk.subarray(0, 512 - head.length));
          hash.update(chunk);
          bytes += chunk.length;
          if (bytes > maxBytes) throw finalError(`larger than ${maxBytes} bytes`, res.status);
          await file.write(chunk);
        }
      }
    } catch (e) {
      if (e instanceof AbortError) throw e;
      throw new DownloadError(controller.signal.aborted ? `no data for ${timeout} ms` : `the body was cut off (${networkMessage(e)})`);
    }
    await file.close();
    const problem = check(head, bytes);
    if (problem) throw problem;
    await rename(temp, target);
    ok = true;
    return { bytes, sha256: hash.digest('hex') };
  } finally {
    await file.close().catch(() => undefined);
    if (!ok) await unlink(temp).catch(() => undefined);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function failed(entry: MediaEntry, error: string): MediaEntry {
  return { ...entry, status: 'failed', bytes: null, sha256: null, contentType: null, error };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// Node's fetch says "fetch failed" and keeps the reason (ECONNREFUSED, …) in `cause`.
function networkMessage(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message;
  return reason ? `connection failed (${reason})` : messageOf(e);
}
