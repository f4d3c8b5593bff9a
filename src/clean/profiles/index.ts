import type { Profile } from '../profile';
import { beaver } from './beaver';
import { bricks } from './bricks';
import { classic } from './classic';
import { common } from './common';
import { divi } from './divi';
import { elementor } from './elementor';
import { flatsome } from './flatsome';
import { gutenberg } from './gutenberg';
import { oxygen } from './oxygen';
import { siteorigin } from './siteorigin';
import { themify } from './themify';
import { wpbakery } from './wpbakery';

/** The built-in profiles. `parsePost(post, { profiles })` adds to or replaces (by name) these. */
export const defaultProfiles: Profile[] = [
  common, elementor, gutenberg, classic,
  divi, wpbakery, beaver, siteorigin, oxygen, bricks, flatsome, themify,
];

/** Merges user profiles over the defaults: same name replaces, a new name is added. */
export function mergeProfiles(defaults: Profile[], user: Profile[] = []): Profile[] {
  const byName = new Map(defaults.map((p) => [p.name, p]));
  for (const p of user) byName.set(p.name, p);
  return [...byName.values()].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
}
