import type { SeoPartial } from '../seo-rule';
import { flattenJsonLd } from './flatten-json-ld';
import { createGraph } from './json-ld-graph';
import { readArticle } from './read-article';
import { readBreadcrumbs } from './read-breadcrumbs';
import { readFaq } from './read-faq';
import { readHowTo } from './read-how-to';
import { readOrganization } from './read-organization';
import { readWebsite } from './read-website';

/**
 * Every SEO field a JSON-LD value can fill: the flattened graph itself plus breadcrumbs,
 * article, FAQ, HowTo, organization and website read from it. Used for plugin `schema`
 * objects, `<script type="application/ld+json">` in head HTML and JSON-LD inside the content.
 *
 * @example fromGraph(post.yoast_head_json.schema).breadcrumbs?.[0]?.name // → 'Accueil'
 */
export function fromGraph(value: unknown): SeoPartial {
  const nodes = flattenJsonLd(value);
  if (nodes.length === 0) return {};
  const graph = createGraph(nodes);
  return {
    schema: [...nodes],
    breadcrumbs: readBreadcrumbs(graph),
    article: readArticle(graph),
    faq: readFaq(graph),
    howTo: readHowTo(graph),
    organization: readOrganization(graph),
    website: readWebsite(graph),
  };
}

/**
 * `data` with the fields `fromGraph(value)` fills, added in place (a spread into a new object
 * cost several times more). Returns `data`.
 *
 * @example withGraph(fromMetaTags(tags), post.yoast_head_json.schema).breadcrumbs
 */
export function withGraph(data: SeoPartial, value: unknown): SeoPartial {
  return Object.assign(data, fromGraph(value));
}
