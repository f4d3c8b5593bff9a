import { asInt, asList, asText } from '../../coerce';
import type { SchemaArticle } from '../../../schema/seo';
import type { JsonLdGraph } from './json-ld-graph';
import { nameOf } from './name-of';
import { ARTICLE_TYPES } from './schema-types';
import { typesOf } from './types-of';

/**
 * The article node of a graph (Article, BlogPosting, NewsArticle, … the first one), with
 * author and publisher resolved to names and keywords/sections as lists.
 *
 * @example readArticle(createGraph(nodes))?.sections // → ['Wellbeing']
 */
export function readArticle(graph: JsonLdGraph): SchemaArticle | null {
  const node = graph.ofType(ARTICLE_TYPES)[0];
  if (!node) return null;
  return {
    type: typesOf(node).find((t) => ARTICLE_TYPES.has(t)) ?? 'Article',
    headline: asText(node.headline) ?? asText(node.name),
    datePublished: asText(node.datePublished),
    dateModified: asText(node.dateModified),
    wordCount: asInt(node.wordCount),
    keywords: textList(node.keywords, true),
    sections: textList(node.articleSection, false),
    author: nameOf(graph, node.author),
    publisher: nameOf(graph, node.publisher),
  };
}

// `keywords` is a comma-separated string or a list; `articleSection` a name or a list of names
// (a section name may itself contain a comma, so it is never split).
function textList(value: unknown, splitCommas: boolean): string[] {
  const out: string[] = [];
  for (const item of asList(value)) {
    const parts = typeof item === 'string' && splitCommas ? item.split(',') : [item];
    for (const part of parts) {
      const text = asText(part);
      if (text && !out.includes(text)) out.push(text);
    }
  }
  return out;
}
