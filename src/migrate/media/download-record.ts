import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { MediaEntrySchema } from '../schema';

// What earlier runs downloaded: `media.json` and the journal appended as each file lands, read
// back so that a resumed run skips files already complete.

/** What an earlier run wrote at a local path. */
export interface Known {
  bytes: number;
  sha256: string;
  contentType: string | null;
}

/**
 * The journal `downloadMedia` appends to, in the output folder (see `DownloadMediaOptions.journal`).
 *
 * @example join(out, MEDIA_JOURNAL) // → 'site/.unpress/media-downloads.ndjson'
 */
export const MEDIA_JOURNAL = '.unpress/media-downloads.ndjson';

/** The record the file at `path` matches (size first, then one sha256 of the file), or null. */
// The record the file at `path` matches (size first, then one sha256 of the file), or null.
export async function completeFile(path: string, records: readonly Known[]): Promise<Known | null> {
  if (records.length === 0) return null;
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || !records.some((r) => r.bytes === info.size)) return null;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  return records.find((r) => r.bytes === info.size && r.sha256 === sha256) ?? null;
}

// An earlier run's entries by local path; a missing or unreadable record is no record.
export async function readRecord(path: string): Promise<Map<string, Known[]>> {
  const map = new Map<string, Known[]>();
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return map;
  }
  const list = Array.isArray(data) ? data : (data as { media?: unknown } | null)?.media;
  if (!Array.isArray(list)) return map;
  for (const item of list) {
    const parsed = MediaEntrySchema.safeParse(item);
    const e = parsed.success ? parsed.data : null;
    if (e?.local != null && e.bytes !== null && e.sha256 !== null) map.set(e.local, [{ bytes: e.bytes, sha256: e.sha256, contentType: e.contentType }]);
  }
  return map;
}

const JournalLineSchema = z.object({ local: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/), contentType: z.string().nullable() });

// The journal's lines by local path, latest first; a line cut short by a crash is skipped
// (`cut`: the file does not end with a line break).
export async function readJournal(path: string): Promise<{ known: Map<string, Known[]>; cut: boolean }> {
  const map = new Map<string, Known[]>();
  const text = await readFile(path, 'utf8').catch(() => '');
  for (const line of text.split('\n').reverse()) {
    let parsed;
    try {
      parsed = JournalLineSchema.safeParse(JSON.parse(line));
    } catch {
      continue;
    }
    if (!parsed.success) continue;
    const { local, bytes, sha256, contentType } = parsed.data;
    map.set(local, [...(map.get(local) ?? []), { bytes, sha256, contentType }]);
  }
  return { known: map, cut: text.length > 0 && !text.endsWith('\n') };
}
