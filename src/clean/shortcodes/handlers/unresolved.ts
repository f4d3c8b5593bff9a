import type { ShortcodeHandler } from '../shortcode-handler';

/**
 * `[gallery ids="1,2,3"]`, `[playlist ids="…"]`: the images live in the media library, which a
 * post's JSON does not carry. Dropped with a warning naming the ids, so a migration can fetch them.
 */
export const unresolved: ShortcodeHandler = (sc, ctx) => {
  const ids = sc.attrs.ids ?? sc.attrs.include ?? sc.attrs.gallery_ids ?? sc.attrs.images ?? '';
  ctx.warn('unresolved_shortcode', `[${sc.name}${ids ? ` ids="${ids}"` : ''}] needs media library items the post does not include`, `[${sc.name}]`);
  return sc.content;
};
