import type { Article } from '../schema/article';
import type { Block } from '../schema/block';
import { renderText } from './to-text';
import { oneLine } from '../text/decode';

/** One chunk of an article: the text under one heading. */
export interface Section {
  /** The texts of the heading and its parents, outermost first (`[]` before the first heading). */
  headingPath: string[];
  /** The heading's anchor (`id`), or null for the content before the first heading. */
  anchor: string | null;
  /** Plain text of the blocks under the heading, up to the next heading (the heading itself excluded). */
  text: string;
}

/**
 * Splits an article into sections for search indexes and chunking for AI pipelines: one per
 * heading, plus a leading one for any content before the first heading. A heading's path
 * holds its parents by level, so an `h3` under an `h2` reads `['Setup', 'Linux']`.
 *
 * @throws TypeError when `article` has no `body` array.
 * @example
 * toSections(article)
 * // → [{ headingPath: [], anchor: null, text: 'Intro…' },
 * //    { headingPath: ['Setup'], anchor: 'setup', text: '…' }, …]
 */
export function toSections(article: Pick<Article, 'body'>): Section[] {
  if (!article || !Array.isArray(article.body)) throw new TypeError('toSections: expected an Article (the result of parsePost)');
  const sections: Section[] = [];
  const path: { level: number; text: string }[] = [];
  let current: { heading: boolean; headingPath: string[]; anchor: string | null; blocks: Block[] } = { heading: false, headingPath: [], anchor: null, blocks: [] };
  // Every heading gets a section, even an empty one; the leading one only when it has text.
  const flush = () => {
    const text = renderText(current.blocks);
    if (current.heading || text) sections.push({ headingPath: current.headingPath, anchor: current.anchor, text });
  };
  for (const b of article.body) {
    if (b.type !== 'heading') {
      current.blocks.push(b);
      continue;
    }
    flush();
    while (path.length && path[path.length - 1]!.level >= b.level) path.pop();
    path.push({ level: b.level, text: oneLine(b.text) });
    current = { heading: true, headingPath: path.map((h) => h.text), anchor: b.anchor || null, blocks: [] };
  }
  flush();
  return sections;
}
