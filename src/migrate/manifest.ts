import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../sources/write-file-atomic';
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
    appendFileSync(join(this.dir, JOURNAL), `${JSON.stringify(entry)}\n`);
  }

  /** Saves every recorded entry as the manifest and drops the journal. */
  save(): void {
    const lines: string[] = [];
    const at = new Map<number, number>();
    let journal = '';
    try {
      journal = readFileSync(join(this.dir, JOURNAL), 'utf8');
    } catch {
      // Nothing recorded.
    }
    // Entries are kept as their JSON lines, by id (an item recorded twice: its last line).
    for (const line of journal.split('\n')) {
      if (!line) continue;
      const id = (JSON.parse(line) as ManifestEntry).id;
      at.set(id, lines.push(line) - 1);
    }
    const entries = [...at].sort(([a], [b]) => a - b).map(([, i]) => lines[i]!);
    writeFileAtomic(join(this.dir, MANIFEST), `{"version":1,"entries":[${entries.join(',')}]}\n`);
    rmSync(join(this.dir, JOURNAL), { force: true });
  }
}
