import { z } from 'zod';
import type { Warning } from '../schema/article';

/**
 * Codes of the warnings `migrate` adds to an item's own: `path_renamed` (its path is not the one
 * asked for: a clash or an unsafe slug), `dangling_link` (a link into the old site that reaches
 * nothing migrated), `media_failed` (a file it uses could not be downloaded; the original URL is kept).
 */
export const MigrateWarningCodeSchema = z.enum(['path_renamed', 'dangling_link', 'media_failed']);
export type MigrateWarningCode = z.infer<typeof MigrateWarningCodeSchema>;

/** One of migration's warnings. */
export function migrateWarning(code: MigrateWarningCode, message: string, path: string | null): Warning {
  return { code, message, path };
}
