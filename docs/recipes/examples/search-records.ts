// A pipeline step of the kind the recipe tests: WordPress posts in, search-index records out.
import { parsePost, toSections, type Article } from 'unpress';

/** One record of a search index: a section of a post, addressable by its anchor. */
export interface SearchRecord {
  id: string;
  url: string | null;
  title: string;
  heading: string | null;
  text: string;
}

/** Records for one REST post: one per section that has text, drafts and empty posts none. */
export function toSearchRecords(post: unknown): SearchRecord[] {
  return articleRecords(parsePost(post));
}

/** Records for one article (what `streamPosts`, `parsePosts` and `parsePost` give). */
export function articleRecords(article: Article): SearchRecord[] {
  if (article.status !== 'publish') return [];
  return toSections(article)
    .filter((s) => s.text.trim() !== '')
    .map((s) => ({
      id: `${article.id}#${s.anchor ?? 'top'}`,
      url: article.link && s.anchor ? `${article.link}#${s.anchor}` : article.link,
      title: article.seo.title ?? article.title,
      heading: s.headingPath.at(-1) ?? null,
      text: s.text,
    }));
}
