import type { Editor } from '../schema/article';
import { EditorSchema } from '../schema/article';
import type { DetectInput, Profile } from './profile';

/**
 * The profiles whose builder made this content, strongest first, and the editor to report:
 * the highest-priority named editor that detects (or the editor a profile `reports`), or `unknown`.
 */
export function detectEditor(profiles: Profile[], input: DetectInput): { active: Profile[]; editor: Editor } {
  const active = profiles.filter((p) => p.detect(input));
  const named = active.find((p) => p.reports !== undefined || (EditorSchema.safeParse(p.name).success && p.name !== 'unknown'));
  return { active, editor: named?.reports ?? (named?.name as Editor | undefined) ?? 'unknown' };
}
