import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { moveInto, writeTemp } from '../sources/write-file-atomic';
import { MediaEntrySchema, ReportItemSchema } from './schema';

/** What the manifest remembers of one written item: enough to skip it and still report it. */
export const ManifestEntrySchema = z.strictObject({
  id: z.number().int(),
  /** sha256 of the raw post and what its article depends on (version, parse options): same, same article. */
  source: z.string(),
  /** sha256 of the raw post and every setting its file depends on (layout, paths of the whole site, media). */
  input: z.string(),
  /** The written file, relative to the output folder, and the sha256 of its bytes. */
  file: z.string(),
  output: z.string(),
  item: ReportItemSchema,
  /** The media the item's article uses (`collectMedia` of it alone): read back into the site's catalog when it is not converted again. */
  media: z.array(MediaEntrySchema),
  /** The item's entry in the layout's site-wide index (plain's `articles.json`), or null. */
  indexEntry: z.record(z.string(), z.unknown()).nullable(),
});

/** `<out>/.unpress/manifest.json`: every item written, for `--resume`. */
export const ManifestSchema = z.strictObject({
  version: z.literal(1),
  entries: z.array(ManifestEntrySchema),
});

export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/** The folder inside the output folder where migration keeps its own state. */
export const STATE_DIR = '.unpress';
const MANIFEST = 'manifest.json';
// Entries written since the manifest was last saved, one JSON line each, appended as each file
// is moved into place: a run stopped midway (Ctrl-C, a crash) has listed exactly what it wrote.
const JOURNAL = 'manifest.journal';

/** sha256, hex, of a text or bytes. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The manifest of an output folder, for `--resume`: what was written, by item id. The journal
 * of a run that stopped is read after the saved manifest (its entries are newer). Lines broken
 * by a crash, and a manifest that does not read, are ignored: those items are converted again.
 */
export function readManifest(out: string): Map<number, ManifestEntry> {
  const entries = new Map<number, ManifestEntry>();
  const dir = join(out, STATE_DIR);
  try {
    const saved = ManifestSchema.safeParse(JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')));
    if (saved.success) for (const e of saved.data.entries) entries.set(e.id, e);
  } catch {
    // None yet, or unreadable: nothing to skip.
  }
  let journal = '';
  try {
    journal = readFileSync(join(dir, JOURNAL), 'utf8');
  } catch {
    return entries;
  }
  for (const line of journal.split('\n')) {
    if (!line) continue;
    try {
      const e = ManifestEntrySchema.safeParse(JSON.parse(line));
      if (e.success) entries.set(e.data.id, e.data);
    } catch {
      // The line a crash cut: that item is converted again.
    }
  }
  return entries;
}

/**
 * Writes the manifest as a run goes: `record` appends each entry to the journal once its file is
 * in place (the journal is all that is kept: a site's entries are not held in memory); `save`
 * writes the whole manifest atomically from it (entries by id: the same bytes for the same run)
 * and removes the journal.
 */
export class ManifestWriter {
  private readonly dir: string;

  constructor(out: string) {
    this.dir = join(out, STATE_DIR);
    rmSync(join(this.dir, JOURNAL), { force: true });
  }

  /** Records an item written (or kept, on `--resume`). */
  record(entry: ManifestEntry): void {
    // The id first: `save` reads it from the start of the line.
    const { id, ...rest } = entry;
    appendFileSync(join(this.dir, JOURNAL), `${JSON.stringify({ id, ...rest })}\n`);
  }

  /**
   * Saves every recorded entry as the manifest and drops the journal. The journal's lines are
   * copied as they are, by id (an item recorded twice: its last line), never parsed: a site's
   * manifest is tens of MB, and holding it as strings and objects at the end of a run was the
   * run's peak of memory.
   */
  save(): void {
    const journal = join(this.dir, JOURNAL);
    let bytes: Buffer;
    try {
      bytes = readFileSync(journal);
    } catch {
      bytes = Buffer.alloc(0);
    }
    const spans = new Map<number, [start: number, end: number]>();
    for (let start = 0; start < bytes.length; ) {
      let end = bytes.indexOf(0x0a, start);
      if (end < 0) end = bytes.length;
      // `record` writes the id first: `{"id":12,…`.
      const id = /^\{"id":(-?\d+),/.exec(bytes.toString('latin1', start, Math.min(end, start + 32)))?.[1];
      if (id !== undefined) spans.set(Number(id), [start, end]);
      start = end + 1;
    }
    const ids = [...spans.keys()].sort((a, b) => a - b);
    const tmp = writeTemp(this.dir, '{"version":1,"entries":[');
    const fd = openSync(tmp, 'a');
    try {
      ids.forEach((id, i) => {
        const [start, end] = spans.get(id)!;
        if (i > 0) writeSync(fd, ',');
        writeSync(fd, bytes, start, end - start);
      });
      writeSync(fd, ']}\n');
    } finally {
      closeSync(fd);
    }
    moveInto(tmp, join(this.dir, MANIFEST), this.dir);
    rmSync(journal, { force: true });
  }
}
