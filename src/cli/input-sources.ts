import { createReadStream } from 'node:fs';
import { readPostItems, type InputFormat } from '../sources/read-post-items';
import { fetchSite } from '../sources/site/fetch-site';
import { readWxr } from '../sources/wxr/read-wxr';
import type { ConvertCommand, Io } from './convert';
import { printable } from './printable';
import type { Progress } from './progress';

/** One thing the CLI converts: a file, stdin, a site, or the files of one export. */
export interface InputSource {
  /** How reports name it. */
  label: string;
  /** Its posts, one at a time; `check` sees every chunk read (UTF-8 warnings), `progress` counts bytes. */
  items(io: Io, check: (chunk: Buffer | string) => void, progress?: Progress): AsyncIterable<unknown>;
}

/** An input that is a site to crawl, not a path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** `.xml` files: a WordPress export (several given together are one site). */
export function isExportFile(input: string): boolean {
  return input !== '-' && !isUrl(input) && /\.xml$/i.test(input);
}

/**
 * What a command converts, in the order given: each URL is a site crawled through its REST API,
 * all `.xml` files together one WordPress export (split exports resolve across their files),
 * each other path or `-` a stream of REST JSON (or an export, told by its first byte).
 */
export function inputSources(cmd: ConvertCommand): InputSource[] {
  const filter = { statuses: cmd.statuses ?? ['publish'], types: cmd.types ?? null };
  const exportFiles = cmd.inputs.filter(isExportFile);
  const sources: InputSource[] = [];
  for (const input of cmd.inputs) {
    if (isUrl(input)) {
      sources.push({
        label: printable(input),
        items: (io) => fetchSite(input, {
          types: cmd.types ?? null, statuses: filter.statuses, since: cmd.since ?? null, auth: cmd.auth ?? null, cacheDir: cmd.cache ?? null,
          onPage: cmd.quiet ? undefined : (p) => io.stderr(`· ${printable(input)}: ${p.type} page ${p.page} of ${p.pages}${p.cached ? ' (cached)' : ''}\n`),
        }),
      });
    } else if (isExportFile(input)) {
      if (input !== exportFiles[0]) continue;
      const label = exportFiles.length > 1 ? `${printable(input)} (+${exportFiles.length - 1} files of the same export)` : printable(input);
      sources.push({ label, items: () => readWxr(exportFiles, filter) });
    } else {
      sources.push({
        label: printable(input),
        items: (io, check, progress) => {
          const chunks = input === '-' ? ((io.stdin ?? process.stdin) as AsyncIterable<Buffer>) : createReadStream(input);
          return readPostItems(watched(chunks, check, progress), input === '-' ? 'auto' : inputFormatOf(input), filter);
        },
      });
    }
  }
  return sources;
}

/** The format of an input file, by its extension: NDJSON for `.ndjson`/`.jsonl`, otherwise sniffed. */
export function inputFormatOf(path: string): InputFormat {
  return /\.(ndjson|jsonl)$/i.test(path) ? 'ndjson' : 'auto';
}

// The chunks of a stream, each counted by the progress bar and checked as it is read.
async function* watched(chunks: AsyncIterable<Buffer | string>, check: (chunk: Buffer | string) => void, progress?: Progress): AsyncIterable<Buffer | string> {
  for await (const chunk of chunks) {
    progress?.read(chunk.length);
    check(chunk);
    yield chunk;
  }
}
