import type { Context } from '../context';
import type { Author } from '../schema/article';
import type { Seo } from '../schema/seo';
import type { WpPost } from '../schema/wp-post';
import { asInt, asList, asObject, asSlug, asText, asUrl, isEmbeddedError } from './coerce';
import { createGraph, type JsonLdGraph } from './seo/json-ld/json-ld-graph';
import { ARTICLE_TYPES, PAGE_TYPES } from './seo/json-ld/schema-types';

// Yoast's "Written by" label in the languages of the corpus and the most common others.
const WRITTEN_BY = /^(written by|author|by|geschrieben von|autor|verfasst von|écrit par|auteur|escrito por|scritto da|autore|geschreven door|yazan:?|написано от|автор|napisane przez|skriven av|skrevet af|kirjoittanut|執筆者|作者)$/i;

/**
 * The author: the embedded user (`_embedded.author[0]`, with `?_embed`), else the Person the
 * JSON-LD article (or page) points to, else the SEO author meta (`<meta name="author">`, Yoast
 * `author`), else the "Written by" twitter label, else only `post.author`'s id. An embedded REST
 * error (`rest_user_cannot_view`, `rest_user_invalid_id`) gives an `author_unavailable` warning
 * and the other sources get their turn. `url` is the author's page on the site. Null when the
 * post has no author at all (`author` missing or 0, nothing else to go on).
 *
 * @param graph - `seo.schema` as a graph, when the caller has made it already (made here if needed)
 * @example extractAuthor(seedPost, seo, ctx) // → { id: 1, name: 'AnthonyBB08810', slug: 'anthonybb08810', url: 'https://aliantis.es/en/author/anthonybb08810/' }
 */
export function extractAuthor(post: WpPost, seo: Seo, ctx: Context, graph?: JsonLdGraph): Author | null {
  const id = typeof post.author === 'number' && post.author > 0 ? post.author : null;
  const embedded = post._embedded?.author?.[0];
  if (isEmbeddedError(embedded)) {
    ctx.warn('author_unavailable', `The embedded author is a REST error (${embedded.code}); its name is not in the response`, '_embedded.author[0]');
  } else {
    const user = asObject(embedded);
    const name = asText(user?.name);
    if (user && name) {
      return { id: asInt(user.id) ?? id, name, slug: asSlug(user.slug), url: asUrl(user.link) ?? asUrl(user.url) };
    }
  }
  const person = personFromSchema(graph ?? createGraph(seo.schema)) ?? nameOnly(seo.author) ?? nameOnly(writtenBy(seo));
  if (person) return { id, ...person };
  return id === null ? null : { id, name: null, slug: null, url: null };
}

type Person = Omit<Author, 'id'>;

function personFromSchema(graph: JsonLdGraph): Person | null {
  const refs = [graph.ofType(ARTICLE_TYPES)[0]?.author, graph.ofType(PAGE_TYPES)[0]?.author];
  for (const ref of refs) {
    const node = graph.resolve(asList(ref)[0]);
    const name = asText(node?.name);
    if (!node || !name) continue;
    const url = asUrl(node.url);
    return { name, slug: slugFromAuthorUrl(url), url };
  }
  return null;
}

function writtenBy(seo: Seo): string | null {
  return seo.twitter.labels.find((l) => WRITTEN_BY.test(l.label.trim()))?.value ?? null;
}

function nameOnly(name: string | null): Person | null {
  return name ? { name, slug: null, url: null } : null;
}

// WordPress's author archive is `/author/<user_nicename>/` unless a plugin renames the base.
function slugFromAuthorUrl(url: string | null): string | null {
  const m = url ? /\/author\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url) : null;
  return m ? m[1]!.toLowerCase() : null;
}
