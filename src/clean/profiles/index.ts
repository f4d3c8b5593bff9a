import type { Profile } from '../profile';
import { classic } from './classic';
import { common } from './common';
import { elementor } from './elementor';
import { gutenberg } from './gutenberg';

/** The built-in profiles. `parsePost(post, { profiles })` adds to or replaces (by name) these. */
export const defaultProfiles: Profile[] = [common, elementor, gutenberg, classic];

/** Merges user profiles over the defaults: same name replaces, a new name is added. */
export function mergeProfiles(defaults: Profile[], user: Profile[] = []): Profile[] {
  const byName = new Map(defaults.map((p) => [p.name, p]));
  for (const p of user) byName.set(p.name, p);
  return [...byName.values()].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
}
