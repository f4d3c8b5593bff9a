import type { Article } from '../schema/article';
import type { MediaEntry } from './schema';

// Interim stand-ins for the media piece built alongside: same signatures as MIGRATE.md's
// contract, doing the least that keeps a run whole (no media listed, none downloaded).
// Replaced by the piece's exports when it is merged.

export class MediaCatalog {
  add(_article: Article): void {}
  entries(): MediaEntry[] {
    return [];
  }
  find(_url: string): MediaEntry | undefined {
    return undefined;
  }
}
export function planMediaFiles(entries: MediaEntry[], _dirFor: (e: MediaEntry) => string): MediaEntry[] {
  return entries;
}
export async function downloadMedia(entries: MediaEntry[], _options: { out: string; concurrency?: number; retries?: number; timeoutMs?: number; userAgent?: string; onProgress?: (done: number, total: number) => void }): Promise<MediaEntry[]> {
  return entries;
}
