import type { Article } from '../schema/article';
import type { NameSet } from './name-set';
import { decodeSlug } from '../text/decode-slug';

/**
 * A file name for an article: its slug (or id), made safe for every file system, with the id
 * appended when another article of the run already took the name (in any case: `Post.md` and
 * `post.md` are one file on macOS and Windows). WordPress stores non-ASCII
 * slugs percent-encoded (`%d0%ba…`); the file gets the readable form.
 */
export function outputName(article: Pick<Article, 'slug' | 'id'>, ext: string, taken: NameSet): string {
  const base = [...decodeSlug(article.slug || String(article.id)).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^\.+/, '')].slice(0, 120).join('') || String(article.id);
  let name = `${base}.${ext}`;
  if (taken.has(name)) name = `${base}-${article.id}.${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${article.id}-${n}.${ext}`;
  taken.add(name);
  return name;
}
