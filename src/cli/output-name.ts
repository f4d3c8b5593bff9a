import type { Article } from '../schema/article';
import type { NameSet } from './name-set';
import { decodeSlug } from '../text/decode-slug';
import { byteLength, NAME_BYTES, safeFileBase } from './safe-file-name';

/**
 * A file name for an article: its slug (or id), made safe for every file system (see
 * `safeFileBase`), with the id appended when another article of the run already took the name
 * (in any case: `Post.md` and `post.md` are one file on macOS and Windows). WordPress stores
 * non-ASCII slugs percent-encoded (`%d0%ba…`); the file gets the readable form. The slug is cut
 * so that the name, with `-<id>-<n>` and the extension, stays within 255 UTF-8 bytes.
 */
export function outputName(article: Pick<Article, 'slug' | 'id'>, ext: string, taken: NameSet): string {
  // Room for `-<id>`, a counter of up to six digits and the extension.
  const room = byteLength(`-${article.id}-000000.${ext}`);
  const base = safeFileBase(decodeSlug(article.slug || String(article.id)), NAME_BYTES - room) || String(article.id);
  let name = `${base}.${ext}`;
  if (taken.has(name)) name = `${base}-${article.id}.${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${article.id}-${n}.${ext}`;
  taken.add(name);
  return name;
}
